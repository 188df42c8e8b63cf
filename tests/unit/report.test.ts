/** The class report's sums: grid, first-choice misconceptions, curriculum coverage and next steps. */
import { describe, expect, it } from 'vitest';
import type { AttemptRecord, PupilRecord } from '../../src/lib/records';
import type { ClassVoteRecord } from '../../src/lib/class-vote';
import {
  certificatesDue,
  classGrid,
  coverage,
  misconceptions,
  nextSteps,
  statementsMet,
  wholeClassMet,
  wholeClassPath,
  type Activity,
  type LessonChoices,
} from '../../src/lib/report';

const pupil = (id: string, name: string): PupilRecord => ({ id, classId: 'c', name, avatar: 'fox', createdAt: 1 });
const pupils = [pupil('p1', 'Ava'), pupil('p2', 'Leo'), pupil('p3', 'Nia')];

const lessons: LessonChoices = {
  'posting-kindly-ks1': {
    start: [
      { id: 'kind', safe: true },
      { id: 'laugh', safe: false, misconception: 'only-a-joke' },
    ],
    next: [
      { id: 'tell', safe: true },
      { id: 'ignore', safe: false, misconception: 'not-my-business' },
    ],
  },
};

const activities: Activity[] = [
  { id: 'posting-kindly-ks1', kind: 'lesson', topic: 'respectful-posting', ageBand: 'ks1', title: 'Kind words', outcomes: ['o.kind'] },
  { id: 'age-limits-ks1', kind: 'lesson', topic: 'age-limits', ageBand: 'ks1', title: 'Ages', outcomes: ['o.ages'] },
  { id: 'kind-comments', kind: 'game', topic: 'respectful-posting', title: 'Kind Comments', outcomes: ['o.kind', 'o.report'] },
];

let n = 0;
function lesson(
  pupilId: string,
  steps: [string, string][],
  status: 'complete' | 'in-progress',
  stars = 0,
  startedAt = 1000,
): AttemptRecord {
  n += 1;
  return {
    id: `a${n}`,
    pupilId,
    kind: 'lesson',
    activityId: 'posting-kindly-ks1',
    locale: 'en',
    status,
    startedAt,
    updatedAt: startedAt + 100,
    sceneId: 'x',
    steps: steps.map(([sceneId, choiceId], i) => ({ sceneId, choiceId, at: startedAt + i })),
    ...(status === 'complete' ? { stars } : {}),
  };
}

const attempts: AttemptRecord[] = [
  // Ava laughed first, then tried again and chose kindly.
  lesson(
    'p1',
    [
      ['start', 'laugh'],
      ['next', 'tell'],
    ],
    'complete',
    2,
    1000,
  ),
  lesson(
    'p1',
    [
      ['start', 'kind'],
      ['next', 'tell'],
    ],
    'complete',
    3,
    5000,
  ),
  // Leo chose kindly, then ignored.
  lesson(
    'p2',
    [
      ['start', 'kind'],
      ['next', 'ignore'],
    ],
    'in-progress',
    0,
    2000,
  ),
  // Nia laughed first as well.
  lesson('p3', [['start', 'laugh']], 'in-progress', 0, 3000),
  {
    id: 'g1',
    pupilId: 'p2',
    kind: 'game',
    activityId: 'kind-comments',
    locale: 'cy',
    status: 'complete',
    startedAt: 4000,
    updatedAt: 4100,
    sceneId: '',
    steps: [],
    stars: 2,
    mistakes: [{ sceneId: 'silly-hair', choiceId: 'send', misconception: 'only-a-joke' }],
  },
];

describe('the class grid', () => {
  it('shows each pupil by each activity: status, best stars and how many tries', () => {
    const grid = classGrid(pupils, attempts, activities);
    const ava = grid.rows[0]!;
    expect(ava.cells['posting-kindly-ks1']).toEqual({ status: 'complete', bestStars: 3, attempts: 2 });
    expect(ava.cells['age-limits-ks1']).toEqual({ status: 'not-started', bestStars: 0, attempts: 0 });
    expect(grid.rows[1]!.cells['posting-kindly-ks1']!.status).toBe('in-progress');
    expect(grid.rows[1]!.cells['kind-comments']).toEqual({ status: 'complete', bestStars: 2, attempts: 1 });
    expect(grid.completedBy).toEqual({ 'posting-kindly-ks1': 1, 'age-limits-ks1': 0, 'kind-comments': 1 });
    expect(grid.rows.map((r) => r.completed)).toEqual([1, 1, 0]);
  });
});

