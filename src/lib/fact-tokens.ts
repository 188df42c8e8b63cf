/**
 * Lesson text names changing facts by token instead of writing the number:
 *   {{age:whatsapp}}  → the value from content/facts (13)
 *   {{name:whatsapp}} → the service's name (WhatsApp)
 * so a lesson never goes out of date on its own. Pure: the facts are passed in.
 */
export interface FactLookup {
  readonly [id: string]: { readonly name: string; readonly value: number } | undefined;
}

const TOKEN = /\{\{(age|name):([a-z0-9-]+)\}\}/g;

/** Every token in a text, as "age:whatsapp". */
export function factTokens(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => `${m[1]}:${m[2]}`);
}

/** Tokens whose service is not in the facts file. */
export function unknownFactTokens(text: string, facts: FactLookup): string[] {
  return factTokens(text).filter((token) => !facts[token.split(':')[1]!]);
}

/** The text with every token replaced; throws on an unknown one (the build check names it first). */
export function fillFacts(text: string, facts: FactLookup): string {
  return text.replace(TOKEN, (whole, kind: string, id: string) => {
    const fact = facts[id];
    if (!fact) throw new Error(`unknown fact ${whole}`);
    return kind === 'age' ? String(fact.value) : fact.name;
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
