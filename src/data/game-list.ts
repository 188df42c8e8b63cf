/**
 * The mini-games, in map order. What a game is (its id, topic, words, curriculum statements and
 * whether it has a clock) is written once, in the game's own `games/<id>/index.ts` meta; this
 * file only says which games the site has and in what order. No Phaser: a game's index loads
 * Phaser only when mount() is called.
 */
import type { GameModule } from '../../games/contract';
import { meta as kindComments } from '../../games/kind-comments';
import { meta as ageGate } from '../../games/age-gate';
import { meta as photoCheck } from '../../games/photo-check';

export type GameInfo = GameModule<{ id: string }>['meta'];

export const GAMES: readonly GameInfo[] = [kindComments, ageGate, photoCheck];
