/**
 * The mini-games, in map order: which topic each belongs to and where its words live. The game
 * page, Tom's map and the tests all read this list, so a new game is one line here (and its island
 * on the game page).
 */
import { getEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/config';
import type { Topic } from '../schemas/lesson';

export interface GameInfo {
  id: string;
  topic: Topic;
  /** The game's block in the translation files. */
  i18n: string;
}

export const GAMES: readonly GameInfo[] = [{ id: 'kind-comments', topic: 'respectful-posting', i18n: 'kindComments' }];

/** A game's items in this language, or in English (marked on the page) until they are translated. */
export async function gameContent(id: string, locale: Locale) {
  const entry = (await getEntry('games', `${locale}/${id}`)) ?? (await getEntry('games', `${defaultLocale}/${id}`));
  if (!entry) throw new Error(`content/games/${defaultLocale}/${id}.yaml is missing`);
  return { data: entry.data, lang: entry.id.split('/')[0] as Locale };
}
