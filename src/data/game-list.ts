/**
 * The mini-games, in map order: which topic each belongs to and where its words live. The game
 * page, Tom's map, the tests and the bench all read this list (plain data, no Astro imports).
 */
import type { Topic } from '../schemas/lesson';

export interface GameInfo {
  id: string;
  topic: Topic;
  /** The game's block in the translation files. */
  i18n: string;
}

export const GAMES: readonly GameInfo[] = [
  { id: 'kind-comments', topic: 'respectful-posting', i18n: 'kindComments' },
  { id: 'age-gate', topic: 'age-limits', i18n: 'ageGate' },
  { id: 'photo-check', topic: 'sharing-images', i18n: 'photoCheck' },
];