describe('misconceptions', () => {
  it('counts the unsafe option each pupil chose first at each scene, and the pupils who got there', () => {
    const found = misconceptions(attempts, lessons);
    expect(found[0]).toEqual({
      activityId: 'posting-kindly-ks1',
      sceneId: 'start',
      choiceId: 'laugh',
      misconception: 'only-a-joke',
      pupils: 2,
      pupilIds: ['p1', 'p3'],
      reached: 3,
    });
    expect(found).toContainEqual({
      ...{ pupilIds: expect.any(Array) },
      activityId: 'posting-kindly-ks1',
      sceneId: 'next',
      choiceId: 'ignore',
      misconception: 'not-my-business',
      pupils: 1,
      reached: 2,
    });
    expect(found).toContainEqual({
      ...{ pupilIds: expect.any(Array) },
      activityId: 'kind-comments',
      sceneId: 'silly-hair',
      choiceId: 'send',
      misconception: 'only-a-joke',
      pupils: 1,
      reached: 1,
    });
    // Ava's later, kind choice at "start" does not undo that she laughed first.
    expect(found.filter((c) => c.sceneId === 'start')).toHaveLength(1);
  });

  it('skips choices whose scene has since been removed from the lesson', () => {
    const old = lesson('p1', [['gone-scene', 'laugh']], 'complete', 1, 100);
    expect(misconceptions([old], lessons)).toEqual([]);
  });
});

describe('coverage follows the path each pupil took', () => {
  // A lesson that teaches one statement on the safe branch, another only on the wrong branch,
  // one at its shared ending, and one (deprecated) for the lesson as a whole.
  const branching: Activity = {
    id: 'photo-ks2',
    kind: 'lesson',
    topic: 'sharing-images',
    ageBand: 'ks2',
    title: 'The photo',
    outcomes: ['o.start', 'o.ask', 'o.spread', 'o.end', 'o.whole'],
    sceneOutcomes: { start: ['o.start'], asked: ['o.ask'], spread: ['o.spread'], end: ['o.end'] },
    finishOutcomes: ['o.whole'],
  };
  const game: Activity = { id: 'photo-check', kind: 'game', topic: 'sharing-images', title: 'Photo Check', outcomes: ['o.game'] };
  const all = [branching, game];
  let k = 0;
  const walk = (pupilId: string, scenes: string[], status: 'complete' | 'in-progress', at: string): AttemptRecord => ({
    id: `w${(k += 1)}`,
    pupilId,
    kind: 'lesson',
    activityId: 'photo-ks2',
    locale: 'en',
    status,
    startedAt: k,
    updatedAt: k,
    sceneId: at,
    steps: scenes.map((sceneId, i) => ({ sceneId, choiceId: 'c', at: k + i })),
  });
  const safePath = walk('p1', ['start', 'asked'], 'complete', 'end');
  const wrongPath = walk('p2', ['start', 'spread'], 'complete', 'end');

  it('does not credit the all-safe path with a statement taught only on a wrong branch, nor the reverse', () => {
    expect([...statementsMet(safePath, branching)].sort()).toEqual(['o.ask', 'o.end', 'o.start', 'o.whole']);
    expect([...statementsMet(wrongPath, branching)].sort()).toEqual(['o.end', 'o.spread', 'o.start', 'o.whole']);
  });

  it('counts the scenes of an unfinished try, but not its ending or the whole-lesson statements', () => {
    const halfway = walk('p3', ['start', 'spread'], 'in-progress', 'end');
    expect([...statementsMet(halfway, branching)].sort()).toEqual(['o.spread', 'o.start']);
  });

  it('credits a game only for a finished round', () => {
    const round = (status: 'complete' | 'in-progress'): AttemptRecord => ({
      ...walk('p1', [], status, ''),
      kind: 'game',
      activityId: 'photo-check',
    });
    expect([...statementsMet(round('complete'), game)]).toEqual(['o.game']);
    expect([...statementsMet(round('in-progress'), game)]).toEqual([]);
  });

  it('lists for each statement the activities that teach it, how many pupils met it, and which none teaches', () => {
    const rows = coverage(['o.ask', 'o.spread', 'o.end', 'o.game', 'o.other'], all, pupils, [
      safePath,
      wrongPath,
      walk('p1', ['start', 'spread'], 'in-progress', 'spread'),
    ]);
    expect(rows).toEqual([
      { id: 'o.ask', taughtBy: ['photo-ks2'], pupils: 1, wholeClass: [], status: 'met' },
      // Ava went down the wrong branch on a later, unfinished try: she met it there too.
      { id: 'o.spread', taughtBy: ['photo-ks2'], pupils: 2, wholeClass: [], status: 'met' },
      { id: 'o.end', taughtBy: ['photo-ks2'], pupils: 2, wholeClass: [], status: 'met' },
      { id: 'o.game', taughtBy: ['photo-check'], pupils: 0, wholeClass: [], status: 'not-yet' },
      { id: 'o.other', taughtBy: [], pupils: 0, wholeClass: [], status: 'untaught' },
    ]);
  });

  it('counts only the pupils given (the class), once each however many tries', () => {
    const again = walk('p1', ['start', 'asked'], 'complete', 'end');
    const rows = coverage(['o.ask'], all, [pupils[0]!], [safePath, again, wrongPath]);
    expect(rows[0]).toMatchObject({ pupils: 1 });
  });
});

