/** "What to talk about" grouped by idea, one pupil's summary, and the one rule for a first choice. */
import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../src/lib/records';
import { ideasToTalkAbout, lessonFirstChoices, misconceptions, type Activity, type LessonChoices } from '../../src/lib/report';
import { pupilSummary } from '../../src/lib/pupil-summary';
import { scoreLesson } from '../../src/lib/scoring';
import { loadLessons } from './support/content';

const lessons: LessonChoices = {
  'kind-ks1': {
    start: [
      { id: 'kind', safe: true },
      { id: 'laugh', safe: false, misconception: 'only-a-joke' },
    ],
    next: [
      { id: 'tell', safe: true },
      { id: 'ignore', safe: false, misconception: 'not-my-business' },
    ],
    // All safe: not a decision, so never a first choice.
    calm: [{ id: 'ok', safe: true }],
  },
  'kind-2-ks1': {
    start: [
      { id: 'ask', safe: true },
      { id: 'tease', safe: false, misconception: 'only-a-joke' },
    ],
  },
};
const activities: Activity[] = [
  { id: 'kind-ks1', kind: 'lesson', topic: 'respectful-posting', ageBand: 'ks1', title: 'Kind words', outcomes: [] },
  { id: 'kind-2-ks1', kind: 'lesson', topic: 'respectful-posting', ageBand: 'ks1', title: 'Kind words 2', outcomes: [] },
  { id: 'kind-comments', kind: 'game', topic: 'respectful-posting', title: 'Kind Comments', outcomes: [] },
];

let n = 0;
function lesson(
  pupilId: string,
  activityId: string,
  steps: [string, string][],
  at: number,
  extra: Partial<AttemptRecord> = {},
  unfinished = false,
): AttemptRecord {
  n += 1;
  const record: AttemptRecord = {
    id: `a${n}`,
    pupilId,
    kind: 'lesson',
    activityId,
    locale: 'en',
    status: 'complete',
    startedAt: at,
    updatedAt: at + 1000,
    finishedAt: at + 1000,
    durationMs: 60_000,
    sceneId: 'end',
    steps: steps.map(([sceneId, choiceId], i) => ({ sceneId, choiceId, at: at + i })),
    stars: 2,
    ...extra,
  };
  if (!unfinished) return record;
  const unended: Partial<AttemptRecord> = { ...record, status: 'in-progress' };
  delete unended.durationMs;
  delete unended.stars;
  delete unended.finishedAt;
  return unended as AttemptRecord;
}
function game(
  pupilId: string,
  at: number,
  mistakes: NonNullable<AttemptRecord['mistakes']>,
  extra: Partial<AttemptRecord> = {},
): AttemptRecord {
  n += 1;
  return {
    id: `g${n}`,
    pupilId,
    kind: 'game',
    activityId: 'kind-comments',
    locale: 'cy',
    status: 'complete',
    startedAt: at,
    updatedAt: at + 100,
    durationMs: 30_000,
    sceneId: '',
    steps: [],
    score: 5 - mistakes.length,
    maxScore: 5,
    stars: 2,
    mistakes,
    ...extra,
  };
}

const attempts: AttemptRecord[] = [
  // Ava: laughed in the first lesson, teased in the second, then a kind second try.
  lesson(
    'ava',
    'kind-ks1',
    [
      ['start', 'laugh'],
      ['calm', 'ok'],
      ['next', 'tell'],
    ],
    1000,
    { pledgeId: 'ask-first' },
  ),
  lesson('ava', 'kind-2-ks1', [['start', 'tease']], 2000),
  lesson(
    'ava',
    'kind-ks1',
    [
      ['start', 'kind'],
      ['next', 'tell'],
    ],
    3000,
    { pledgeId: 'be-kind' },
  ),
  // Leo: sent a joke in his first game round (his second round was perfect), ignored in the lesson.
  game('leo', 1500, [{ sceneId: 'silly-hair', choiceId: 'send', misconception: 'only-a-joke' }]),
  game('leo', 2500, []),
  lesson(
    'leo',
    'kind-ks1',
    [
      ['start', 'kind'],
      ['next', 'ignore'],
    ],
    500,
    {},
    true,
  ),
];

