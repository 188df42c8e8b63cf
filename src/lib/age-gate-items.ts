/**
 * Age Gate's items as the game gets them: each child's wish joined to the service's fact (name,
 * kind, minimum age or PEGI rating) and every {{age:…}} / {{name:…}} in the words filled in. Pure:
 * the facts are passed in, so a test can change one and see the right answer change. Generic over
 * the item, so this layer needs nothing from the schemas that describe it.
 */
import { fillFactsDeep, type FactLookup } from './fact-tokens';

/** What kind of age fact a service has in content/facts/age-limits.yaml. */
export type ServiceKind = 'minimum-age' | 'pegi' | 'parental-consent';

/** A service as a round of the game sees it: its limit, and the age under which a child's account needs a parent's consent. */
export interface GateService {
  readonly name: string;
  readonly kind: ServiceKind;
  readonly value: number;
  readonly consentUnder?: number | undefined;
}

export interface GateFacts {
  readonly [id: string]:
    | {
        readonly name: string;
        readonly kind: ServiceKind;
        readonly value: number;
        readonly consent?: { readonly under: number } | undefined;
      }
    | undefined;
}

export function resolveAgeGate<T extends { id: string; wants: string }>(
  items: readonly T[],
  facts: GateFacts,
): (T & { service: GateService })[] {
  const lookup: FactLookup = Object.fromEntries(
    Object.entries(facts).flatMap(([id, f]) => (f ? [[id, { name: f.name, value: f.value, consentUnder: f.consent?.under }]] : [])),
  );
  return items.map((item) => {
    const fact = facts[item.wants];
    if (!fact) throw new Error(`age-gate item "${item.id}" wants "${item.wants}", which is not in content/facts/age-limits.yaml`);
    return {
      ...fillFactsDeep(item, lookup),
      service: { name: fact.name, kind: fact.kind, value: fact.value, consentUnder: fact.consent?.under },
    };
  });
}