describe('a lesson taught to the whole class on the whiteboard counts for coverage, said apart', () => {
  const photo: Activity = {
    id: 'photo-ks2',
    kind: 'lesson',
    topic: 'sharing-images',
    ageBand: 'ks2',
    title: 'The photo',
    outcomes: ['o.start', 'o.ask', 'o.spread', 'o.end', 'o.whole'],
    sceneOutcomes: { start: ['o.start'], asked: ['o.ask'], spread: ['o.spread'], end: ['o.end'] },
    finishOutcomes: ['o.whole'],
  };
  // The report's choices: the choices at "asked" and "spread" lead to the ending "end".
  const choices: LessonChoices = {
    'photo-ks2': {
      start: [
        { id: 'ask', safe: true },
        { id: 'post', safe: false, misconception: 'fine-to-share' },
      ],
      asked: [{ id: 'wait', safe: true, end: 'end' }],
      spread: [{ id: 'sorry', safe: true, end: 'end' }],
    },
  };
  const board = (votes: [string, string][], startedAt: number, finished: boolean): ClassVoteRecord => ({
    id: `v${startedAt}`,
    classId: 'c',
    activityId: 'photo-ks2',
    locale: 'en',
    startedAt,
    updatedAt: startedAt + 10,
    ...(finished ? { finishedAt: startedAt + 10 } : {}),
    votes: votes.map(([sceneId, followed], i) => ({ sceneId, followed, counts: { [followed]: 3 }, at: startedAt + i })),
  });
  const NOV_27 = Date.UTC(2026, 10, 27, 10);

  it("reads the path the class followed as a pupil's, ending where the last choice led once finished", () => {
    const done = board(
      [
        ['start', 'post'],
        ['spread', 'sorry'],
      ],
      NOV_27,
      true,
    );
    expect(wholeClassPath(done, choices)).toEqual({
      steps: [
        { sceneId: 'start', choiceId: 'post', at: NOV_27 },
        { sceneId: 'spread', choiceId: 'sorry', at: NOV_27 + 1 },
      ],
      status: 'complete',
      sceneId: 'end',
    });
    // The class followed the wrong branch to talk about it: it met that branch's statement, not the safe one's.
    expect([...statementsMet(wholeClassPath(done, choices), photo)].sort()).toEqual(['o.end', 'o.spread', 'o.start', 'o.whole']);
    // Stopped halfway: only the scenes the class voted at, not the ending or the whole-lesson statements.
    expect([...statementsMet(wholeClassPath(board([['start', 'ask']], NOV_27, false), choices), photo)]).toEqual(['o.start']);
  });

  it("counts a statement the class met only on the whiteboard, with the lesson and day, and keeps the pupils' count honest", () => {
    const together = wholeClassMet(
      [
        board(
          [
            ['start', 'ask'],
            ['asked', 'wait'],
          ],
          NOV_27,
          true,
        ),
        // A game or a lesson the report does not know is not a whiteboard lesson.
        { ...board([['start', 'ask']], NOV_27 + 5, true), activityId: 'gone-lesson' },
      ],
      [photo, { id: 'photo-check', kind: 'game', topic: 'sharing-images', title: 'Photo Check', outcomes: ['o.game'] }],
      choices,
    );
    expect(together.get('o.ask')).toEqual([{ activityId: 'photo-ks2', at: NOV_27 }]);
    expect(together.has('o.spread')).toBe(false);
    const alone = walkOne('p1', ['start', 'spread']);
    const rows = coverage(['o.ask', 'o.spread', 'o.start', 'o.game'], [photo], pupils, [alone], together);
    expect(rows).toEqual([
      // Nobody met it on a tablet: covered by the whole class, and said so, with no pupil counted.
      { id: 'o.ask', taughtBy: ['photo-ks2'], pupils: 0, wholeClass: [{ activityId: 'photo-ks2', at: NOV_27 }], status: 'whole-class' },
      { id: 'o.spread', taughtBy: ['photo-ks2'], pupils: 1, wholeClass: [], status: 'met' },
      // Met both ways: the pupils' own count stands, and the whiteboard lesson is named beside it.
      { id: 'o.start', taughtBy: ['photo-ks2'], pupils: 1, wholeClass: [{ activityId: 'photo-ks2', at: NOV_27 }], status: 'met' },
      { id: 'o.game', taughtBy: [], pupils: 0, wholeClass: [], status: 'untaught' },
    ]);
    // Without the whiteboard lessons the same statement is not met yet: they are what counts it.
    expect(coverage(['o.ask'], [photo], pupils, [alone])[0]).toMatchObject({ status: 'not-yet', wholeClass: [] });
  });

  function walkOne(pupilId: string, scenes: string[]): AttemptRecord {
    return {
      id: 'alone',
      pupilId,
      kind: 'lesson',
      activityId: 'photo-ks2',
      locale: 'en',
      status: 'in-progress',
      startedAt: 1,
      updatedAt: 1,
      sceneId: scenes.at(-1)!,
      steps: scenes.map((sceneId, i) => ({ sceneId, choiceId: 'c', at: i })),
    };
  }
});

