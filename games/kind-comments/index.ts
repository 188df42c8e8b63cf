/**
 * Kind Comments: the only file the site imports from this game. No Phaser here: Phaser and the
 * scenes arrive through the dynamic import in mount(), so they load on the game page only.
 */
import type { Mount } from '../contract';
import type { KindComment } from '../../src/schemas/game';

export const meta = {
  id: 'kind-comments',
  topic: 'respectful-posting',
  outcomes: ['efcw.online-relationships.4-7.kind', 'efcw.online-bullying.7-11.think-before-posting', 'efcw.online-bullying.7-11.report'],
} as const;

export const mount: Mount<KindComment> = async (el, opts) => (await import('./boot')).start(el, opts);

/** Fetches Phaser and the scenes ahead of time (the game page calls it once the page is idle). */
export const preload = async (): Promise<void> => {
  await import('./boot');
};

export { actionsFor, judge, pickRound, tally } from './rules';
