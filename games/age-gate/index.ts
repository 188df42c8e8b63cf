/**
 * Age Gate: the only file the site imports from this game. No Phaser here: Phaser and the scenes
 * arrive through the dynamic import in mount(), so they load on the game page only.
 */
import type { AgeBand, GameMistake, Mount, Translate } from '../contract';
import type { AgeGateRound } from '../../src/schemas/game';
import { GAME_ID, actionsFor } from './rules';

export const meta = {
  id: GAME_ID,
  topic: 'age-limits',
  i18n: 'ageGate',
  outcomes: [
    'efcw.online-relationships.4-7.ask-before-agreeing',
    'efcw.health-wellbeing-and-lifestyle.7-11.age-restrictions',
    'efcw.privacy-and-security.7-11.digital-age-of-consent',
  ],
  clock: true,
} as const;

export const mount: Mount<AgeGateRound> = async (el, opts) => (await import('./boot')).start(el, opts);

export const preload = async (): Promise<void> => {
  await import('./boot');
};

export function howTo(t: Translate, band: AgeBand): string {
  const keys = actionsFor(band)
    .map((a, i) => `${t('ageGate.key', { key: i + 1 })}, ${t(`ageGate.action.${a}`)}`)
    .join('; ');
  return [t('ageGate.intro'), band === 'ks2' ? t('ageGate.introKs2') : '', t('ageGate.howTo', { keys })].filter(Boolean).join(' ');
}

/** What Tom says about a mistake on the results page. */
export const explain = (mistake: GameMistake, items: readonly AgeGateRound[]): string | undefined =>
  items.find((i) => i.id === mistake.itemId)?.why;

export { actionsFor, answerFor, gateWords, judge, misconceptionFor, pickRound, signWords, spoken, tally, type Answer } from './rules';