describe('next steps', () => {
  it('starts with what to talk about, then what to play, then who to help start', () => {
    const grid = classGrid([...pupils, pupil('p4', 'Sam')], attempts, activities);
    const steps = nextSteps(grid, misconceptions(attempts, lessons), activities, 'ks1');
    expect(steps[0]).toEqual({ kind: 'discuss', misconception: 'only-a-joke', pupils: 2, activityId: 'posting-kindly-ks1' });
    expect(steps[1]).toMatchObject({ kind: 'discuss', misconception: 'not-my-business' });
    expect(steps.filter((s) => s.kind === 'play').map((s) => s.kind === 'play' && s.activityId)).toEqual([
      'posting-kindly-ks1',
      'age-limits-ks1',
      'kind-comments',
    ]);
    expect(steps.at(-1)).toEqual({ kind: 'help-start', pupils: ['Sam'] });
  });
});

describe('certificates', () => {
  it('gives each pupil one certificate for each topic they finished, with their best try and its promise', () => {
    const best = { ...lesson('p1', [['start', 'kind']], 'complete', 3, 9000), pledgeId: 'be-kind' };
    const due = certificatesDue(pupils, [...attempts, best], activities);
    expect(due.map((d) => [d.pupil.name, d.activityId, d.stars, d.pledgeId])).toEqual([
      ['Ava', 'posting-kindly-ks1', 3, 'be-kind'],
      // Leo finished only a game and an unfinished lesson: games have no certificate of their own.
    ]);
  });
});
