/** Kind Comments: its rules, and its words in every language. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kindCommentsSchema, type KindComment } from '../../src/schemas/game';
import {
  actionsFor,
  CLOCK_SECONDS,
  clockSeconds,
  judge,
  LEVEL_SIZE,
  levelOf,
  pickRound,
  ROUND_SIZE,
  tally,
} from '../../games/kind-comments/rules';

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

  it('ages 5-7 choose between two actions, ages 7-11 between three', () => {
    expect(actionsFor('ks1')).toEqual(['send', 'change']);
    expect(actionsFor('ks2')).toEqual(['send', 'change', 'report']);
  });
});

describe('judging and scoring', () => {
  const unkind = english.find((c) => c.answer === 'change')!;
  const kind = english.find((c) => c.answer === 'send')!;

  it('a wrong choice is kept by ids, with its misconception', () => {
    expect(judge(unkind, 'change')).toEqual({ correct: true });
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
        { comment: unkind, action: 'change' },
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

describe('the words', () => {
  it('every language has the same comments with the same answers; only the words differ', () => {
    const shape = (items: KindComment[]) =>
      items.map(({ id, bands, author, answer, misconception }) => ({
        id,
        bands,
        author,
        answer,
        misconception,
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
          { comment: b, action: b.answer },
        ],
        1000,
      ),
    ).toMatchObject({ score: 1, maxScore: 2, mistakes: [] });
  });
});
