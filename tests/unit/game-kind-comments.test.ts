/** Kind Comments: its rules, and its words in every language. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kindCommentsSchema, type KindComment } from '../../src/schemas/game';
import { explain } from '../../games/kind-comments';
import {
  actionsFor,
  asksForWords,
  CLOCK_SECONDS,
  clockSeconds,
  judge,
  LEVEL_SIZE,
  levelOf,
  pickRound,
  replyToWords,
  rewordings,
  ROUND_SIZE,
  tally,
  WEIGHT,
} from '../../games/kind-comments/rules';
import { translator } from '../../src/lib/template';
import { templatesUnder } from '../../src/i18n/translate';

const load = (locale: string) => kindCommentsSchema.parse(parse(readFileSync(`content/games/${locale}/kind-comments.yaml`, 'utf8'))).items;
const english = load('en');

/** A repeatable stand-in for Math.random. */
function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('the round', () => {
  for (const band of ['ks1', 'ks2'] as const) {
    it(`${band}: the right size, only comments for the band, every action taught, no repeats`, () => {
      for (let seed = 1; seed <= 50; seed += 1) {
        const round = pickRound(english, band, seeded(seed));
        expect(round).toHaveLength(ROUND_SIZE[band]);
        expect(new Set(round.map((c) => c.id)).size).toBe(round.length);
        expect(round.every((c) => c.bands.includes(band))).toBe(true);
        for (const action of actionsFor(band)) expect(round.some((c) => c.answer === action)).toBe(true);
      }
    });
  }

  it('the mix rises with the levels, but no place in the round gives the answer away', () => {
    for (const band of ['ks1', 'ks2'] as const) {
      const size = ROUND_SIZE[band];
      const firstLevel: number[] = [];
      const lastLevel: number[] = [];
      const firsts = new Set<string>();
      const lasts = new Set<string>();
      for (let seed = 1; seed <= 300; seed += 1) {
        const round = pickRound(english, band, seeded(seed));
        firstLevel.push(...round.slice(0, LEVEL_SIZE).map((c) => WEIGHT[c.answer]));
        lastLevel.push(...round.slice(size - LEVEL_SIZE).map((c) => WEIGHT[c.answer]));
        firsts.add(round[0]!.answer);
        lasts.add(round.at(-1)!.answer);
      }
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      // Comments to change or tell about come later on average, by a clear margin...
      expect(mean(lastLevel) - mean(firstLevel)).toBeGreaterThan(0.4);
      // ...but a round can start with one to change and end with a kind one.
      expect(firsts).toContain('change');
      expect(lasts).toContain('send');
    }
  });

  it('ages 5-7 choose between two actions, ages 7-11 between three', () => {
    expect(actionsFor('ks1')).toEqual(['send', 'change']);
    expect(actionsFor('ks2')).toEqual(['send', 'change', 'report']);
  });
});

describe('judging and scoring', () => {
  const unkind = english.find((c) => c.answer === 'change')!;
  const kind = english.find((c) => c.answer === 'send')!;

  it('a wrong choice is kept by ids, with its misconception', () => {
    expect(judge(unkind, 'change', 'kinder')).toEqual({ correct: true });
    expect(judge(unkind, 'send')).toEqual({
      correct: false,
      mistake: {
        itemId: unkind.id,
        chosen: 'send',
        misconception: unkind.misconception,
      },
    });
  });

  it('a round scores one point a comment handled as Tom would', () => {
    const result = tally(
      [
        { comment: kind, action: 'send' },
        { comment: unkind, action: 'send' },
        { comment: unkind, action: 'change', worded: 'kinder' },
      ],
      61_234.4,
    );
    expect(result).toEqual({
      gameId: 'kind-comments',
      score: 2,
      maxScore: 3,
      durationMs: 61_234,
      mistakes: [
        {
          itemId: unkind.id,
          chosen: 'send',
          misconception: unkind.misconception,
        },
      ],
    });
  });
});

