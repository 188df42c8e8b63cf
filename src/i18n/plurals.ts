/**
 * Plurals for islands, which get strings rather than i18next. At build time, `pluralTemplates`
 * renders a key once per CLDR plural category of the language (Welsh has six) with a "{count}"
 * slot; in the browser, `plural` picks the right one with Intl.PluralRules.
 */
import type { Translate } from './translate';

export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>>;

export function pluralTemplates(t: Translate, key: string, locale: string): PluralTemplates {
  const rules = new Intl.PluralRules(locale);
  const templates: PluralTemplates = {};
  for (let n = 0; n <= 200; n += 1) {
    const category = rules.select(n);
    if (templates[category] !== undefined) continue;
    templates[category] = t(key, { count: n }).replace(String(n), '{count}');
  }
  return templates;
}

export function plural(templates: PluralTemplates, locale: string, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  return (templates[category] ?? templates.other ?? '').replace('{count}', String(count));
}
