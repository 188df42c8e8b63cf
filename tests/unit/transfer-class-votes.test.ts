/**
 * A class's whiteboard lessons (its votes) travel with its data: in the device's file and back,
 * into another device merged by id, into a class merged by name without being doubled, and a
 * file from before votes still imports. A damaged whiteboard lesson in a file is left out and
 * said, and everything else in the file still comes in. Dexie over fake-indexeddb.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TomDatabase } from '../../src/db/database';
import { addClass, addPupils } from '../../src/db/roster';
import { recordStep } from '../../src/db/attempts';
import { finishClassVote, recordClassVote } from '../../src/db/class-votes';
import { ClassQuestion, deviceTotals, exportData, exportFile, importData } from '../../src/db/transfer';
import { lockedFile } from '../../src/lib/progress-file';
import { openProgressFile, readProgressFile } from '../../src/lib/progress-file-check';
import { lock, unlock } from '../../src/lib/file-lock';
import { MAX_HANDS } from '../../src/lib/class-vote';

let factory = new IDBFactory();
let dbCount = 0;
const open = () => new TomDatabase(`votes-${(dbCount += 1)}`, { indexedDB: factory, IDBKeyRange });
afterEach(() => {
  factory = new IDBFactory();
});

const DAY = Date.UTC(2026, 10, 27, 9);

/** A laptop with "Year 2 Oak", Siân's lesson on a tablet, and a lesson the class had on the whiteboard. */
async function laptopWithOak(name = 'Year 2 Oak') {
  const db = open();
  const group = await addClass(db, name, 'ks1');
  const [sian] = await addPupils(db, group.id, [{ name: 'Siân', avatar: 'fox' }]);
  await recordStep(db, {
    pupilId: sian!.id,
    activityId: 'posting-kindly-ks1',
    attemptId: undefined,
    locale: 'en',
    startedAt: DAY,
    step: { sceneId: 'meet-tom', choiceId: 'kind', at: DAY + 1 },
    sceneId: 'osian-posts',
  });
  const start = { classId: group.id, activityId: 'posting-kindly-ks1', locale: 'en', startedAt: DAY + 100 };
  const voteId = await recordClassVote(db, start, {
    sceneId: 'meet-tom',
    counts: { kind: 20, laugh: 8 },
    followed: 'laugh',
    at: DAY + 200,
  });
  await recordClassVote(db, { ...start, id: voteId }, { sceneId: 'osian-posts', counts: {}, followed: 'tell', at: DAY + 300 });
  await finishClassVote(db, voteId, DAY + 400, 'be-kind');
  return { db, group, voteId };
}

