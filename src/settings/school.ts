/** The school's settings from content/school.yaml, validated at build time. */
import { parse } from 'yaml';
import raw from '../../content/school.yaml?raw';
import { schoolSchema, type School } from '../schemas/school';
import type { LocalizedText } from '../schemas/localized';
import type { Locale } from '../i18n/config';

export const school: School = schoolSchema.parse(parse(raw));

export interface LocalizedString {
  text: string;
  /** The language the text is really in: English when the school gave no translation. */
  lang: string;
}

/** A school-written text in the page's language, or the English with its language marked. */
export function localize(text: LocalizedText, locale: Locale): LocalizedString {
  const own = text[locale];
  return own ? { text: own, lang: locale } : { text: text.en, lang: 'en' };
}
