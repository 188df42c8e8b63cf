/** Minimum ages and ratings from content/facts/age-limits.yaml, validated when the site is built. */
import { parse } from 'yaml';
import raw from '../../content/facts/age-limits.yaml?raw';
import { ageLimitsSchema, type ServiceFact } from '../schemas/facts';
import type { FactLookup } from '../lib/fact-tokens';

export const ageLimits = ageLimitsSchema.parse(parse(raw));

export const factLookup: FactLookup = Object.fromEntries(ageLimits.services.map((s) => [s.id, s]));

export function serviceFact(id: string): ServiceFact | undefined {
  return ageLimits.services.find((s) => s.id === id);
}
