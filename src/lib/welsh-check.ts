/**
 * Checks for Welsh text: the glossary's chosen terms (content/glossary/cy.yaml) and the words a
 * spelling dictionary should know. Pure: the files are read, and the dictionary is loaded, by the
 * caller (tests/unit/welsh.test.ts).
 */

/** The glossary's shape as this check needs it (the schema in src/schemas/glossary.ts validates the file). */
export interface Glossary {
  terms: readonly { concept: string; use: string; avoid: readonly string[]; patterns: readonly string[] }[];
}

/** One piece of Welsh text and where it is: "bands.ks1.promises.0.text". */
export interface WelshText {
  path: string;
  text: string;
}

/**
 * The translated strings of a Welsh file, beside its English twin: a string equal to the English
 * at the same place is an id, a name or a number (a lesson's `next`, "Ava"), not Welsh words.
 */
export function translatedTexts(cy: unknown, en: unknown, path = ''): WelshText[] {
  if (typeof cy === 'string') return cy === en ? [] : [{ path, text: cy }];
  const join = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if (Array.isArray(cy)) return cy.flatMap((v, i) => translatedTexts(v, Array.isArray(en) ? en[i] : undefined, join(i)));
  if (cy && typeof cy === 'object') {
    const twin = en && typeof en === 'object' ? (en as Record<string, unknown>) : {};
    return Object.entries(cy).flatMap(([k, v]) => translatedTexts(v, twin[k], join(k)));
  }
  return [];
}

/** The `cy:` texts of a file that keeps every language side by side (school.yaml, the facts files). */
export function welshValues(value: unknown, path = ''): WelshText[] {
  const join = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if (Array.isArray(value)) return value.flatMap((v, i) => welshValues(v, join(i)));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.entries(record).flatMap(([k, v]) =>
      k === 'cy' && typeof v === 'string' ? (v === record['en'] ? [] : [{ path: join(k), text: v }]) : welshValues(v, join(k)),
    );
  }
  return [];
}

/** Typographic apostrophes and quotes as plain ones, so "sy’n" and "sy'n" are the same word. */
export const plainApostrophes = (text: string) => text.replace(/[’‘]/g, "'");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words in any script: \b only knows ASCII, and Welsh has â, ê, î, ô, û, ŵ, ŷ.
const wholeWord = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}'-])${escape(plainApostrophes(phrase))}(?![\\p{L}\\p{N}-])`, 'iu');

export interface CompiledTerm {
  concept: string;
  use: string;
  variants: { label: string; re: RegExp }[];
}

export function compileGlossary(glossary: Glossary): CompiledTerm[] {
  return glossary.terms.map((t) => ({
    concept: t.concept,
    use: t.use,
    variants: [...t.avoid.map((a) => ({ label: a, re: wholeWord(a) })), ...t.patterns.map((p) => ({ label: p, re: new RegExp(p, 'iu') }))],
  }));
}

/** Each variant found in a text: what was written, and the chosen term to write instead. */
export function glossaryProblems(text: string, terms: CompiledTerm[]): string[] {
  const plain = plainApostrophes(text);
  const found: string[] = [];
  for (const term of terms) {
    for (const { re } of term.variants) {
      const match = re.exec(plain);
      if (match) found.push(`"${match[0]}" → ${term.use} (${term.concept})`);
    }
  }
  return found;
}

/**
 * The words of a Welsh text for a spelling check: fact tokens ({{age:tiktok}}), i18next and ICU
 * placeholders, web and e-mail addresses, and numbers are left out; apostrophes are made plain.
 */
export function spellingWords(text: string): string[] {
  const clean = plainApostrophes(text)
    .replace(/\{\{[^}]*\}\}|\{[a-z]+\}/gi, ' ')
    .replace(/https?:\/\/\S+|\S+@\S+/g, ' ')
    .replace(/\b[\w.-]+\.(?:org|com|net|uk|wales|cymru|info|gov)(?:\/\S*)?/gi, ' ')
    .replace(/\p{N}+/gu, ' ');
  return [...clean.matchAll(/\p{L}[\p{L}\p{M}'-]*/gu)].map((m) => m[0].replace(/['-]+$/, ''));
}

// Welsh joins short words with an apostrophe: "pethau'n", "i'r", "a'i", "gyda'ch", "o'u".
const CLITIC = /^(.+?)'(n|r|i|u|w|m|th|ch|s|ma)$/i;

/**
 * Whether a word is spelled right: the dictionary knows it (as written or in lower case), the
 * accepted list has it, or it is known words joined by hyphens or with a clitic ('n, 'r, 'i…) on the end.
 */
export function isKnownWord(word: string, known: (w: string) => boolean, accepted: ReadonlySet<string>): boolean {
  const ok = (w: string): boolean => w.length === 0 || accepted.has(w.toLowerCase()) || known(w) || known(w.toLowerCase());
  if (ok(word)) return true;
  const clitic = CLITIC.exec(word);
  if (clitic && isKnownWord(clitic[1]!, known, accepted)) return true;
  if (word.includes('-')) return word.split('-').every((part) => isKnownWord(part, known, accepted));
  return false;
}
