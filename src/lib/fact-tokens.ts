/**
 * Content names changing facts by token instead of writing them out:
 *   {{age:whatsapp}}               → a service's minimum age or rating (13)
 *   {{name:whatsapp}}              → the service's or help line's name (WhatsApp)
 *   {{law:digital-age-of-consent}} → a legal age (13)
 *   {{consent:fortnite}}           → the age under which a service needs a parent's consent (13)
 *   {{phone:childline}}            → a help line's number (0800 1111)
 * so text never goes out of date on its own. Pure: the facts are passed in.
 */
export interface Fact {
  readonly name: string;
  /** An age: a service's minimum age or rating, or a law's. */
  readonly value?: number;
  /** A help line's telephone number. */
  readonly phone?: string;
  /** The age under which a service's own pages need a parent's consent for a child's account. */
  readonly consentUnder?: number | undefined;
}

export interface FactLookup {
  readonly [id: string]: Fact | undefined;
}

const TOKEN = /\{\{(age|name|law|phone|consent):([a-z0-9-]+)\}\}/g;

/** What a token kind reads from its fact; undefined when the fact has no such value. */
function valueOf(kind: string, fact: Fact): string | undefined {
  if (kind === 'name') return fact.name;
  if (kind === 'phone') return fact.phone;
  if (kind === 'consent') return fact.consentUnder === undefined ? undefined : String(fact.consentUnder);
  return fact.value === undefined ? undefined : String(fact.value);
}

/** Every token in a text, as "age:whatsapp". */
export function factTokens(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => `${m[1]}:${m[2]}`);
}

/** Tokens whose fact is not in the facts files, or has no value of that kind. */
export function unknownFactTokens(text: string, facts: FactLookup): string[] {
  return factTokens(text).filter((token) => {
    const [kind, id] = token.split(':') as [string, string];
    const fact = facts[id];
    return !fact || valueOf(kind, fact) === undefined;
  });
}

/** The text with every token replaced; throws on an unknown one (the build check names it first). */
export function fillFacts(text: string, facts: FactLookup): string {
  return text.replace(TOKEN, (whole, kind: string, id: string) => {
    const fact = facts[id];
    const value = fact && valueOf(kind, fact);
    if (value === undefined) throw new Error(`unknown fact ${whole}`);
    return value;
  });
}

/** Applies fillFacts to every string inside a value (a lesson), leaving its shape as it was. */
export function fillFactsDeep<T>(value: T, facts: FactLookup): T {
  if (typeof value === 'string') return fillFacts(value, facts) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => fillFactsDeep(v, facts)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillFactsDeep(v, facts)])) as T;
  }
  return value;
}

/** Every string inside a value, for checks. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** One lookup over every facts file: services, laws and help lines share one id space. */
export function factLookupOf(sources: {
  services: readonly { id: string; name: string; value: number; consent?: { under: number } | undefined }[];
  laws: readonly { id: string; name: { en: string }; value: number }[];
  helplines: readonly { id: string; name: string; phone: string }[];
}): FactLookup {
  const entries: [string, Fact][] = [
    ...sources.services.map((s): [string, Fact] => [s.id, { name: s.name, value: s.value, consentUnder: s.consent?.under }]),
    ...sources.laws.map((l): [string, Fact] => [l.id, { name: l.name.en, value: l.value }]),
    ...sources.helplines.map((h): [string, Fact] => [h.id, { name: h.name, phone: h.phone }]),
  ];
  const ids = entries.map(([id]) => id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`two facts share the id "${repeated}"`);
  return Object.fromEntries(entries);
}
