/** What the progress screens read from IndexedDB: one pupil's page reads that pupil's attempts only. */
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TomDatabase } from '../../src/db/database';
import { progressOverview, pupilWithAttempts } from '../../src/db/class-view';
import { recordClassVote } from '../../src/db/class-votes';
import type { AttemptRecord } from '../../src/lib/records';
import { putAttempts } from '../../src/db/packs';

let factory = new IDBFactory();
const open = () => new TomDatabase('test', { indexedDB: factory, IDBKeyRange });
afterEach(() => {
  factory = new IDBFactory();
});

const attempt = (id: string, pupilId: string): AttemptRecord => ({
  id,
  pupilId,
  kind: 'lesson',
  activityId: 'posting-kindly-ks2',
  locale: 'en',
  status: 'complete',
  startedAt: 1,
  updatedAt: 2,
  sceneId: 'end',
  steps: [],
});

describe('the class view in IndexedDB', () => {
  it("reads one pupil, their class and their attempts, and nobody else's", async () => {
    const db = open();
    await db.classes.add({ id: 'c1', name: 'Year 5 Ash', ageBand: 'ks2', createdAt: 1 });
    await db.pupils.bulkAdd([
      { id: 'p1', classId: 'c1', name: 'Aled', avatar: 'fox', createdAt: 1 },
      { id: 'p2', classId: 'c1', name: 'Bethan', avatar: 'owl', createdAt: 1 },
    ]);
    await putAttempts(db, [attempt('a1', 'p1'), attempt('a2', 'p2'), attempt('a3', 'p1')]);
    const found = await pupilWithAttempts(db, 'p1');
    expect(found?.pupil.name).toBe('Aled');
    expect(found?.group.name).toBe('Year 5 Ash');
    expect(found?.attempts.map((a) => a.id).sort()).toEqual(['a1', 'a3']);
    expect(await pupilWithAttempts(db, 'gone')).toBeUndefined();
  });

  it('gives the progress screen its classes, when a copy was last saved and how many attempts there are', async () => {
    const db = open();
    await db.classes.add({ id: 'c1', name: 'Year 5 Ash', ageBand: 'ks2', createdAt: 1 });
    await putAttempts(db, [attempt('a1', 'p1')]);
    expect(await progressOverview(db)).toEqual({ classes: [expect.objectContaining({ id: 'c1' })], lastExport: undefined, count: 1 });
  });

  it('counts a whiteboard lesson as something to save: a class with no tablets is reminded to back up too', async () => {
    const db = open();
    await db.classes.add({ id: 'c1', name: 'Year 5 Ash', ageBand: 'ks2', createdAt: 1 });
    await recordClassVote(
      db,
      { classId: 'c1', activityId: 'posting-kindly-ks2', locale: 'en', startedAt: 1 },
      {
        sceneId: 'start',
        counts: { kind: 12 },
        followed: 'kind',
        at: 2,
      },
    );
    expect((await progressOverview(db)).count).toBe(1);
  });
});