describe('choosing the kind words', () => {
  const t = translator(templatesUnder('en', 'kindComments'));
  const toChange = english.filter((c) => c.answer === 'change');

  it('every comment to change leads on to choosing its words; no other choice does', () => {
    expect(toChange.length).toBeGreaterThanOrEqual(4);
    for (const c of english) {
      expect(asksForWords(c, 'change')).toBe(c.answer === 'change');
      expect(asksForWords(c, 'send')).toBe(false);
      expect(asksForWords(c, null)).toBe(false);
    }
  });

  it('ages 5-7 choose from two rewordings, ages 7-11 from all; exactly one is the kind words, in no fixed place', () => {
    for (const c of toChange) {
      for (const band of c.bands) {
        const places = new Set<number>();
        for (let seed = 1; seed <= 40; seed += 1) {
          const offered = rewordings(c, band, seeded(seed));
          expect(offered).toHaveLength(band === 'ks1' ? 2 : 1 + c.notKind!.length);
          expect(offered.filter((w) => w.kind)).toEqual([{ id: 'kinder', text: c.kinder, kind: true }]);
          places.add(offered.findIndex((w) => w.kind));
        }
        expect(places.size).toBe(band === 'ks1' ? 2 : 1 + c.notKind!.length);
      }
    }
    const ks1 = toChange.find((c) => c.bands.includes('ks1'))!;
    expect(
      rewordings(ks1, 'ks1')
        .map((w) => w.id)
        .sort(),
    ).toEqual(['kinder', ks1.notKind![0]!.id].sort());
  });

  it('the kind words score; words not kind yet are a mistake named by the rewording, with its own misconception and why', () => {
    const c = toChange[0]!;
    const notKind = c.notKind![0]!;
    expect(judge(c, 'change', 'kinder')).toEqual({ correct: true });
    expect(judge(c, 'change', notKind.id)).toEqual({
      correct: false,
      mistake: { itemId: c.id, chosen: notKind.id, misconception: notKind.misconception },
    });
    // The round ended before the words were chosen: no point, and nothing believed.
    expect(judge(c, 'change')).toEqual({ correct: false });
    expect(explain({ itemId: c.id, chosen: notKind.id, misconception: notKind.misconception }, english)).toBe(notKind.why);
    expect(explain({ itemId: c.id, chosen: 'send', misconception: c.misconception }, english)).toBe(c.why);
    expect(replyToWords(c, 'kinder', t)).toMatchObject({ correct: true, detail: [`Now it says: “${c.kinder}”`] });
    expect(replyToWords(c, notKind.id, t)).toMatchObject({ correct: false, detail: [notKind.why, `The kind words: “${c.kinder}”`] });
  });

  it('a comment to change without rewordings, with two alike, or one named like the kind words, is refused', () => {
    const c = toChange[0]!;
    const parse = (item: object) => kindCommentsSchema.parse({ id: 'kind-comments', items: [item] });
    expect(() => parse({ ...c, notKind: undefined })).toThrow(/notKind/);
    expect(() => parse({ ...c, notKind: [c.notKind![0], c.notKind![0]] })).toThrow(/id of its own/);
    expect(() => parse({ ...c, notKind: [{ ...c.notKind![0]!, id: 'kinder' }] })).toThrow(/kind words/);
  });

  it("each rewording's misconception is one the teacher's report can name", () => {
    const named = JSON.parse(readFileSync('src/i18n/locales/en/ui.json', 'utf8')).misconceptions as Record<string, string>;
    for (const c of toChange) for (const o of c.notKind!) expect(named[o.misconception], o.misconception).toBeTruthy();
  });
});

describe('the words', () => {
  it('every language has the same comments with the same answers; only the words differ', () => {
    const shape = (items: KindComment[]) =>
      items.map(({ id, bands, author, answer, misconception, notKind }) => ({
        id,
        bands,
        author,
        answer,
        misconception,
        notKind: notKind?.map((o) => [o.id, o.misconception]),
      }));
    expect(shape(load('cy'))).toEqual(shape(english));
  });

  it('a comment for ages 7-11 to report is never shown to ages 5-7', () => {
    const bad = { ...english[0]!, answer: 'report', bands: ['ks1'] };
    expect(() => kindCommentsSchema.parse({ id: 'kind-comments', items: [bad] })).toThrow(/7-11/);
  });
});

describe("the game's words in the browser", () => {
  it('fills {{placeholders}}, leaves an unknown key visible, and Welsh has every key English has', async () => {
    const { translator } = await import('../../src/lib/template');
    const { templatesUnder } = await import('../../src/i18n/translate');
    const cy = templatesUnder('cy', 'kindComments');
    expect(translator(cy)('kindComments.progress', { n: 2, total: 6 })).toBe('Sylw 2 o 6');
    const t = translator({
      ...cy,
      'kindComments.progress': undefined as unknown as string,
    });
    expect(t('kindComments.unknown')).toBe('kindComments.unknown');
    expect(Object.keys(templatesUnder('cy', 'kindComments')).sort()).toEqual(Object.keys(templatesUnder('en', 'kindComments')).sort());
  });
});

describe('the clock', () => {
  it('ages 5-7 get longer to read; a new level every few comments, each quicker, never too quick to read', () => {
    expect(clockSeconds('ks1', 0)).toBe(CLOCK_SECONDS.ks1);
    expect([0, LEVEL_SIZE - 1, LEVEL_SIZE, 2 * LEVEL_SIZE, 9].map(levelOf)).toEqual([1, 1, 2, 3, 3]);
    for (let turn = 0; turn < ROUND_SIZE.ks2; turn += 1) {
      expect(clockSeconds('ks1', turn)).toBeGreaterThan(clockSeconds('ks2', turn));
      expect(clockSeconds('ks2', turn)).toBeGreaterThanOrEqual(8);
    }
    expect(clockSeconds('ks2', 2 * LEVEL_SIZE)).toBeLessThan(clockSeconds('ks2', 0));
  });

  it('a comment the clock ran out on scores nothing and is no mistake', () => {
    const [a, b] = english as [KindComment, KindComment];
    expect(judge(a, null)).toEqual({ correct: false });
    expect(
      tally(
        [
          { comment: a, action: null },
          { comment: b, action: b.answer, worded: 'kinder' },
        ],
        1000,
      ),
    ).toMatchObject({ score: 1, maxScore: 2, mistakes: [] });
  });
});
