/**
 * Welsh text: one chosen term per idea (content/glossary/cy.yaml) and a spelling check with the
 * Hunspell Welsh dictionary (dictionary-cy, through nspell) over every Welsh content file and
 * src/i18n/locales/cy/ui.json. Words the dictionary lacks on purpose (names, brands, terms) are in
 * content/glossary/cy-accepted.yaml, each with its reason. Each check runs twice: over the parents'
 * area and the interface, and over lessons, games, the school and the facts, so a failure says whose
 * text to change.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, existsSync, globSync } from 'node:fs';
import { parse } from 'yaml';
import { glossarySchema, acceptedWordsSchema } from '../../src/schemas/glossary';
import {
  translatedTexts,
  welshValues,
  compileGlossary,
  glossaryProblems,
  spellingWords,
  isKnownWord,
  type WelshText,
} from '../../src/lib/welsh-check';

const readData = (file: string): unknown =>
  file.endsWith('.json') ? JSON.parse(readFileSync(file, 'utf8')) : parse(readFileSync(file, 'utf8'));

const glossary = glossarySchema.parse(readData('content/glossary/cy.yaml'));
const accepted = acceptedWordsSchema.parse(readData('content/glossary/cy-accepted.yaml'));
const acceptedSet = new Set(accepted.words.map((w) => w.word.toLowerCase()));
const terms = compileGlossary(glossary);

interface WelshFile {
  file: string;
  texts: WelshText[];
}

/** The English file beside a Welsh one: content/x/cy.yaml → content/x/en.yaml, content/x/cy/y.yaml → content/x/en/y.yaml. */
const twinOf = (file: string) => file.replace(/\/cy\.(ya?ml|json)$/, '/en.$1').replace(/\/cy\//, '/en/');

function welshFiles(): WelshFile[] {
  const own = [...globSync('content/**/cy*.yaml'), ...globSync('content/**/cy/*.yaml'), 'src/i18n/locales/cy/ui.json'];
  const files: WelshFile[] = own
    // The glossary names the variants it forbids: it is the one Welsh file allowed them.
    .filter((file) => !file.startsWith('content/glossary/'))
    .map((file) => {
      const twin = twinOf(file);
      return { file, texts: translatedTexts(readData(file), existsSync(twin) ? readData(twin) : undefined) };
    });
  // Files that keep every language side by side carry their Welsh in `cy:` fields.
  const sideBySide = ['content/school.yaml', ...globSync('content/facts/*.yaml')];
  return [...files, ...sideBySide.map((file) => ({ file, texts: welshValues(readData(file)) }))].sort((a, b) =>
    a.file.localeCompare(b.file),
  );
}

/** The parents' and staff areas and the interface; lessons, games, school and facts are checked the same way. */
const PARENTS_AND_UI = /^(content\/(packs|parents|workshop|agreements|staff)\/|src\/i18n\/)/;
const all = welshFiles();
const groups = [
  { name: "the parents' and staff areas, the pupils' agreement and ui.json", files: all.filter((f) => PARENTS_AND_UI.test(f.file)) },
  { name: 'lessons, games, the school and the facts', files: all.filter((f) => !PARENTS_AND_UI.test(f.file)) },
];

const snippet = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

describe('the Welsh checks themselves', () => {
  it('read every Welsh file: the parents` area, the agreement, lessons, games and ui.json', () => {
    const names = all.map((f) => f.file);
    for (const expected of [
      'content/packs/age-limits/cy.yaml',
      'content/agreements/cy.yaml',
      'content/lessons/cy/posting-kindly-ks1.yaml',
      'content/games/cy/age-gate.yaml',
      'src/i18n/locales/cy/ui.json',
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.filter((n) => n.startsWith('content/glossary/'))).toEqual([]);
    expect(all.every((f) => f.texts.length > 0)).toBe(true);
  });

  it('leave out what is the same as the English (ids, names) and keep what is translated', () => {
    const texts = translatedTexts(
      { id: 'ask-first', next: 'the-photo', who: 'Ava', text: 'Gofynna i Ava' },
      { id: 'ask-first', next: 'the-photo', who: 'Ava', text: 'Ask Ava' },
    );
    expect(texts).toEqual([{ path: 'text', text: 'Gofynna i Ava' }]);
    expect(welshValues({ name: { en: 'Respect', cy: 'Parch' } })).toEqual([{ path: 'name.cy', text: 'Parch' }]);
  });

  it('the glossary finds a variant in any case, as a whole word, and names the chosen term', () => {
    expect(glossaryProblems('Mae Gât y Gemau ar agor.', terms)[0]).toMatch(/^"Gât" → giât/);
    expect(glossaryProblems('Mae giât y gemau ar agor.', terms)).toEqual([]);
    expect(glossaryProblems('Dere i mewn! Rwyt ti’n iawn i dy oed di.', terms)).toHaveLength(2);
    expect(glossaryProblems('Gwiriwch y radd PEGI.', terms).join()).toMatch(/sgôr oedran/);
    expect(glossaryProblems('Dyma dy oedran di, a gradd-dda.', terms)).toEqual([]);
  });

  it('the glossary is sound: no chosen term is also a variant to avoid', () => {
    for (const term of terms) expect(glossaryProblems(term.use.split(/[(,;]/)[0]!, [term]), term.concept).toEqual([]);
  });

  it('spelling leaves out tokens, addresses and numbers, and joins clitics and hyphens', () => {
    expect(
      spellingWords('Mae {{name:tiktok}} ar gyfer {{age:tiktok}} oed. Ewch i hwb.gov.wales/cadwn-ddiogel-ar-lein neu ffoniwch 0800 1111.'),
    ).toEqual(['Mae', 'ar', 'gyfer', 'oed', 'Ewch', 'i', 'neu', 'ffoniwch']);
    const known = (w: string) => ['pethau', 'ar', 'lein', 'i', 'mae'].includes(w);
    expect(isKnownWord("pethau'n", known, new Set())).toBe(true);
    expect(isKnownWord('ar-lein', known, new Set())).toBe(true);
    expect(isKnownWord('TikTok', known, new Set(['tiktok']))).toBe(true);
    expect(isKnownWord('caredg', known, new Set())).toBe(false);
  });
});

describe('Welsh uses the glossary`s chosen terms', () => {
  it('the glossary and the accepted words pass their schemas', () => {
    expect(glossary.terms.length).toBeGreaterThan(10);
    expect(accepted.words.every((w) => w.reason.length > 0)).toBe(true);
  });

  for (const group of groups) {
    it(`in ${group.name}`, () => {
      const problems = group.files.flatMap(({ file, texts }) =>
        texts.flatMap(({ path, text }) => glossaryProblems(text, terms).map((p) => `${file} at ${path}: ${p} in "${snippet(text)}"`)),
      );
      expect(problems).toEqual([]);
    });
  }
});

describe('Welsh spelling (dictionary-cy, and content/glossary/cy-accepted.yaml)', () => {
  let known: (word: string) => boolean = () => false;
  beforeAll(async () => {
    // Loading the Hunspell files takes a few seconds; every check below shares one dictionary.
    const [{ default: nspell }, { default: dictionary }] = await Promise.all([import('nspell'), import('dictionary-cy')]);
    const spell = nspell(dictionary);
    known = (word) => spell.correct(word);
  }, 60_000);

  it('every accepted word is one the dictionary really lacks', () => {
    expect(accepted.words.filter((w) => known(w.word)).map((w) => w.word)).toEqual([]);
  });

  it('the dictionary knows everyday Welsh, with its mutations, and not a misspelling', () => {
    for (const word of ['caredig', 'garedig', 'ngharedig', 'oedran', 'mabolgampau', 'tocio', 'all-lein'])
      expect(isKnownWord(word, known, new Set()), word).toBe(true);
    for (const word of ['caredg', 'ypsetio']) expect(isKnownWord(word, known, new Set()), word).toBe(false);
  });

  for (const group of groups) {
    it(`knows every word in ${group.name}`, () => {
      const unknown = new Map<string, Set<string>>();
      for (const { file, texts } of group.files) {
        for (const { text } of texts) {
          for (const word of spellingWords(text)) {
            if (isKnownWord(word, known, acceptedSet)) continue;
            const files = unknown.get(word) ?? new Set<string>();
            unknown.set(word, files.add(file));
          }
        }
      }
      // Correct each word, or add it to content/glossary/cy-accepted.yaml with the reason it is right.
      const report = [...unknown].sort(([a], [b]) => a.localeCompare(b, 'cy')).map(([word, files]) => `${word} (${[...files].join(', ')})`);
      expect(report).toEqual([]);
    });
  }
});
