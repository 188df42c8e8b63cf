/**
 * The facts that change (minimum ages and ratings, ages set by law, help lines) from
 * content/facts/, validated when the site is built.
 */
import { parse } from 'yaml';
import raw from '../../content/facts/age-limits.yaml?raw';
import helplinesRaw from '../../content/facts/helplines.yaml?raw';
import { ageLimitsSchema, helplinesSchema, type Helpline, type ServiceFact } from '../schemas/facts';
import { factLookupOf, fillFactsDeep, type FactLookup } from '../lib/fact-tokens';

export const ageLimits = ageLimitsSchema.parse(parse(raw));
const helplinesFile = helplinesSchema.parse(parse(helplinesRaw));

export const factLookup: FactLookup = factLookupOf({ ...ageLimits, helplines: helplinesFile.helplines });

export const helplines = fillFactsDeep(helplinesFile, factLookup);

export function serviceFact(id: string): ServiceFact | undefined {
  return ageLimits.services.find((s) => s.id === id);
}

/** The help lines pupils in this language are told about (Meic only in Welsh; Childline in every language). */
export function helplinesFor(locale: string): Helpline[] {
  return helplines.helplines.filter((h) => !h.locales || h.locales.includes(locale));
}
