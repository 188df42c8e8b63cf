/**
 * A document written once per language (content/<area>/<lang>.yaml), read at build time: the
 * page's language where it is translated, otherwise the English, with `lang` saying so, so the
 * page can mark it. Changing facts ({{age:…}}, {{phone:…}}) are filled in here, once.
 */
import { parse } from 'yaml';
import { defaultLocale, type Locale } from '../i18n/config';
import { fillFactsDeep } from '../lib/fact-tokens';
import { factLookup } from './facts';

export interface Localized<T> {
  data: T;
  /** The language the text is really in: English when no translation exists yet. */
  lang: Locale;
}

export function pickLocalized<T>(
  files: Record<string, string>,
  path: (lang: string) => string,
  schema: { parse(v: unknown): T },
  locale: Locale,
): Localized<T> {
  const find = (lang: string) => Object.entries(files).find(([file]) => file.endsWith(path(lang)))?.[1];
  const own = find(locale);
  const raw = own ?? find(defaultLocale);
  if (raw === undefined) throw new Error(`missing ${path(defaultLocale)}`);
  return { data: fillFactsDeep(schema.parse(parse(raw)), factLookup), lang: own === undefined ? defaultLocale : locale };
}
