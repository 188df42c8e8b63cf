/**
 * Combining tablets never duplicates a class silently: a class that matches one on the device by
 * name and age band but not by id stops the import until the teacher answers, and each answer does
 * what it says (merge: one class, pupils matched by name, their attempts re-pointed; keep apart:
 * two classes). Pure rules first, then on Dexie over fake-indexeddb through the site's own code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TomDatabase } from '../../src/db/database';
import { addClass, addPupils } from '../../src/db/roster';
import { recordStep, saveGameResult } from '../../src/db/attempts';
import { ClassQuestion, exportData, findClassMatches, importData } from '../../src/db/transfer';
import { applyClassDecisions, classMatches, nameKey } from '../../src/lib/progress-file-classes';
import { gameAttempt } from '../../src/lib/game-attempt';
import type { ProgressData } from '../../src/lib/progress-file';
import type { ClassRecord, PupilRecord } from '../../src/lib/records';
import { allAttempts } from '../../src/db/packs';

let factory = new IDBFactory();
let dbCount = 0;
const open = () => new TomDatabase(`classes-${(dbCount += 1)}`, { indexedDB: factory, IDBKeyRange });
afterEach(() => {
  factory = new IDBFactory();
});

const oak = (id: string, name = 'Year 2 Oak', ageBand: 'ks1' | 'ks2' = 'ks1', createdAt = 1): ClassRecord => ({
  id,
  name,
  ageBand,
  createdAt,
});
const pupil = (id: string, classId: string, name: string, createdAt = 1): PupilRecord => ({ id, classId, name, avatar: 'fox', createdAt });

describe('finding a class that is already here under another id', () => {
  it('compares names as a teacher would: case, extra spaces and how an accent is typed do not count', () => {
    expect(nameKey('  Year 2   OAK ')).toBe(nameKey('year 2 oak'));
    expect(nameKey('Blwyddyn 2 Siân')).toBe(nameKey('blwyddyn 2 Sia\u0302n'));
    expect(nameKey('Year 2 Oak')).not.toBe(nameKey('Year 2 Ash'));
  });

  it('matches by name and age band, not when the id is already here, once per class however many files hold it', () => {
    const device = [oak('d1'), oak('d2', 'Year 5 Ash', 'ks2')];
    const file = (classes: ClassRecord[]): ProgressData => ({ classes, pupils: [], attempts: [] });
    const matches = classMatches(device, [
      file([oak('t1', 'year 2 oak'), oak('d1'), oak('t2', 'Year 5 Ash', 'ks1'), oak('t3', 'Year 3 Elm')]),
      file([oak('t1', 'year 2 oak'), oak('t4', 'YEAR 5  ASH', 'ks2')]),
    ]);
    expect(matches.map((m) => [m.incoming.id, m.device.id, m.fileIndex])).toEqual([
      ['t1', 'd1', 0],
      ['t4', 'd2', 1],
    ]);
  });

  it('never asks about two classes of the same name in one file: that device kept them apart on purpose', () => {
    const file: ProgressData = { classes: [oak('a'), oak('b', 'year 2 oak')], pupils: [], attempts: [] };
    expect(classMatches([], [file])).toEqual([]);
    expect(classMatches([], [file, { ...file, classes: [oak('c')] }]).map((m) => [m.incoming.id, m.device.id])).toEqual([['c', 'a']]);
  });
});

describe("carrying out the teacher's answers", () => {
  const device = { classes: [oak('d1')], pupils: [pupil('dp-sian', 'd1', 'Siân'), pupil('dp-leo', 'd1', 'Leo')] };
  const tablet = (id: string, pupils: PupilRecord[]): ProgressData => ({
    classes: [oak(id, 'year 2 oak', 'ks1', 5)],
    pupils,
    attempts: pupils.map((p, i) => ({
      id: `a-${p.id}`,
      pupilId: p.id,
      kind: 'lesson' as const,
      activityId: 'posting-kindly-ks1',
      locale: 'en',
      status: 'in-progress' as const,
      startedAt: 10 + i,
      updatedAt: 10 + i,
      steps: [],
      sceneId: 'start',
    })),
  });

  it('merging drops the class, makes same-named pupils one (across tablets too) and re-points their attempts', () => {
    const a = tablet('t1', [pupil('t1-sian', 't1', 'siân ', 2), pupil('t1-zara', 't1', 'Zara', 3)]);
    const b = tablet('t2', [pupil('t2-zara', 't2', 'ZARA', 4)]);
    const { files, merged } = applyClassDecisions(
      [a, b],
      device,
      new Map([
        ['t1', 'd1'],
        ['t2', 'd1'],
      ]),
    );
    expect(merged).toEqual({ classes: 2, pupils: 2 });
    expect(files.flatMap((f) => f.classes)).toEqual([]);
    expect(files.flatMap((f) => f.pupils)).toEqual([{ ...pupil('t1-zara', 'd1', 'Zara', 3) }]);
    expect(files.flatMap((f) => f.attempts).map((x) => [x.id, x.pupilId])).toEqual([
      ['a-t1-sian', 'dp-sian'],
      ['a-t1-zara', 't1-zara'],
      ['a-t2-zara', 't1-zara'],
    ]);
  });

  it('two tablets that each typed the class in, brought to a device without it: the later is asked about, and merges into the earlier', () => {
    const a = tablet('t1', [pupil('t1-sian', 't1', 'Siân', 2)]);
    const b = {
      ...tablet('t2', [pupil('t2-sian', 't2', 'SIÂN', 3), pupil('t2-zara', 't2', 'Zara', 4)]),
      classes: [oak('t2', 'Year 2 Oak', 'ks1', 6)],
    };
    const matches = classMatches([], [a, b]);
    expect(matches.map((m) => [m.incoming.id, m.device.id, m.deviceFileIndex, m.fileIndex])).toEqual([['t2', 't1', 0, 1]]);
    const { files, merged } = applyClassDecisions([a, b], { classes: [], pupils: [] }, new Map([['t2', 't1']]));
    expect(merged).toEqual({ classes: 1, pupils: 1 });
    expect(files.flatMap((f) => f.classes).map((c) => c.id)).toEqual(['t1']);
    expect(files.flatMap((f) => f.pupils).map((p) => [p.id, p.classId])).toEqual([
      ['t1-sian', 't1'],
      ['t2-zara', 't1'],
    ]);
    expect(files.flatMap((f) => f.attempts).map((x) => x.pupilId)).toEqual(['t1-sian', 't1-sian', 't2-zara']);
  });

  it('keeping apart, or a merge into a class no longer here, changes nothing in the files', () => {
    const a = tablet('t1', [pupil('t1-sian', 't1', 'Siân')]);
    expect(applyClassDecisions([a], device, new Map([['t1', null]]))).toEqual({ files: [a], merged: { classes: 0, pupils: 0 } });
    expect(applyClassDecisions([a], device, new Map([['t1', 'gone']]))).toEqual({ files: [a], merged: { classes: 0, pupils: 0 } });
  });
});

describe('importing a tablet whose class was typed in by hand', () => {
  /** A device with "Year 2 Oak" set up by hand, and Siân's first choice in a lesson there. */
  async function deviceWithOak(name: string, pupils: string[]) {
    const db = open();
    const group = await addClass(db, name, 'ks1');
    const added = await addPupils(
      db,
      group.id,
      pupils.map((n) => ({ name: n, avatar: 'owl' as const })),
    );
    const first = added[0]!;
    await recordStep(db, {
      pupilId: first.id,
      activityId: 'posting-kindly-ks1',
      attemptId: undefined,
      locale: 'en',
      startedAt: Date.now(),
      step: { sceneId: 'the-photo', choiceId: 'ask-first', at: Date.now() },
      sceneId: 'ava-says-no',
    });
    await saveGameResult(
      db,
      gameAttempt(
        {
          gameId: 'photo-check',
          score: 1,
          maxScore: 2,
          durationMs: 9_000,
          mistakes: [{ itemId: 'party-cake/zara', chosen: 'leave', misconception: 'background-does-not-matter' }],
        },
        { pupilId: first.id, locale: 'en', finishedAt: Date.now() },
      ),
    );
    return { db, group, pupils: added };
  }

  const snapshot = async (db: TomDatabase) => ({
    classes: await db.classes.toArray(),
    pupils: await db.pupils.toArray(),
    attempts: await allAttempts(db),
  });

  it('asks before storing anything; merging gives one class, one Siân with every attempt, and a second import adds nothing', async () => {
    const tablet = await deviceWithOak('year 2  OAK', ['Siân', 'Zara']);
    const file = await exportData(tablet.db);
    const laptop = await deviceWithOak('Year 2 Oak', ['Siân', 'Leo']);
    const before = await snapshot(laptop.db);

    const asked = await importData(laptop.db, [file]).catch((e: unknown) => e);
    expect(asked).toBeInstanceOf(ClassQuestion);
    expect((asked as ClassQuestion).matches.map((m) => [m.incoming.id, m.device.id])).toEqual([[tablet.group.id, laptop.group.id]]);
    expect(await findClassMatches(laptop.db, [file])).toEqual((asked as ClassQuestion).matches);
    expect(await snapshot(laptop.db)).toEqual(before);

    const decisions = new Map([[tablet.group.id, laptop.group.id]]);
    const counts = await importData(laptop.db, [file], decisions);
    expect(counts.merged).toEqual({ classes: 1, pupils: 1 });
    expect(counts.classes.added).toBe(0);
    const after = await snapshot(laptop.db);
    expect(after.classes.map((c) => c.id)).toEqual([laptop.group.id]);
    expect(after.pupils.map((p) => [p.name, p.classId]).sort()).toEqual([
      ['Leo', laptop.group.id],
      ['Siân', laptop.group.id],
      ['Zara', laptop.group.id],
    ]);
    const sian = laptop.pupils[0]!.id;
    // Both devices' Siân: her lesson and her Photo Check round from each, all hers now.
    expect(after.attempts).toHaveLength(4);
    expect(after.attempts.every((a) => a.pupilId === sian)).toBe(true);

    const again = await importData(laptop.db, [file], decisions);
    expect(again.attempts.added + again.pupils.added + again.classes.added).toBe(0);
    expect(await snapshot(laptop.db)).toEqual(after);
  });

  it('keeping apart adds the class as it is, and asks no more once it is here by id', async () => {
    const tablet = await deviceWithOak('Year 2 Oak', ['Siân']);
    const file = await exportData(tablet.db);
    const laptop = await deviceWithOak('Year 2 Oak', ['Siân']);
    const counts = await importData(laptop.db, [file], new Map([[tablet.group.id, null]]));
    expect(counts.merged).toEqual({ classes: 0, pupils: 0 });
    expect(counts.classes.added).toBe(1);
    expect((await laptop.db.classes.toArray()).map((c) => c.id).sort()).toEqual([laptop.group.id, tablet.group.id].sort());
    expect(await laptop.db.pupils.count()).toBe(2);
    expect(await findClassMatches(laptop.db, [file])).toEqual([]);
    await expect(importData(laptop.db, [file])).resolves.toMatchObject({ classes: { added: 0, unchanged: 1 } });
  });

  it('two tablets brought at once to a laptop without the class: asked, then one class with one Siân', async () => {
    const first = await deviceWithOak('Year 2 Oak', ['Siân']);
    const second = await deviceWithOak('year 2 oak', ['Siân', 'Zara']);
    const files = [await exportData(first.db), await exportData(second.db)];
    const laptop = open();
    const asked = await importData(laptop, files).catch((e: unknown) => e);
    expect(asked).toBeInstanceOf(ClassQuestion);
    expect(await laptop.classes.count()).toBe(0);
    await importData(laptop, files, new Map([[second.group.id, first.group.id]]));
    expect((await laptop.classes.toArray()).map((c) => c.id)).toEqual([first.group.id]);
    expect((await laptop.pupils.toArray()).map((p) => p.name).sort()).toEqual(['Siân', 'Zara']);
    expect(new Set((await allAttempts(laptop)).map((a) => a.pupilId))).toEqual(new Set([first.pupils[0]!.id]));
  });
});
