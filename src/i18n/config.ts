/** The site's languages. Adding one: add it here, add src/i18n/locales/<code>/ui.json, translate content. */
export const locales = ['en', 'cy'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export interface LocaleInfo {
  /** The language's own name for itself, for the switcher. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for speech voices, dates and the html lang attribute. */
  speechLang: string;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { name: 'English', dir: 'ltr', speechLang: 'en-GB' },
  cy: { name: 'Cymraeg', dir: 'ltr', speechLang: 'cy-GB' },
};
