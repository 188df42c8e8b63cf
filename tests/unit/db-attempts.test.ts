import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TomDatabase } from '../../src/db/database';
const DEVICE_PLAYER = 'pupil-1';
import {
  abandonAttempt,
  completedAttempts,
  finishAttempt,
  findInProgress,
  recordStep,
  saveGameResult,
  summariesFor,
} from '../../src/db/attempts';
import { classifyStorageError } from '../../src/db/errors';
import { getAttempt as getAttemptById } from '../../src/db/attempts';
import { attemptCount } from '../../src/db/class-view';

let factory = new IDBFactory();
const open = () => new TomDatabase('test', { indexedDB: factory, IDBKeyRange });
afterEach(() => {
  factory = new IDBFactory();
});

const key = { pupilId: DEVICE_PLAYER, activityId: 'posting-kindly-ks2' };
const stepInput = (attemptId: string | undefined, n: number, sceneId: string, next: string) => ({
  ...key,
  attemptId,
  locale: 'cy',
  startedAt: 1000,
  step: { sceneId, choiceId: `choice-${n}`, at: 1000 + n * 100 },
  sceneId: next,
});

describe('attempts in IndexedDB', () => {
  it('starts an attempt on the first choice and appends later choices to it', async () => {
    const db = open();
    const id = await recordStep(db, stepInput(undefined, 1, 'a', 'b'));
    const same = await recordStep(db, stepInput(id, 2, 'b', 'c'));
    expect(same).toBe(id);
    const stored = await getAttemptById(db, id);
    expect(stored).toMatchObject({
      status: 'in-progress',
      locale: 'cy',
      sceneId: 'c',
      steps: [
        { sceneId: 'a', choiceId: 'choice-1', at: 1100 },
        { sceneId: 'b', choiceId: 'choice-2', at: 1200 },
      ],
    });
    expect(await attemptCount(db)).toBe(1);
  });

  it('keeps every answered choice when the tab closes and a new page opens the database', async () => {
    const first = open();
    const id = await recordStep(first, stepInput(undefined, 1, 'a', 'b'));
    await recordStep(first, stepInput(id, 2, 'b', 'c'));
    first.close();

    const second = open();
    const unfinished = await findInProgress(second, key);
    expect(unfinished?.id).toBe(id);
    expect(unfinished?.steps.map((s) => s.choiceId)).toEqual(['choice-1', 'choice-2']);
  });

  it('finishes an attempt with stars, score, time and mistakes, and summarises the best', async () => {
    const db = open();
    const a = await recordStep(db, stepInput(undefined, 1, 'a', 'end'));
    await finishAttempt(db, a, {
      score: 1,
      maxScore: 2,
      stars: 2,
      mistakes: [{ sceneId: 'a', choiceId: 'x', misconception: 'only-a-joke' }],
      finishedAt: 5000,
      durationMs: 4000,
    });
    const b = await recordStep(db, stepInput(undefined, 1, 'a', 'end'));
    await finishAttempt(db, b, { score: 2, maxScore: 2, stars: 3, mistakes: [], finishedAt: 9000, durationMs: 3000 });
    await recordStep(db, { ...stepInput(undefined, 1, 'a', 'b'), activityId: 'other-lesson' });

    const done = await completedAttempts(db, key);
    expect(done.map((d) => d.stars)).toEqual([3, 2]);
    expect(done[1]).toMatchObject({ status: 'complete', durationMs: 4000, score: 1, maxScore: 2 });
    expect(await findInProgress(db, key)).toBeUndefined();

    const summaries = await summariesFor(db, DEVICE_PLAYER);
    expect(summaries.get('posting-kindly-ks2')).toEqual({ activityId: 'posting-kindly-ks2', status: 'complete', bestStars: 3 });
    expect(summaries.get('other-lesson')).toEqual({ activityId: 'other-lesson', status: 'in-progress', bestStars: 0 });
    expect(summaries.size).toBe(2);
  });

  it('refuses to finish an attempt that does not exist, and can abandon one', async () => {
    const db = open();
    await expect(
      finishAttempt(db, 'missing', { score: 0, maxScore: 0, stars: 3, mistakes: [], finishedAt: 1, durationMs: 1 }),
    ).rejects.toThrow('no attempt "missing" to finish');
    const id = await recordStep(db, stepInput(undefined, 1, 'a', 'b'));
    await abandonAttempt(db, id);
    expect(await attemptCount(db)).toBe(0);
  });

  it('does not start a second attempt when told of a finished one', async () => {
    const db = open();
    const id = await recordStep(db, stepInput(undefined, 1, 'a', 'end'));
    await finishAttempt(db, id, { score: 1, maxScore: 1, stars: 3, mistakes: [], finishedAt: 2000, durationMs: 1000 });
    const next = await recordStep(db, stepInput(id, 1, 'a', 'b'));
    expect(next).not.toBe(id);
    expect((await getAttemptById(db, id))?.steps).toHaveLength(1);
  });
});

describe('game results', () => {
  it('are stored as finished attempts beside lessons, and count on the map like lessons', async () => {
    const db = open();
    const id = await saveGameResult(db, {
      pupilId: 'pupil-1',
      gameId: 'kind-comments',
      locale: 'en',
      score: 5,
      maxScore: 6,
      stars: 2,
      durationMs: 90_000,
      finishedAt: 200_000,
      mistakes: [{ sceneId: 'silly-hair', choiceId: 'send', misconception: 'only-a-joke' }],
    });
    expect(await getAttemptById(db, id)).toMatchObject({
      kind: 'game',
      activityId: 'kind-comments',
      status: 'complete',
      startedAt: 110_000,
      score: 5,
      stars: 2,
      mistakes: [{ sceneId: 'silly-hair', choiceId: 'send', misconception: 'only-a-joke' }],
    });
    expect((await summariesFor(db, 'pupil-1')).get('kind-comments')).toEqual({
      activityId: 'kind-comments',
      status: 'complete',
      bestStars: 2,
    });
  });
});

describe('storage errors', () => {
  it('recognises a full disk even when Dexie wraps the browser error', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(classifyStorageError(quota)).toBe('full');
    expect(classifyStorageError({ name: 'AbortError', inner: quota })).toBe('full');
    expect(classifyStorageError({ name: 'MissingAPIError' })).toBe('unavailable');
    expect(classifyStorageError(new TypeError('x'))).toBe('other');
    expect(classifyStorageError(undefined)).toBe('other');
  });
});
