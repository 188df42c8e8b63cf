/**
 * Whole-class votes: counts as a teacher types them, the misunderstandings a vote shows (only from
 * counted hands), a vote replaced when the teacher goes back, and storage on fake-indexeddb: saved
 * vote by vote, kept with the class, gone with it and back with Undo.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TomDatabase } from '../../src/db/database';
import { classVotesFor, finishClassVote, recordClassVote } from '../../src/db/class-votes';
import { addClass, deleteClass, putBack } from '../../src/db/roster';
import { handsUp, readCount, voteMisconceptions, voteSteps, withVote, type ClassVote } from '../../src/lib/class-vote';
import { replay } from '../../src/lib/progress';
import type { GraphLesson } from '../../src/lib/lesson-graph';

const lesson: GraphLesson = {
  start: 'meet',
  scenes: {
    meet: {
      choices: [
        { id: 'everyone', safe: true, next: 'post' },
        { id: 'friends', safe: false, misconception: 'kind-only-to-friends', next: 'post' },
      ],
    },
    post: {
      choices: [
        { id: 'kind', safe: true, next: 'end' },
        { id: 'laugh', safe: false, misconception: 'reactions-are-harmless', next: 'end' },
      ],
    },
    end: { end: { remember: 'Be kind.' } },
  },
} as unknown as GraphLesson;

const vote = (sceneId: string, counts: Record<string, number>, followed: string, at = 1): ClassVote => ({ sceneId, counts, followed, at });

describe('class votes, pure', () => {
  it('reads counts as typed: whole numbers up to a class, anything else is not counted', () => {
    expect(readCount('12')).toBe(12);
    expect(readCount(' 0 ')).toBe(0);
    expect(readCount('')).toBeUndefined();
    expect(readCount('3.5')).toBeUndefined();
    expect(readCount('-2')).toBeUndefined();
    expect(readCount('61')).toBeUndefined();
    expect(readCount('<b>')).toBeUndefined();
  });

  it('adds up the hands, and says when nobody was counted', () => {
    expect(handsUp(vote('meet', { everyone: 20, friends: 8 }, 'friends'))).toBe(28);
    expect(handsUp(vote('meet', {}, 'friends'))).toBeUndefined();
  });

  it('finds the wrong answers some of the class chose, never the one a teacher only followed to discuss', () => {
    const scenes = Object.fromEntries(Object.entries(lesson.scenes).map(([id, scene]) => [id, scene.choices ?? []]));
    const found = voteMisconceptions(scenes, {
      votes: [vote('meet', { everyone: 20, friends: 8 }, 'everyone'), vote('post', {}, 'laugh')],
    });
    expect(found).toEqual([{ sceneId: 'meet', choiceId: 'friends', misconception: 'kind-only-to-friends', chose: 8, of: 28, at: 1 }]);
  });

  it('replays like a pupil path, and a vote made again after going back replaces the first', () => {
    let votes = withVote([], vote('meet', { everyone: 1 }, 'friends'));
    votes = withVote(votes, vote('meet', { everyone: 1 }, 'everyone', 2));
    expect(votes).toHaveLength(1);
    votes = withVote(votes, vote('post', {}, 'kind', 3));
    expect(replay(lesson, voteSteps(votes))).toEqual({ sceneId: 'end', steps: voteSteps(votes) });
  });
});

describe('class votes, stored', () => {
  let factory = new IDBFactory();
  const open = () => new TomDatabase('test', { indexedDB: factory, IDBKeyRange });
  afterEach(() => {
    factory = new IDBFactory();
  });

  it('saves vote by vote into one record of the class, finished with its promise', async () => {
    const db = open();
    const group = await addClass(db, 'Year 2 Oak', 'ks1');
    const start = { classId: group.id, activityId: 'posting-kindly-ks1', locale: 'cy', startedAt: 100 };
    const id = await recordClassVote(db, start, vote('meet', { everyone: 20, friends: 8 }, 'friends', 200));
    expect(await recordClassVote(db, { ...start, id }, vote('post', {}, 'kind', 300))).toBe(id);
    await finishClassVote(db, id, 400, 'be-kind');
    const [record] = await classVotesFor(db, group.id);
    expect(record).toMatchObject({ id, classId: group.id, locale: 'cy', startedAt: 100, finishedAt: 400, pledgeId: 'be-kind' });
    expect(record!.votes.map((v) => v.sceneId)).toEqual(['meet', 'post']);
  });

  it('goes with its class and comes back with Undo', async () => {
    const db = open();
    const group = await addClass(db, 'Year 2 Oak', 'ks1');
    await recordClassVote(db, { classId: group.id, activityId: 'x', locale: 'en', startedAt: 1 }, vote('meet', {}, 'everyone'));
    const removed = await deleteClass(db, group.id);
    expect(await classVotesFor(db, group.id)).toEqual([]);
    await putBack(db, removed);
    expect(await classVotesFor(db, group.id)).toHaveLength(1);
  });
});
