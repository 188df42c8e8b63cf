/**
 * Age Gate's items as the game gets them: each child's wish joined to the service's fact (name,
 * kind, minimum age or PEGI rating) and every {{age:…}} / {{name:…}} in the words filled in. Pure:
 * the facts are passed in, so a test can change one and see the right answer change.
 */
import type { AgeGateItem, AgeGateRound } from '../schemas/game';
import { fillFactsDeep, type FactLookup } from './fact-tokens';

export interface GateFacts {
  readonly [id: string]: { readonly name: string; readonly kind: 'minimum-age' | 'pegi'; readonly value: number } | undefined;
}

export function resolveAgeGate(items: readonly AgeGateItem[], facts: GateFacts): AgeGateRound[] {
  return items.map((item) => {
    const fact = facts[item.wants];
    if (!fact) throw new Error(`age-gate item "${item.id}" wants "${item.wants}", which is not in content/facts/age-limits.yaml`);
    return { ...fillFactsDeep(item, facts as FactLookup), service: { name: fact.name, kind: fact.kind, value: fact.value } };
  });
}
