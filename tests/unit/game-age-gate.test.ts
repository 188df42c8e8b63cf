/** Age Gate: its rules, its words in every language, and its ages straight from the facts file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ageGateSchema, type AgeGateRound } from '../../src/schemas/game';
import { ageLimitsSchema } from '../../src/schemas/facts';
import { resolveAgeGate } from '../../src/lib/age-gate-items';
import { actionsFor, answerFor, judge, oldEnough, pickRound, ROUND_SIZE, tally } from '../../games/age-gate/rules';

const facts = Object.fromEntries(
  ageLimitsSchema.parse(parse(readFileSync('content/facts/age-limits.yaml', 'utf8'))).services.map((s) => [s.id, s]),
);
const load = (locale: string) => ageGateSchema.parse(parse(readFileSync(`content/games/${locale}/age-gate.yaml`, 'utf8'))).items;
const english = resolveAgeGate(load('en'), facts);

function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('who is old enough', () => {
  it('compares the child with the value in the facts file, never a number of its own', () => {
    const item = english.find((i) => i.id === 'jay-tiktok')!;
    expect(item.service).toEqual({ name: 'TikTok', kind: 'minimum-age', value: facts.tiktok!.value });
    expect(answerFor(item)).toBe('not-yet');
    // Should TikTok's minimum age ever fall to 10, Jay's answer changes with it.
    const changed = resolveAgeGate(load('en'), { ...facts, tiktok: { ...facts.tiktok!, value: 10 } });
    expect(answerFor(changed.find((i) => i.id === 'jay-tiktok')!)).toBe('join');
  });

  it('is old enough on the birthday itself, and asks a grown-up first where the item says so', () => {
    const base = english.find((i) => i.id === 'zara-minecraft')!;
    expect(oldEnough({ age: base.service.value, service: base.service })).toBe(true);
    expect(oldEnough({ age: base.service.value - 1, service: base.service })).toBe(false);
    expect(answerFor(base)).toBe('ask');
    expect(answerFor({ ...base, age: base.service.value - 1 })).toBe('not-yet');
  });

  it('fills every {{age:…}} and {{name:…}} in the words from the facts', () => {
    for (const item of english) expect(`${item.why} ${item.instead}`).not.toMatch(/\{\{/);
    expect(english.find((i) => i.id === 'priya-youtube')!.why).toContain(`for ${facts.youtube!.value} and over`);
  });

  it('refuses an item that wants a service the facts file does not have', () => {
    expect(() => resolveAgeGate([{ ...load('en')[0]!, wants: 'nowhere-app' }], facts)).toThrow(/nowhere-app/);
  });
});

describe('the round', () => {
  for (const band of ['ks1', 'ks2'] as const) {
    it(`${band}: the right size, only the band's children, every answer taught, no repeats`, () => {
      for (let seed = 1; seed <= 50; seed += 1) {
        const round = pickRound(english, band, seeded(seed));
        expect(round).toHaveLength(ROUND_SIZE[band]);
        expect(new Set(round.map((i) => i.id)).size).toBe(round.length);
        expect(round.every((i) => i.bands.includes(band))).toBe(true);
        for (const action of actionsFor(band)) expect(round.some((i) => answerFor(i) === action)).toBe(true);
      }
    });
  }

  it('ages 5-7 never meet a child whose answer is "ask a grown-up first"', () => {
    expect(english.filter((i) => i.bands.includes('ks1')).every((i) => answerFor(i) !== 'ask')).toBe(true);
  });

  it('scores one point per child handled as Tom would, and keeps each mistake by id', () => {
    const [a, b] = english.filter((i) => i.bands.includes('ks2')) as [AgeGateRound, AgeGateRound];
    const wrong = answerFor(b) === 'join' ? 'not-yet' : 'join';
    const result = tally(
      [
        { item: a, action: answerFor(a) },
        { item: b, action: wrong },
      ],
      61_234.4,
    );
    expect(result).toEqual({
      gameId: 'age-gate',
      score: 1,
      maxScore: 2,
      durationMs: 61_234,
      mistakes: [{ itemId: b.id, chosen: wrong, misconception: b.misconception }],
    });
    expect(judge(a, answerFor(a)).correct).toBe(true);
  });
});

describe('the words', () => {
  it('Welsh has the same children, ages and services as English', () => {
    const strip = (items: ReturnType<typeof load>) =>
      items.map(({ id, bands, who, age, wants, grownUpFirst, misconception }) => ({
        id,
        bands,
        who,
        age,
        wants,
        grownUpFirst,
        misconception,
      }));
    expect(strip(load('cy'))).toEqual(strip(load('en')));
  });

  it('never writes a service age as a number in the words', () => {
    for (const locale of ['en', 'cy']) {
      for (const item of load(locale)) {
        const text = `${item.why} ${item.instead}`.replace(/\{\{[^}]+\}\}/g, '');
        // Only the child's own age may appear as a number (and 3, a PEGI rating no service here has).
        for (const n of text.match(/\d+/g) ?? []) expect([String(item.age), '3'], `${locale} ${item.id}: "${n}"`).toContain(n);
      }
    }
  });
});