describe('what to talk about, by idea', () => {
  it('puts the moments of one idea together and counts each pupil once', () => {
    const ideas = ideasToTalkAbout(misconceptions(attempts, lessons));
    expect(ideas.map((i) => i.misconception)).toEqual(['only-a-joke', 'not-my-business']);
    const joke = ideas[0]!;
    // Ava showed it twice (two lessons), Leo once (the game): two pupils, three moments.
    expect(joke.pupils).toBe(2);
    expect(joke.pupilIds.sort()).toEqual(['ava', 'leo']);
    expect(joke.moments.map((m) => `${m.activityId}/${m.sceneId}`).sort()).toEqual([
      'kind-2-ks1/start',
      'kind-comments/silly-hair',
      'kind-ks1/start',
    ]);
    expect(ideas[1]).toMatchObject({ pupils: 1, pupilIds: ['leo'] });
  });

  it('is empty when every first choice was safe', () => {
    expect(ideasToTalkAbout(misconceptions([lesson('nia', 'kind-ks1', [['start', 'kind']], 1)], lessons))).toEqual([]);
  });
});

describe("one pupil's summary", () => {
  const ava = pupilSummary('ava', attempts, activities, lessons);

  it('lists what they played, in the report order, with tries, stars, time and first choices', () => {
    expect(ava.played).toEqual([
      expect.objectContaining({
        activityId: 'kind-ks1',
        status: 'complete',
        tries: 2,
        bestStars: 2,
        timeMs: 120_000,
        firstSafe: 1,
        firstOf: 2,
      }),
      expect.objectContaining({ activityId: 'kind-2-ks1', tries: 1, firstSafe: 0, firstOf: 1 }),
    ]);
    expect(ava.timeMs).toBe(180_000);
  });

  it('keeps the latest promise of each lesson', () => {
    expect(ava.pledges).toEqual([{ activityId: 'kind-ks1', pledgeId: 'be-kind', at: 4000 }]);
  });

  it('groups their unsafe first choices by idea, from their own attempts only', () => {
    expect(ava.ideas).toHaveLength(1);
    expect(ava.ideas[0]).toMatchObject({ misconception: 'only-a-joke', pupils: 1, pupilIds: ['ava'] });
    expect(ava.ideas[0]!.moments).toHaveLength(2);
    expect(JSON.stringify(ava)).not.toContain('leo');
  });

  it('reads a game by its first finished round, an unfinished lesson by its steps, and the language played in most', () => {
    const leo = pupilSummary('leo', attempts, activities, lessons);
    const played = Object.fromEntries(leo.played.map((p) => [p.activityId, p]));
    expect(played['kind-comments']).toMatchObject({ firstSafe: 4, firstOf: 5, tries: 2, timeMs: 60_000 });
    expect(played['kind-ks1']).toMatchObject({ status: 'in-progress', firstSafe: 1, firstOf: 2, bestStars: 0 });
    // Started at 500, steps at 500 and 501, last touched at 1500: a second of play.
    expect(played['kind-ks1']!.timeMs).toBe(1000);
    expect(leo.playedIn).toBe('cy');
    expect(leo.ideas.map((i) => i.misconception).sort()).toEqual(['not-my-business', 'only-a-joke']);
  });

  it('is empty for a pupil who has not played', () => {
    expect(pupilSummary('sam', attempts, activities, lessons)).toEqual({
      played: [],
      pledges: [],
      timeMs: 0,
      ideas: [],
      playedIn: undefined,
    });
  });
});

describe('one rule for a first choice', () => {
  // Every real lesson, walked along each choice of the start scene and then alternating choices:
  // the mistakes stored with the attempt are exactly the report's unsafe first choices.
  for (const real of loadLessons('en')) {
    it(`${real.id}: the stored mistakes are the report's unsafe first choices`, () => {
      const choices: LessonChoices = {
        [real.id]: Object.fromEntries(Object.entries(real.scenes).flatMap(([id, s]) => (s.choices ? [[id, s.choices]] : []))),
      };
      for (let seed = 0; seed < 6; seed += 1) {
        const steps: { sceneId: string; choiceId: string; at: number }[] = [];
        let sceneId = real.start;
        for (let k = 0; k < 30 && real.scenes[sceneId]?.choices; k += 1) {
          const options = real.scenes[sceneId]!.choices!;
          const choice = options[(seed + k) % options.length]!;
          steps.push({ sceneId, choiceId: choice.id, at: k });
          sceneId = choice.next;
        }
        const stored = scoreLesson(real, steps).mistakes;
        const attempt = lesson(
          'p',
          real.id,
          steps.map((s) => [s.sceneId, s.choiceId]),
          0,
        );
        const read = lessonFirstChoices([attempt], real.id, choices)
          .filter((f) => !f.safe)
          .map((f) => ({ sceneId: f.sceneId, choiceId: f.choiceId, misconception: f.misconception }));
        expect(read).toEqual(stored);
      }
    });
  }
});
