import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en/ui.json';
import cy from '../../src/i18n/locales/cy/ui.json';
import { useTranslations, hasOwnTranslation, templatesUnder } from '../../src/i18n/translate';
import { translator } from '../../src/lib/template';
import { pluralKey } from '../../src/lib/plural-key';
import { locales } from '../../src/i18n/config';

type Tree = { [key: string]: string | Tree };
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`)));
}
/** "stars.label_few" -> "stars.label": plural forms are one key to the code. */
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('translations of the interface', () => {
  it('Welsh has every English string', () => {
    const cyKeys = new Set(leafKeys(cy as Tree).map(baseKey));
    const missing = leafKeys(en as Tree)
      .map(baseKey)
      .filter((k) => !cyKeys.has(k));
    expect(missing).toEqual([]);
    expect(hasOwnTranslation('cy', 'home.hello')).toBe(true);
  });

  it('no string is empty', () => {
    for (const tree of [en, cy] as Tree[]) {
      const empty = leafKeys(tree).filter((k) => k.split('.').reduce<Tree | string>((t, part) => (t as Tree)[part]!, tree) === '');
      expect(empty).toEqual([]);
    }
  });

  it('uses Welsh plural forms (CLDR: zero, one, two, few, many, other) for 0, 1, 2, 3, 6 and 7', () => {
    const rules = new Intl.PluralRules('cy');
    expect([0, 1, 2, 3, 6, 7].map((n) => rules.select(n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    const t = useTranslations('cy');
    expect(t('stars.label', { count: 0 })).toBe('Dim sêr eto');
    expect(t('stars.label', { count: 1 })).toBe('1 seren');
    expect(t('pupils.minutes', { count: 2 })).toBe('Tua 2 funud');
    for (const n of [3, 6, 7]) expect(t('pupils.minutes', { count: n })).toBe(`Tua ${n} munud`);
    // Every form the rules can select exists, so none falls back to English.
    const stars = (cy as Tree).stars as Tree;
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(stars[`label_${form}`]).toBeTruthy();
  });

  it('English plurals pick one and other', () => {
    const t = useTranslations('en');
    expect(t('pupils.minutes', { count: 1 })).toBe('About 1 minute');
    expect(t('pupils.minutes', { count: 10 })).toBe('About 10 minutes');
  });

  it('interpolates without escaping (pages escape when they render)', () => {
    for (const locale of locales) {
      expect(useTranslations(locale)('site.footer', { school: 'St Mary & St John' })).toContain('St Mary & St John');
    }
  });
});

describe('misconception labels', () => {
  it('every misconception a lesson or game can record has words for the teacher, in every language', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const used = new Set<string>();
    for (const dir of ['content/lessons/en', 'content/games/en']) {
      for (const file of readdirSync(dir))
        for (const m of readFileSync(`${dir}/${file}`, 'utf8').matchAll(/misconception:\s*([a-z-]+)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const locale of ['en', 'cy']) {
      const labels = (JSON.parse(readFileSync(`src/i18n/locales/${locale}/ui.json`, 'utf8')) as { misconceptions: Record<string, string> })
        .misconceptions;
      for (const id of used) expect(labels[id], `${locale}: misconceptions.${id}`).toBeTruthy();
    }
  });
});

describe('plurals in the games, which get templates rather than i18next', () => {
  it('every count finds its own form in English and in Welsh', () => {
    const en = translator(templatesUnder('en', 'game'));
    const cy = translator(templatesUnder('cy', 'game'));
    expect(en(pluralKey('game.timedOut', 'en', 1), { count: 1 })).toBe('The clock ran out once.');
    expect(en(pluralKey('game.timedOut', 'en', 3), { count: 3 })).toBe('The clock ran out 3 times.');
    for (let count = 0; count <= 12; count += 1) {
      expect(cy(pluralKey('game.timedOut', 'cy', count), { count })).toBe(`Daeth y cloc i ben: ${count}.`);
    }
  });
});
