/**
 * Build-time translation. Pages call `useTranslations(locale)` in their front-matter; islands get
 * the strings they need as props, so no page ships i18next to the browser.
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLocale, locales, type Locale } from './config';
import en from './locales/en/ui.json';
import cy from './locales/cy/ui.json';

const resources = { en: { ui: en }, cy: { ui: cy } } satisfies Record<Locale, { ui: unknown }>;

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources,
  supportedLngs: [...locales],
  fallbackLng: defaultLocale,
  ns: ['ui'],
  defaultNS: 'ui',
  // Astro and Svelte escape when they render; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = TFunction<'ui'>;

export function useTranslations(locale: Locale): Translate {
  return instance.getFixedT(locale, 'ui');
}

/** Whether a key has its own text in this language (not the English fallback). */
export function hasOwnTranslation(locale: Locale, key: string): boolean {
  return instance.exists(key, { lng: locale, fallbackLng: false });
}

/**
 * Every string under `prefix` as a flat record of i18next templates ("kindComments.progress" →
 * "Comment {{n}} of {{total}}"), with English where a translation is missing: what a game is
 * handed, so it can fill its own placeholders in the browser without i18next.
 */
export function templatesUnder(locale: Locale, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out[path] = value;
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  const pick = (tree: unknown) => (tree as Record<string, unknown>)[prefix];
  walk(pick(resources[defaultLocale].ui), prefix);
  if (locale !== defaultLocale) walk(pick(resources[locale].ui), prefix);
  return out;
}
