import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { packSchema, parentDocsSchema, workshopSchema } from '../../src/schemas/pack';
import { packFor, packsFor, parentDocsFor, workshopFor, PACK_IDS } from '../../src/data/parents';
import { shapeDifference } from '../../src/lib/same-shape';
import { locales, defaultLocale } from '../../src/i18n/config';
import { GAMES } from '../../src/data/game-list';
import { stringsIn } from '../../src/lib/fact-tokens';

const read = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;

describe('parents packs', () => {
  it('every topic has a pack folder, with an English file that passes the schema', () => {
    expect(readdirSync('content/packs').sort()).toEqual([...PACK_IDS].sort());
    for (const id of PACK_IDS) {
      const pack = packSchema.parse(read(`content/packs/${id}/en.yaml`));
      expect(pack.id).toBe(id);
    }
  });

  it('every translation has the English file`s shape: same counts, links, ids and device flags', () => {
    const pairs = [
      ...PACK_IDS.map((id) => (lang: string) => `content/packs/${id}/${lang}.yaml`),
      (lang: string) => `content/parents/${lang}.yaml`,
      (lang: string) => `content/workshop/${lang}.yaml`,
    ];
    for (const path of pairs) {
      for (const lang of locales) {
        if (!existsSync(path(lang))) continue;
        expect(shapeDifference(read(path(defaultLocale)), read(path(lang))), path(lang)).toBeUndefined();
      }
      // Welsh ships for everything today.
      expect(existsSync(path('cy')), path('cy')).toBe(true);
    }
  });

  it('the shape check catches a translation that drops an activity or changes a link', () => {
    const en = read('content/packs/respectful-posting/en.yaml') as { activities: { ks1: unknown[] }; learn: { lessons: string[] } };
    const fewer = structuredClone(en);
    fewer.activities.ks1.pop();
    expect(shapeDifference(en, fewer)).toMatch(/activities\.ks1/);
    const relinked = structuredClone(en);
    relinked.learn.lessons[0] = 'some-other-lesson';
    expect(shapeDifference(en, relinked)).toMatch(/learn\.lessons\.0/);
  });

  it('a translated help address may name another page of the same site, never another site or number', () => {
    const en = read('content/packs/age-limits/en.yaml') as { help: { address?: string }[] };
    const welshPage = structuredClone(en);
    welshPage.help[1]!.address = 'hwb.gov.wales/cadwn-ddiogel-ar-lein';
    expect(shapeDifference(en, welshPage)).toBeUndefined();
    const otherSite = structuredClone(en);
    otherSite.help[1]!.address = 'example.org/keeping-safe-online';
    expect(shapeDifference(en, otherSite)).toMatch(/help\.1\.address/);
    const workingTogether = read('content/packs/working-together/en.yaml') as { help: { address?: string }[] };
    const otherNumber = structuredClone(workingTogether);
    otherNumber.help[0]!.address = '0800 1112 / childline.org.uk';
    expect(shapeDifference(workingTogether, otherNumber)).toMatch(/help\.0\.address/);
  });

  it('links only to lessons and games that exist', () => {
    const lessonIds = readdirSync('content/lessons/en').map((f) => f.replace(/\.yaml$/, ''));
    const gameIds = GAMES.map((g) => g.id);
    for (const { data } of packsFor('en')) {
      for (const id of data.learn.lessons) expect(lessonIds, `${data.id} links lesson ${id}`).toContain(id);
      for (const id of data.learn.games) expect(gameIds, `${data.id} links game ${id}`).toContain(id);
    }
  });

  it('the schema refuses a pack without a no-device activity, and one with an unknown topic', () => {
    const en = read('content/packs/age-limits/en.yaml') as { id: string; activities: { ks2: { device: boolean }[] } };
    const allDevice = structuredClone(en);
    for (const a of allDevice.activities.ks2) a.device = true;
    expect(packSchema.safeParse(allDevice).success).toBe(false);
    expect(packSchema.safeParse({ ...en, id: 'homework' }).success).toBe(false);
  });

  it('writes minimum ages only as fact tokens, filled from the facts file', () => {
    for (const id of PACK_IDS) {
      const raw = readFileSync(`content/packs/${id}/en.yaml`, 'utf8');
      expect(raw, id).not.toMatch(/\b1[36]\b(?! ?\/)/);
    }
    const filled = stringsIn(packFor('age-limits', 'cy').data).join(' ');
    expect(filled).not.toContain('{{');
    expect(filled).toMatch(/13 oed/);
  });

  it('the documents and the workshop pass their schemas in every language', () => {
    for (const lang of ['en', 'cy']) {
      expect(parentDocsSchema.safeParse(read(`content/parents/${lang}.yaml`)).success).toBe(true);
      expect(workshopSchema.safeParse(read(`content/workshop/${lang}.yaml`)).success).toBe(true);
    }
    expect(workshopFor('cy').lang).toBe('cy');
    expect(parentDocsFor('cy').data.agreement.sections.length).toBeGreaterThan(1);
  });

  it('a language with no translation gets the English, marked as English, never a blank', () => {
    // A right-to-left language the site does not ship yet: the loader falls back to English.
    const pack = packFor('sharing-images', 'ar' as 'en');
    expect(pack.lang).toBe('en');
    expect(pack.data.title).toBe(packFor('sharing-images', 'en').data.title);
    expect(workshopFor('ar' as 'en').lang).toBe('en');
  });
});
