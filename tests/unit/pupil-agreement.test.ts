import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pupilAgreementSchema, type AgreementBand } from '../../src/schemas/agreement';
import { pupilAgreementFor } from '../../src/data/parents';
import { shapeDifference } from '../../src/lib/same-shape';
import { readability } from '../../src/lib/readability';
import { stringsIn } from '../../src/lib/fact-tokens';

const read = (lang: string) => parse(readFileSync(`content/agreements/${lang}.yaml`, 'utf8')) as Record<string, unknown>;
const BANDS: AgreementBand[] = ['ks1', 'ks2'];

/** The points of the school's policy every version must promise, as words the English must use. */
const POLICY_POINTS: [string, RegExp][] = [
  ['ask before going online or using an app', /\bask a grown-up\b[^.]*|before I go online/i],
  ['tell a grown-up', /\btell a grown-up\b/i],
  ['be kind', /\bkind\b|as I would face to face/i],
  ['never share passwords', /\bpasswords?\b/i],
  ['never share where I live', /where I live|\baddress\b/i],
  ['pictures only with permission', /\bphoto\b|\bpicture\b/i],
  ['no phone in school', /\bphone\b[^.]*school|school[^.]*\bphone\b/i],
  ['online at school only with the teacher', /\bteacher\b/i],
];

describe("the pupils' agreement", () => {
  it('passes its schema in English and Welsh, and the Welsh keeps the English shape and pictures', () => {
    for (const lang of ['en', 'cy']) expect(pupilAgreementSchema.safeParse(read(lang)).success, lang).toBe(true);
    expect(shapeDifference(read('en'), read('cy'))).toBeUndefined();
    expect(pupilAgreementFor('cy').lang).toBe('cy');
  });

  it('KS1 has five or six short promises, each with a pictogram; KS2 has eight to ten', () => {
    const { bands } = pupilAgreementFor('en').data;
    expect(bands.ks1.promises.length).toBeGreaterThanOrEqual(5);
    expect(bands.ks1.promises.length).toBeLessThanOrEqual(6);
    for (const p of bands.ks1.promises) expect(p.picture, p.text).toBeDefined();
    expect(bands.ks2.promises.length).toBeGreaterThanOrEqual(8);
    expect(bands.ks2.promises.length).toBeLessThanOrEqual(10);
  });

  it('the schema refuses a KS1 promise without a picture, and a picture that is not drawn', () => {
    const en = read('en') as { bands: { ks1: { promises: { picture?: string }[] } } };
    const bare = structuredClone(en);
    delete bare.bands.ks1.promises[0]!.picture;
    expect(pupilAgreementSchema.safeParse(bare).success).toBe(false);
    const unknown = structuredClone(en);
    unknown.bands.ks1.promises[0]!.picture = 'rocket';
    expect(pupilAgreementSchema.safeParse(unknown).success).toBe(false);
  });

  it('a translation that swaps a picture has a different shape', () => {
    const en = read('en') as { bands: { ks1: { promises: { picture?: string }[] } } };
    const swapped = structuredClone(en);
    swapped.bands.ks1.promises[0]!.picture = 'stop';
    expect(shapeDifference(en, swapped)).toMatch(/bands\.ks1\.promises\.0\.picture/);
  });

  for (const band of BANDS) {
    it(`the ${band} version promises every point of the policy`, () => {
      const text = pupilAgreementFor('en')
        .data.bands[band].promises.map((p) => p.text)
        .join(' ');
      for (const [point, words] of POLICY_POINTS) expect(text, point).toMatch(words);
    });
  }

  // The lessons' limits (tests/unit/readability.test.ts): the whole text, and each promise like a scene.
  it('is easy to read for its age band: KS1 at grade 3 or easier, KS2 at grade 6, no promise much harder', () => {
    const { bands } = pupilAgreementFor('en').data;
    const limits = { ks1: { all: 3, one: 4.5 }, ks2: { all: 6, one: 8 } };
    for (const band of BANDS) {
      const texts = bands[band].promises.map((p) => p.text);
      expect(readability(texts.join(' ')).grade, band).toBeLessThanOrEqual(limits[band].all);
      for (const text of texts) expect(readability(text).grade, text).toBeLessThanOrEqual(limits[band].one);
    }
  });

  it('fills the help line numbers from the facts, in both languages', () => {
    for (const lang of ['en', 'cy'] as const) {
      const all = stringsIn(pupilAgreementFor(lang).data).join(' ');
      expect(all, lang).not.toContain('{{');
      expect(all, lang).toContain('0800 1111');
    }
    expect(stringsIn(pupilAgreementFor('cy').data).join(' ')).toContain('080 880 23456');
  });
});
