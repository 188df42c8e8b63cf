/** Age Gate: its rules, its words in every language, and its ages straight from the facts file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ageGateSchema, type AgeGateRound } from '../../src/schemas/game';
import { ageLimitsSchema } from '../../src/schemas/facts';
import { resolveAgeGate } from '../../src/lib/age-gate-items';
import {
  actionsFor,
  answerFor,
  CLOCK_SECONDS,
  clockSeconds,
  LEVEL_SIZE,
  levelOf,
  gateWords,
  judge,
  misconceptionFor,
  pickRound,
  ROUND_SIZE,
  RULE_MISCONCEPTIONS,
  signWords,
  tally,
} from '../../games/age-gate/rules';

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

describe('who may come in', () => {
  const item = (id: string) => english.find((i) => i.id === id)!;

  it('compares the child with the value in the facts file, never a number of its own', () => {
    expect(item('jay-tiktok').service).toEqual({
      name: 'TikTok',
      kind: 'minimum-age',
      value: facts.tiktok!.value,
      consentUnder: undefined,
    });
    expect(answerFor(item('jay-tiktok'), 'ks2')).toBe('not-yet');
    // Should TikTok's minimum age ever fall to 10, Jay's answer changes with it.
    const changed = resolveAgeGate(load('en'), { ...facts, tiktok: { ...facts.tiktok!, value: 10 } });
    expect(
      answerFor(
        changed.find((i) => i.id === 'jay-tiktok')!,
        'ks2',
      ),
    ).toBe('join');
  });

  it("an age in a service's own terms means not yet; a PEGI number is advice, so a younger child asks a grown-up", () => {
    expect(answerFor(item('zara-x'), 'ks2')).toBe('not-yet');
    expect(answerFor(item('sam-minecraft'), 'ks1')).toBe('ask');
    expect(answerFor(item('leo-fortnite'), 'ks2')).toBe('ask');
    // Without the account's consent rule, a PEGI number alone still never says "not yet".
    const ratingOnly = { ...item('leo-fortnite'), service: { ...item('leo-fortnite').service, consentUnder: undefined } };
    expect(answerFor(ratingOnly, 'ks2')).toBe('ask');
    expect(answerFor({ ...ratingOnly, age: ratingOnly.service.value }, 'ks2')).toBe('join');
  });

  it("under-13 accounts that need a parent's consent are ask-first, even at the PEGI age; at 13 the child comes in", () => {
    for (const id of ['sam-fortnite', 'zara-fortnite']) {
      expect(item(id).age).toBe(12);
      expect(item(id).age).toBeGreaterThanOrEqual(item(id).service.value);
      expect(answerFor(item(id), 'ks2')).toBe('ask');
    }
    expect(answerFor(item('osian-fortnite-thirteen'), 'ks2')).toBe('join');
    // YouTube's own terms let a parent turn it on for a younger child: ask, not "not yet".
    expect(answerFor(item('priya-youtube'), 'ks2')).toBe('ask');
    expect(answerFor(item('zara-youtube'), 'ks1')).toBe('ask');
    expect(answerFor(item('ava-roblox'), 'ks2')).toBe('ask');
    expect(answerFor({ ...item('ava-roblox'), age: 13 }, 'ks2')).toBe('ask');
  });

  it('at ages 5-7 every new game or app starts with a grown-up: nobody comes in alone', () => {
    expect(actionsFor('ks1')).toEqual(['ask', 'not-yet']);
    for (const i of english) expect(answerFor(i, 'ks1')).not.toBe('join');
    // Even a child old enough for a rating and an account asks first at this age.
    const grownUp = { ...item('priya-minecraft-ks1'), age: 13 };
    expect(answerFor(grownUp, 'ks2')).toBe('join');
    expect(answerFor(grownUp, 'ks1')).toBe('ask');
  });

  it('names what the pupil believed, whichever way the mistake went', () => {
    expect(misconceptionFor(item('sam-minecraft'), 'not-yet', 'ks1')).toBe(RULE_MISCONCEPTIONS.ratingAsLaw);
    expect(misconceptionFor(item('sam-fortnite'), 'not-yet', 'ks2')).toBe(RULE_MISCONCEPTIONS.consentAsNo);
    expect(misconceptionFor(item('sam-fortnite'), 'join', 'ks2')).toBe('own-account-needs-no-parent');
    expect(misconceptionFor(item('jay-whatsapp'), 'ask', 'ks1')).toBe(RULE_MISCONCEPTIONS.grownUpOverrulesTerms);
    expect(misconceptionFor(item('cerys-whatsapp-thirteen'), 'not-yet', 'ks2')).toBe(RULE_MISCONCEPTIONS.neverOldEnough);
    expect(misconceptionFor(item('jay-tiktok'), 'not-yet', 'ks2')).toBeUndefined();
  });

  it('every item for ages 7-11 that a pupil could wrongly let in says what they believed', () => {
    for (const i of english.filter((i) => i.bands.includes('ks2') && answerFor(i, 'ks2') !== 'join')) {
      expect(i.misconception, i.id).toBeDefined();
    }
  });

  it('every misconception the game can store has words in both languages', () => {
    const ids = new Set([...Object.values(RULE_MISCONCEPTIONS), ...english.flatMap((i) => (i.misconception ? [i.misconception] : []))]);
    for (const locale of ['en', 'cy']) {
      const words = (JSON.parse(readFileSync(`src/i18n/locales/${locale}/ui.json`, 'utf8')) as { misconceptions: Record<string, string> })
        .misconceptions;
      for (const id of ids) expect(words[id], `${locale}: ${id}`).toBeTruthy();
    }
  });

  it('the sign shows the rule, and the consent age where a parent must agree', () => {
    const t = (key: string, o?: Record<string, string | number>) => `${key}${o ? JSON.stringify(o) : ''}`;
    expect(signWords(item('jay-tiktok').service, t)).toEqual({ rule: `ageGate.minimumAge{"age":${facts.tiktok!.value}}` });
    expect(signWords(item('ava-roblox').service, t)).toEqual({
      rule: 'ageGate.anyAge',
      consent: `ageGate.consent{"age":${facts.roblox!.consent!.under}}`,
    });
  });

  it('fills every {{age:…}}, {{consent:…}} and {{name:…}} in the words from the facts', () => {
    for (const i of english) expect(`${i.why} ${i.instead}`).not.toMatch(/\{\{/);
    expect(item('priya-youtube').why).toContain(`says ${facts.youtube!.value} for your own account`);
    expect(item('sam-fortnite').why).toContain(`under ${facts.fortnite!.consent!.under} a parent`);
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
        for (const action of actionsFor(band)) expect(round.some((i) => answerFor(i, band) === action)).toBe(true);
      }
    });
  }

  it('scores one point per child handled as Tom would, and keeps each mistake by id', () => {
    const [a, b] = english.filter((i) => i.bands.includes('ks2')) as [AgeGateRound, AgeGateRound];
    const wrong = answerFor(b, 'ks2') === 'join' ? 'not-yet' : 'join';
    const result = tally(
      [
        { item: a, action: answerFor(a, 'ks2') },
        { item: b, action: wrong },
      ],
      'ks2',
      61_234.4,
    );
    expect(result).toEqual({
      gameId: 'age-gate',
      score: 1,
      maxScore: 2,
      durationMs: 61_234,
      mistakes: [{ itemId: b.id, chosen: wrong, misconception: misconceptionFor(b, wrong, 'ks2') }],
    });
    expect(judge(a, answerFor(a, 'ks2'), 'ks2').correct).toBe(true);
  });

  it('a child the clock ran out on scores no point and is no mistake: nothing was believed', () => {
    const [a, b] = english.filter((i) => i.bands.includes('ks1')) as [AgeGateRound, AgeGateRound];
    const result = tally(
      [
        { item: a, action: null },
        { item: b, action: answerFor(b, 'ks1') },
      ],
      'ks1',
      1000,
    );
    expect(result).toMatchObject({ score: 1, maxScore: 2, mistakes: [] });
    expect(judge(a, null, 'ks1')).toEqual({ correct: false });
  });
});

describe('the clock and the levels', () => {
  it('goes up a level every few children, to level 3', () => {
    expect([0, 1, 2, 3, 5, 6, 8, 9, 20].map(levelOf)).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 3]);
    expect(levelOf(LEVEL_SIZE)).toBe(2);
  });

  it('gives ages 5-7 longer, and less time level by level, never too little to read the sign', () => {
    for (let turn = 0; turn < ROUND_SIZE.ks2; turn += 1) {
      expect(clockSeconds('ks1', turn)).toBeGreaterThan(clockSeconds('ks2', turn));
      expect(clockSeconds('ks2', turn)).toBeGreaterThanOrEqual(8);
    }
    expect(clockSeconds('ks1', 0)).toBe(CLOCK_SECONDS.ks1);
    for (const band of ['ks1', 'ks2'] as const) {
      const byLevel = [0, LEVEL_SIZE, 2 * LEVEL_SIZE].map((turn) => clockSeconds(band, turn));
      expect(byLevel).toEqual([...byLevel].sort((x, y) => y - x));
      expect(new Set(byLevel).size).toBe(3);
    }
  });
});

describe('the words', () => {
  it('Welsh has the same children, ages and services as English', () => {
    const strip = (items: ReturnType<typeof load>) =>
      items.map(({ id, bands, who, age, wants, misconception }) => ({
        id,
        bands,
        who,
        age,
        wants,
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

  it('says what Tom says once: after a mistake the why, then for a child too young only what to try instead', async () => {
    const { translator } = await import('../../src/lib/template');
    const templates = JSON.parse(readFileSync('src/i18n/locales/en/ui.json', 'utf8')) as { ageGate: Record<string, string> };
    const t = translator(Object.fromEntries(Object.entries(templates.ageGate).map(([k, v]) => [`ageGate.${k}`, v])));
    const tooYoung = english.find((i) => answerFor(i, 'ks2') === 'not-yet')!;
    const wrong = gateWords(tooYoung, 'ks2', false, t, 'Sam');
    expect(wrong).toEqual([tooYoung.why, `Try instead: ${tooYoung.instead}`]);
    expect(wrong.join(' ').match(/not yet/gi)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(gateWords(tooYoung, 'ks2', true, t, 'Sam')).toEqual([`Not yet. Try instead: ${tooYoung.instead}`]);
    const oldEnough = english.find((i) => answerFor(i, 'ks2') === 'join')!;
    expect(gateWords(oldEnough, 'ks2', true, t, 'Sam')).toEqual(['The gate opens: Sam is old enough.']);
    expect(gateWords(oldEnough, 'ks2', false, t, 'Sam')).toEqual([oldEnough.why]);
  });
});
