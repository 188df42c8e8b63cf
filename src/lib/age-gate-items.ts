/**
 * Age Gate's items as the game gets them: each child's wish joined to the service's fact (name,
 * kind, minimum age or PEGI rating) and every {{age:…}} / {{name:…}} in the words filled in. Pure:
 * the facts are passed in, so a test can change one and see the right answer change.
 */
import type { AgeGateItem, AgeGateRound, ServiceKind } from '../schemas/game';
import { fillFactsDeep, type FactLookup } from './fact-tokens';

export interface GateFacts {
  readonly [id: string]:
    | { readonly name: string; readonly kind: ServiceKind; readonly value: number; readonly consent?: { readonly under: number } | undefined }
    | undefined;
}

export function resolveAgeGate(items: readonly AgeGateItem[], facts: GateFacts): AgeGateRound[] {
  const lookup: FactLookup = Object.fromEntries(
    Object.entries(facts).flatMap(([id, f]) => (f ? [[id, { name: f.name, value: f.value, consentUnder: f.consent?.under }]] : [])),
  );
  return items.map((item) => {
    const fact = facts[item.wants];
    if (!fact) throw new Error(`age-gate item "${item.id}" wants "${item.wants}", which is not in content/facts/age-limits.yaml`);
    return { ...fillFactsDeep(item, lookup), service: { name: fact.name, kind: fact.kind, value: fact.value, consentUnder: fact.consent?.under } };
  });
}
