/** Build-time access to the games' content; the list itself is in game-list.ts. */
import { getEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/config';
import { resolveAgeGate } from '../lib/age-gate-items';
import { ageLimits } from './facts';

const gateFacts = Object.fromEntries(ageLimits.services.map((s) => [s.id, s]));

export { GAMES, type GameInfo } from './game-list';

/** A game's items in this language, or in English (marked on the page) until they are translated. */
export async function gameContent(id: string, locale: Locale) {
  const entry = (await getEntry('games', `${locale}/${id}`)) ?? (await getEntry('games', `${defaultLocale}/${id}`));
  if (!entry) throw new Error(`content/games/${defaultLocale}/${id}.yaml is missing`);
  return { data: entry.data, lang: entry.id.split('/')[0] as Locale };
}

/** The items a game is handed: Age Gate's joined to the facts file; the others as written. */
export function gameItems(data: Awaited<ReturnType<typeof gameContent>>['data']) {
  switch (data.id) {
    case 'age-gate':
      return { id: data.id, items: resolveAgeGate(data.items, gateFacts) } as const;
    case 'kind-comments':
      return { id: data.id, items: data.items } as const;
    case 'photo-check':
      return { id: data.id, items: data.items } as const;
  }
}
