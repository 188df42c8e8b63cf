/**
 * Age Gate's items as the game gets them: each child's wish joined to the service's fact (name,
 * kind, minimum age or PEGI rating) and every {{age:…}} / {{name:…}} in the words filled in. Pure:
 * the facts are passed in, so a test can change one and see the right answer change. Generic over
 * the item, so this layer needs nothing from the schemas that describe it.
 */
import { fillFactsDeep, type FactLookup } from './fact-tokens';

export interface GateService {
  readonly name: string;
  readonly kind: 'minimum-age' | 'pegi';
  readonly value: number;
}

export interface GateFacts {
  readonly [id: string]: GateService | undefined;
}

export function resolveAgeGate<T extends { id: string; wants: string }>(items: readonly T[], facts: GateFacts): (T & { service: GateService })[] {
  return items.map((item) => {
    const fact = facts[item.wants];
    if (!fact) throw new Error(`age-gate item "${item.id}" wants "${item.wants}", which is not in content/facts/age-limits.yaml`);
    return { ...fillFactsDeep(item, facts as FactLookup), service: { name: fact.name, kind: fact.kind, value: fact.value } };
  });
}
