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
