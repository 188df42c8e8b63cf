/** Build-time access to the games' content; the list itself is in game-list.ts. */
import { getEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/config';

export { GAMES, type GameInfo } from './game-list';

/** A game's items in this language, or in English (marked on the page) until they are translated. */
export async function gameContent(id: string, locale: Locale) {
  const entry = (await getEntry('games', `${locale}/${id}`)) ?? (await getEntry('games', `${defaultLocale}/${id}`));
  if (!entry) throw new Error(`content/games/${defaultLocale}/${id}.yaml is missing`);
  return { data: entry.data, lang: entry.id.split('/')[0] as Locale };
}