describe('whiteboard lessons in the device file', () => {
  it('the backup holds them, says how many there are, and a wiped device gets them back exactly, plain or locked', async () => {
    const { db, voteId } = await laptopWithOak();
    expect(await deviceTotals(db)).toEqual({ classes: 1, pupils: 1, attempts: 1, classVotes: 1 });
    const before = await db.classVotes.toArray();
    const file = await exportFile(db);
    expect(file.formatVersion).toBe(3);
    expect(file.data.classVotes?.map((v) => v.id)).toEqual([voteId]);
    const plain = JSON.stringify(file);
    const locked = JSON.stringify(await lockedFile(file, 'Bore da Derwen', (text, pass) => lock(text, pass, 100_000)));
    await db.delete();

    for (const text of [plain, locked]) {
      const opened = await openProgressFile(text, 'Bore da Derwen', unlock);
      if (!opened.ok) throw new Error(`refused: ${opened.problem.code}`);
      expect(opened.votesLeftOut).toBeUndefined();
      const fresh = open();
      const counts = await importData(fresh, [opened.value]);
      expect(counts.classVotes).toEqual({ added: 1, updated: 0, unchanged: 0 });
      expect(await fresh.classVotes.toArray()).toStrictEqual(before);
      // The same file again: nothing doubled, nothing changed.
      expect((await importData(fresh, [opened.value])).classVotes).toEqual({ added: 0, updated: 0, unchanged: 1 });
      expect(await fresh.classVotes.count()).toBe(1);
    }
  });

  it('a whiteboard lesson carried on after the file was made comes in as the newer one', async () => {
    const { db, voteId, group } = await laptopWithOak();
    const older = await exportData(db);
    const start = { id: voteId, classId: group.id, activityId: 'posting-kindly-ks1', locale: 'en', startedAt: DAY + 100 };
    await recordClassVote(db, start, { sceneId: 'ava-laughs', counts: { tell: 27 }, followed: 'tell', at: DAY + 500 });
    const newer = await exportData(db);
    const other = open();
    await importData(other, [newer, older]);
    expect((await other.classVotes.get(voteId))?.votes.map((v) => v.sceneId)).toEqual(['meet-tom', 'osian-posts', 'ava-laughs']);
  });

  it('a file from before votes (version 2, none in it) still imports whole', async () => {
    const { db } = await laptopWithOak();
    const { classVotes, ...data } = await exportData(db);
    expect(classVotes).toHaveLength(1);
    const text = JSON.stringify({ format: 'terrific-tom-progress', formatVersion: 2, exportedAt: new Date(DAY).toISOString(), data });
    const opened = await openProgressFile(text, '', unlock);
    if (!opened.ok) throw new Error(`refused: ${opened.problem.code} at ${opened.problem.where}`);
    expect(opened.votesLeftOut).toBeUndefined();
    const fresh = open();
    const counts = await importData(fresh, [opened.value]);
    expect(counts.pupils.added + counts.attempts.added).toBe(2);
    expect(await fresh.classVotes.count()).toBe(0);
  });

  it('leaves out a damaged whiteboard lesson, says where, and adds everything else in the file', async () => {
    const { db, voteId } = await laptopWithOak();
    const file = await exportFile(db);
    const good = file.data.classVotes![0]!;
    const tooMany = {
      ...good,
      id: 'c0e00000-0000-4000-8000-000000000002',
      votes: [{ ...good.votes[0]!, counts: { kind: MAX_HANDS + 1 } }],
    };
    const noClass = { ...good, id: 'c0e00000-0000-4000-8000-000000000003', classId: 'c1a55000-0000-4000-8000-0000000000ff' };
    const twice = { ...good };
    const text = JSON.stringify({ ...file, data: { ...file.data, classVotes: [good, tooMany, 'not a lesson', noClass, twice] } });
    const read = readProgressFile(text);
    expect(read.ok).toBe(true);
    const opened = await openProgressFile(text, '', unlock);
    if (!opened.ok) throw new Error(`refused: ${opened.problem.code} at ${opened.problem.where}`);
    expect(opened.votesLeftOut).toEqual({ count: 4, where: 'data → classVotes → 2 → votes → 1 → counts → kind' });
    const fresh = open();
    const counts = await importData(fresh, [opened.value]);
    expect([counts.classes.added, counts.pupils.added, counts.attempts.added, counts.classVotes.added]).toEqual([1, 1, 1, 1]);
    expect((await fresh.classVotes.toArray()).map((v) => v.id)).toEqual([voteId]);

    // Locked, the same: left out and said, the rest added.
    const lockedText = JSON.stringify(
      await lockedFile({ ...file, data: { ...file.data, classVotes: [tooMany] } }, 'Bore da Derwen', (t, p) => lock(t, p, 100_000)),
    );
    const unlocked = await openProgressFile(lockedText, 'Bore da Derwen', unlock);
    expect(unlocked).toMatchObject({ ok: true, votesLeftOut: { count: 1, where: 'data → classVotes → 1 → votes → 1 → counts → kind' } });
    expect(unlocked.ok && unlocked.value.classVotes).toEqual([]);
  });
});

describe('whiteboard lessons of a class merged by name', () => {
  it('follow the class they join, and importing the same file twice keeps each once', async () => {
    const tablet = await laptopWithOak('year 2  OAK');
    const file = await exportData(tablet.db);
    const laptop = await laptopWithOak('Year 2 Oak');
    // Nothing is stored until the teacher answers.
    await expect(importData(laptop.db, [file])).rejects.toBeInstanceOf(ClassQuestion);
    expect(await laptop.db.classVotes.count()).toBe(1);

    const merge = new Map([[tablet.group.id, laptop.group.id]]);
    const first = await importData(laptop.db, [file], merge);
    expect(first.classVotes).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const second = await importData(laptop.db, [file], merge);
    expect(second.classVotes).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const votes = await laptop.db.classVotes.toArray();
    expect(votes.map((v) => [v.id, v.classId]).sort()).toEqual(
      [
        [laptop.voteId, laptop.group.id],
        [tablet.voteId, laptop.group.id],
      ].sort(),
    );
    expect(await laptop.db.classes.count()).toBe(1);
  });

  it('stay with their own class when it is kept apart', async () => {
    const tablet = await laptopWithOak('Year 2 Oak');
    const laptop = await laptopWithOak('Year 2 Oak');
    await importData(laptop.db, [await exportData(tablet.db)], new Map([[tablet.group.id, null]]));
    expect((await laptop.db.classVotes.get(tablet.voteId))?.classId).toBe(tablet.group.id);
    expect(await laptop.db.classes.count()).toBe(2);
  });
});
