/**
 * Kind Comments: the only file the site imports from this game. No Phaser here: Phaser and the
 * scenes arrive through the dynamic import in mount(), so they load on the game page only.
 */
import type { AgeBand, GameMistake, Mount, Translate } from '../contract';
import type { KindComment } from '../../src/schemas/game';
import { GAME_ID, actionsFor } from './rules';

export const meta = {
  id: GAME_ID,
  topic: 'respectful-posting',
  i18n: 'kindComments',
  // What a round teaches: kind words, that a joke can hurt, thinking before posting, and (ages 7-11) when to tell a trusted
  // adult. Only the one way to report it teaches (tell an adult), so not efcw.online-bullying.7-11.report's "range of ways".
  outcomes: [
    'efcw.online-relationships.4-7.kind',
    'efcw.online-relationships.4-7.funny-or-sad',
    'efcw.online-bullying.7-11.think-before-posting',
    'efcw.online-bullying.7-11.get-help',
    'rshe.wellbeing-online.4',
    'rshe.respectful-kind-relationships.9',
  ],
  clock: true,
} as const;

export const mount: Mount<KindComment> = async (el, opts) => (await import('./boot')).start(el, opts);

export const preload = async (): Promise<void> => {
  await import('./boot');
};

export function howTo(t: Translate, band: AgeBand): string {
  const keys = actionsFor(band)
    .map((a, i) => `${t('kindComments.key', { key: i + 1 })}, ${t(`kindComments.action.${a}`)}`)
    .join('; ');
  return [t('kindComments.intro'), band === 'ks2' ? t('kindComments.introKs2') : '', t('kindComments.howTo', { keys })]
    .filter(Boolean)
    .join(' ');
}

/** What Tom says about a mistake on the results page: why the action, or the words chosen, were not kind. */
export function explain(mistake: GameMistake, items: readonly KindComment[]): string | undefined {
  const item = items.find((i) => i.id === mistake.itemId);
  return item?.notKind?.find((o) => o.id === mistake.chosen)?.why ?? item?.why;
}

export {
  actionsFor,
  asksForWords,
  judge,
  pickRound,
  replyTo,
  replyToWords,
  rewordings,
  spoken,
  tally,
  wordsQuestion,
  type Answer,
  type Rewording,
} from './rules';
