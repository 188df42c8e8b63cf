/** Photo Check: what must be covered, the rounds, the score, and its words in every language. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { photoCheckSchema, type Photo } from '../../src/schemas/game';
import {
  answerFor,
  CLOCK_SECONDS,
  clockSeconds,
  judge,
  levelOf,
  mustCover,
  pickRound,
  ROUND_SIZE,
  stepId,
  stepsOf,
  tally,
  comboAfter,
  COMBO_MS,
  HIT_RADIUS,
  huntAnswers,
  huntComplete,
  huntPoints,
  huntReply,
  huntWords,
  spoken,
  huntSeconds,
  LENS_GRID,
  LENS_START,
  lensPoint,
  missed,
  moveLens,
  spotAt,
  spotCentre,
  startHunt,
  tapSpot,
  toCover,
} from '../../games/photo-check/rules';
import { levelAfter, levelSeconds, TOP_LEVEL } from '../../games/shared/clock';
import { explain } from '../../games/photo-check';

const load = (locale: string) => photoCheckSchema.parse(parse(readFileSync(`content/games/${locale}/photo-check.yaml`, 'utf8'))).items;
const english = load('en');

function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('what must be covered', () => {
  it('other children, school badges and names, house numbers and street names; not you, trees or cakes', () => {
    for (const kind of ['other-child', 'school-badge', 'school-name', 'house-number', 'street-name'] as const)
      expect(mustCover(kind)).toBe(true);
    for (const kind of ['me', 'tree', 'cake', 'dog', 'balloon'] as const) expect(mustCover(kind)).toBe(false);
  });

  it('plays each photo as its details, then the decision to post it', () => {
    const photo = english.find((p) => p.id === 'front-door')!;
    const steps = stepsOf(photo);
    expect(steps.map(stepId)).toEqual(['front-door/door-number', 'front-door/tree', 'front-door/post']);
    expect(steps.map(answerFor)).toEqual(['cover', 'leave', 'post']);
    expect(answerFor(stepsOf(english.find((p) => p.id === 'sad-friend')!).at(-1)!)).toBe('keep');
  });

  it('names the idea behind each kind of mistake, for the teacher', () => {
    const leo = stepsOf(english.find((p) => p.id === 'sports-day-race')!).find((s) => s.detailId === 'leo')!;
    expect(judge(leo, 'leave').mistake?.misconception).toBe('background-does-not-matter');
    const door = stepsOf(english.find((p) => p.id === 'front-door')!);
    expect(judge(door[0]!, 'leave').mistake?.misconception).toBe('photos-show-nothing');
    expect(judge(door[1]!, 'cover').mistake?.misconception).toBe('everything-must-be-hidden');
    const sad = stepsOf(english.find((p) => p.id === 'sad-friend')!);
    expect(judge(sad.at(-1)!, 'post').mistake).toEqual({
      itemId: 'sad-friend/post',
      chosen: 'post',
      misconception: 'my-photo-so-my-choice',
    });
    expect(explain({ itemId: 'front-door/door-number', chosen: 'leave', misconception: 'photos-show-nothing' }, english)).toBe(
      english.find((p) => p.id === 'front-door')!.details[0]!.why,
    );
  });
});

describe('the round', () => {
  for (const band of ['ks1', 'ks2'] as const) {
    it(`${band}: the right number of photos, only the band's, one to keep off line, no repeats`, () => {
      for (let seed = 1; seed <= 50; seed += 1) {
        const round = pickRound(english, band, seeded(seed));
        expect(round).toHaveLength(ROUND_SIZE[band]);
        expect(new Set(round.map((p) => p.id)).size).toBe(round.length);
        expect(round.every((p) => p.bands.includes(band))).toBe(true);
        expect(round.some((p) => !p.postable)).toBe(true);
        expect(round.some((p) => p.details.some((d) => mustCover(d.kind)))).toBe(true);
      }
    });
  }

  it('scores one point per step done as Tom would', () => {
    const steps = stepsOf(english[0] as Photo);
    const result = tally(
      steps.map((step, i) => ({ step, action: i === 0 ? (answerFor(step) === 'cover' ? 'leave' : 'cover') : answerFor(step) })),
      1000,
    );
    expect(result.score).toBe(steps.length - 1);
    expect(result.maxScore).toBe(steps.length);
    expect(result.mistakes).toHaveLength(1);
  });
});

describe('the words', () => {
  it('Welsh has the same photos, things in them, places and answers as English', () => {
    const strip = (items: Photo[]) =>
      items.map(({ id, bands, scene, postable, misconception, details }) => ({
        id,
        bands,
        scene,
        postable,
        misconception,
        details: details.map(({ id: d, kind, x, y }) => ({ d, kind, x, y })),
      }));
    expect(strip(load('cy'))).toEqual(strip(english));
  });
});

describe('the clock', () => {
  it('a level a photo, up to the top level; ages 5-7 get longer, and every clock leaves time to read', () => {
    expect([0, 1, 2, 3, 4].map(levelOf)).toEqual([1, 2, 3, 3, 3]);
    expect(clockSeconds('ks1', 0)).toBe(CLOCK_SECONDS.ks1);
    for (let photo = 0; photo < ROUND_SIZE.ks2; photo += 1) {
      expect(clockSeconds('ks1', photo)).toBeGreaterThan(clockSeconds('ks2', photo));
      expect(clockSeconds('ks2', photo)).toBeGreaterThanOrEqual(7);
    }
    expect(clockSeconds('ks2', 2)).toBeLessThan(clockSeconds('ks2', 0));
  });

  it('a step the clock ran out on scores nothing and is no mistake', () => {
    const [detail, decision] = [stepsOf(english[0]!)[0]!, stepsOf(english[0]!).at(-1)!];
    expect(judge(detail, null)).toEqual({ correct: false });
    expect(
      tally(
        [
          { step: detail, action: null },
          { step: decision, action: answerFor(decision) },
        ],
        5000,
      ),
    ).toMatchObject({
      score: 1,
      maxScore: 2,
      mistakes: [],
    });
  });

  it('the shared levels: quicker each level, never under the floor, never past the top level', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((done) => levelAfter(done, 2))).toEqual([1, 1, 2, 2, 3, 3, 3, 3]);
    expect([1, 2, 3].map((level) => levelSeconds(20, level, 8))).toEqual([20, 16, 13]);
    expect(levelSeconds(10, 3, 8)).toBe(8);
    expect(levelSeconds(20, TOP_LEVEL + 2, 1)).toBe(levelSeconds(20, TOP_LEVEL, 1));
  });
});

describe('the hunt', () => {
  const byId = (id: string) => english.find((p) => p.id === id)!;

  it('every photo has something to find and something fine to leave, so each tap is a choice', () => {
    for (const photo of english) {
      expect(toCover(photo).length, photo.id).toBeGreaterThan(0);
      expect(
        photo.details.some((d) => !mustCover(d.kind)),
        photo.id,
      ).toBe(true);
    }
  });

  it('a tap on a thing touches it; a tap on plain background touches nothing', () => {
    const photo = byId('walk-home-sign');
    for (const d of photo.details) expect(spotAt(photo, spotCentre(d).x, spotCentre(d).y)?.id).toBe(d.id);
    const badge = spotCentre(photo.details.find((d) => d.id === 'badge')!);
    expect(spotAt(photo, badge.x + HIT_RADIUS - 2, badge.y)?.id).toBe('badge');
    expect(spotAt(photo, 560, 20)).toBeUndefined();
  });

  it('things are far enough apart to tap on a phone, and the lens can reach each of them', () => {
    const reachable = (photo: Photo) => {
      const seen = new Set<string>();
      for (let column = 0; column < LENS_GRID.columns; column += 1)
        for (let row = 0; row < LENS_GRID.rows; row += 1) {
          const p = lensPoint(column, row);
          const d = spotAt(photo, p.x, p.y);
          if (d) seen.add(d.id);
        }
      return seen;
    };
    for (const photo of english) {
      expect([...reachable(photo)].sort(), photo.id).toEqual(photo.details.map((d) => d.id).sort());
      for (const a of photo.details)
        for (const b of photo.details) {
          if (a === b) continue;
          const [p, q] = [spotCentre(a), spotCentre(b)];
          expect(Math.hypot(p.x - q.x, p.y - q.y), `${photo.id}: ${a.id} and ${b.id}`).toBeGreaterThanOrEqual(70);
        }
    }
  });

  it('the lens starts over nothing, moves a step at a time and stops at the edges', () => {
    expect(moveLens({ column: 0, row: 0 }, -1, 0)).toEqual({ column: 0, row: 0 });
    expect(moveLens({ column: 3, row: 2 }, 1, 1)).toEqual({ column: 4, row: 3 });
    expect(moveLens({ column: LENS_GRID.columns - 1, row: LENS_GRID.rows - 1 }, 1, 1)).toEqual({
      column: LENS_GRID.columns - 1,
      row: LENS_GRID.rows - 1,
    });
    const start = lensPoint(LENS_START.column, LENS_START.row);
    for (const photo of english) expect(spotAt(photo, start.x, start.y), photo.id).toBeUndefined();
    const last = lensPoint(LENS_GRID.columns - 1, LENS_GRID.rows - 1);
    expect(last.x).toBeLessThan(600);
    expect(last.y).toBeLessThan(300);
  });

  it('covers what gives too much away, explains what is fine, and counts each thing once', () => {
    const photo = byId('walk-home-sign');
    let hunt = startHunt(photo);
    let tap = tapSpot(hunt, 'dog');
    expect(tap.outcome).toBe('fine');
    hunt = tap.hunt;
    expect(tapSpot(hunt, 'dog').outcome).toBe('again');
    tap = tapSpot(hunt, 'badge');
    expect(tap.outcome).toBe('covered');
    hunt = tap.hunt;
    expect(tapSpot(hunt, 'badge').outcome).toBe('again');
    expect(huntPoints(hunt, false)).toBe(1);
    expect(huntComplete(hunt)).toBe(false);
    expect(missed(hunt).map((d) => d.id)).toEqual(['street']);
    hunt = tapSpot(hunt, 'street').hunt;
    expect(huntComplete(hunt)).toBe(true);
    expect(missed(hunt)).toEqual([]);
  });

  it('records the hunt as the same steps and mistake ids as the words-only game', () => {
    const photo = byId('walk-home-sign');
    // The badge found, the street sign missed, the dog tapped for nothing, the pupil left alone.
    const hunt = tapSpot(tapSpot(startHunt(photo), 'badge').hunt, 'dog').hunt;
    const answers = huntAnswers(hunt);
    expect(answers.map((a) => [stepId(a.step), a.action])).toEqual([
      ['walk-home-sign/me-walk', 'leave'],
      ['walk-home-sign/badge', 'cover'],
      ['walk-home-sign/street', null],
      ['walk-home-sign/dog', 'cover'],
    ]);
    const decision = stepsOf(photo).at(-1)!;
    const result = tally([...answers, { step: decision, action: 'post' }], 60_000);
    expect(result).toMatchObject({ gameId: 'photo-check', score: 3, maxScore: stepsOf(photo).length });
    expect(result.mistakes).toEqual([{ itemId: 'walk-home-sign/dog', chosen: 'cover', misconception: 'everything-must-be-hidden' }]);
    expect(huntPoints(hunt, true)).toBe(2);
  });

  it('a thing not found is left by choice when the pupil says they have finished, and undecided when the clock runs out', () => {
    const photo = byId('walk-home-sign');
    const hunt = tapSpot(startHunt(photo), 'badge').hunt;
    const street = (ended: 'finished' | 'time') => huntAnswers(hunt, ended).find((a) => stepId(a.step) === 'walk-home-sign/street')!;
    expect(street('finished').action).toBe('leave');
    expect(tally(huntAnswers(hunt, 'finished'), 1000).mistakes.map((m) => m.itemId)).toEqual(['walk-home-sign/street']);
    expect(street('time').action).toBeNull();
    expect(tally(huntAnswers(hunt, 'time'), 1000).mistakes).toEqual([]);
  });

  it('quick finds make a combo; a slow one starts again', () => {
    const first = comboAfter(undefined, 1000);
    expect(first.count).toBe(1);
    const second = comboAfter(first, 1000 + COMBO_MS);
    expect(second.count).toBe(2);
    expect(comboAfter(second, second.at + COMBO_MS + 1).count).toBe(1);
  });

  it('the hunt has a longer clock than a decision, quicker each photo, longer for ages 5-7', () => {
    for (let photo = 0; photo < ROUND_SIZE.ks2; photo += 1) {
      expect(huntSeconds('ks1', photo)).toBeGreaterThan(huntSeconds('ks2', photo));
      expect(huntSeconds('ks2', photo)).toBeGreaterThan(clockSeconds('ks2', photo));
      expect(huntSeconds('ks2', photo)).toBeGreaterThanOrEqual(20);
    }
    expect(huntSeconds('ks2', 2)).toBeLessThan(huntSeconds('ks2', 0));
  });

  it("reads aloud only what was recorded: the hunt, and Tom's reply whatever is left when it ends (ages 5-7)", () => {
    const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ''}`;
    const parts = new Set(spoken(english, t, 'ks1'));
    for (const photo of english.filter((p) => p.bands.includes('ks1'))) {
      const cover = toCover(photo);
      for (const part of huntWords(startHunt(photo), t)) expect(parts.has(part), part).toBe(true);
      // Every set of things left uncovered, ended by the pupil or by the clock.
      for (let mask = 0; mask < 2 ** cover.length; mask += 1) {
        const hunt = { ...startHunt(photo), covered: cover.filter((_, i) => mask & (1 << i)).map((d) => d.id) };
        for (const ended of ['finished', 'time'] as const) {
          const reply = huntReply(hunt, ended, t);
          expect(reply.correct).toBe(missed(hunt).length === 0);
          for (const part of [reply.headline, ...reply.detail]) expect(parts.has(part), `${photo.id}: ${part}`).toBe(true);
        }
      }
    }
  });
});
