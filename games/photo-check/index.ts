/**
 * Photo Check: the only file the site imports from this game. No Phaser here: Phaser and the
 * scenes arrive through the dynamic import in mount(), so they load on the game page only.
 */
import type { AgeBand, GameMistake, Mount, Translate } from '../contract';
import { GAME_ID, whyFor } from './rules';
import type { Photo } from '../../src/schemas/game';

export const meta = {
  id: GAME_ID,
  topic: 'sharing-images',
  i18n: 'photoCheck',
  // Every round checks other children in the photo (their say) and clues to home and school.
  outcomes: [
    'efcw.online-relationships.4-7.ask-permission',
    'efcw.online-relationships.4-7.who-to-ask-before-sharing',
    'efcw.online-relationships.7-11.permission-before-sharing',
    'efcw.online-reputation.7-11.careful-sharing',
    'efcw.privacy-and-security.7-11.keep-private',
    'rshe.online-safety-and-awareness.4',
  ],
  clock: true,
} as const;

export const mount: Mount<Photo> = async (el, opts) => (await import('./boot')).start(el, opts);

export const preload = async (): Promise<void> => {
  await import('./boot');
};

export function howTo(t: Translate, band: AgeBand): string {
  return [t('photoCheck.intro'), band === 'ks2' ? t('photoCheck.introKs2') : '', t('photoCheck.howTo')].filter(Boolean).join(' ');
}

/** What Tom says about a mistake on the results page: the reason for that detail, or for posting. */
export function explain(mistake: GameMistake, photos: readonly Photo[]): string | undefined {
  const [photoId, detailId] = mistake.itemId.split('/');
  const photo = photos.find((p) => p.id === photoId);
  return photo && whyFor({ photo, detailId: detailId === 'post' ? undefined : detailId });
}

export { actionsFor, answerFor, judge, mustCover, pickRound, spoken, stepsOf, tally, whyFor, type Answer, type PhotoAction } from './rules';
