import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { TomDatabase } from '../../src/db/database';
import { classifyStorageError } from '../../src/db/errors';
import { safely, watch, type StorageProblem } from '../../src/db/safely';
import { safely as teacherSafely } from '../../src/db/teacher-safely';
import { addClass, addPupils, listClasses, watchClasses } from '../../src/db/roster';

let factory = new IDBFactory();
const open = (name = 'test') => new TomDatabase(name, { indexedDB: factory, IDBKeyRange });
const { add, put, getAll } = IDBObjectStore.prototype;
afterEach(() => {
  factory = new IDBFactory();
  Object.assign(IDBObjectStore.prototype, { add, put, getAll });
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('what kind of storage problem an error is', () => {
  it('a full disk, however Dexie wraps it', () => {
    expect(classifyStorageError(quota())).toBe('full');
    // A transaction the browser aborted at commit because the disk filled up.
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', quota()))).toBe('full');
    // One record of a bulk write failed.
    expect(classifyStorageError(new Dexie.BulkError('1 of 2 failed', { 1: quota() }))).toBe('full');
    expect(classifyStorageError(Object.assign(new Error('x'), { cause: quota() }))).toBe('full');
  });

  it('storage the browser does not offer here', () => {
    expect(classifyStorageError(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(classifyStorageError(new Dexie.OpenFailedError(new DOMException('denied', 'SecurityError')))).toBe('unavailable');
    expect(classifyStorageError(new DOMException('private', 'InvalidStateError'))).toBe('unavailable');
  });

  it('a database another tab has upgraded or closed', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('version');
    expect(classifyStorageError(new Dexie.OpenFailedError(new DOMException('newer', 'VersionError')))).toBe('version');
  });

  it('anything else, and things that are not errors at all', () => {
    expect(classifyStorageError(new TypeError('x'))).toBe('other');
    expect(classifyStorageError(new Dexie.ConstraintError('key exists'))).toBe('other');
    expect(classifyStorageError(undefined)).toBe('other');
    expect(classifyStorageError('a string')).toBe('other');
    // An error that links back to itself does not loop.
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(classifyStorageError(loop)).toBe('other');
  });
});

describe('safely', () => {
  it('hands back the value of a storage operation that worked', async () => {
    const db = open();
    const added = await safely(() => addClass(db, 'Year 2 Oak', 'ks1'));
    expect(added).toEqual({ ok: true, value: expect.objectContaining({ name: 'Year 2 Oak' }) });
  });

  it('hands the storage layer to the operation', async () => {
    const read = await safely((storage) => typeof storage.recordStep);
    expect(read).toEqual({ ok: true, value: 'function' });
  });

  it("gives a pupil's page only the pupils' storage, and a teacher's page all of it", async () => {
    const pupils = await safely((storage) => Object.keys(storage).sort());
    const teachers = await teacherSafely((storage) => Object.keys(storage).sort());
    if (!pupils.ok || !teachers.ok) throw new Error('the storage layer did not load');
    expect(pupils.value).toEqual(expect.arrayContaining(['recordStep', 'saveGameResult', 'getPupil', 'summariesFor']));
    // Removing, importing and reporting are the teacher's, and stay out of every child's download.
    for (const call of ['deletePupil', 'putBack', 'classWithAttempts', 'recordClassVote', 'savePin']) {
      expect(pupils.value).not.toContain(call);
      expect(teachers.value).toContain(call);
    }
    expect(teachers.value).toEqual(expect.arrayContaining(pupils.value));
  });

  it('a write on a full disk comes back as a problem, not a throw, and what was saved before stays', async () => {
    const db = open();
    const group = await addClass(db, 'Year 4 Elm', 'ks2');
    IDBObjectStore.prototype.add = () => {
      throw quota();
    };
    const refused = await safely(() => addPupils(db, group.id, [{ name: 'Leo', avatar: 'fox' }]));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problem.kind).toBe('full');
    expect(classifyStorageError(refused.problem.error)).toBe('full');
    IDBObjectStore.prototype.add = add;
    const reopened = open();
    expect((await listClasses(reopened)).map((c) => c.name)).toEqual(['Year 4 Elm']);
    expect(await reopened.pupils.count()).toBe(0);
  });

  it('a database closed under the page (as when another tab upgrades it) is a version problem', async () => {
    const mine = open();
    await listClasses(mine);
    mine.close({ disableAutoOpen: true });
    const read = await safely(() => listClasses(mine));
    expect(read.ok ? 'worked' : read.problem.kind).toBe('version');
  });
});

describe('watch', () => {
  // liveQuery stays silent where the environment has no IndexedDB of its own (Node): give it this test's.
  beforeEach(() => {
    Dexie.dependencies.indexedDB = factory;
    Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  });

  /** The values a watch has seen, and a way to wait for the next one that passes a test. */
  function follow(db: TomDatabase) {
    const seen: { classes: string[]; counts: number[] }[] = [];
    const problems: StorageProblem[] = [];
    const stop = watch(
      () => watchClasses(db),
      (view) => seen.push({ classes: view.classes.map((c) => c.name), counts: view.classes.map((c) => view.counts[c.id] ?? 0) }),
      (problem) => problems.push(problem),
    );
    return { seen, problems, stop };
  }

  it('follows every write without being asked again, and stops when told', async () => {
    const db = open();
    const { seen, stop } = follow(db);
    await expect.poll(() => seen.at(-1)).toEqual({ classes: [], counts: [] });
    const group = await addClass(db, 'Year 2 Oak', 'ks1');
    await expect.poll(() => seen.at(-1)).toEqual({ classes: ['Year 2 Oak'], counts: [0] });
    await addPupils(db, group.id, [
      { name: 'Ava', avatar: 'fox' },
      { name: 'Sam', avatar: 'owl' },
    ]);
    await expect.poll(() => seen.at(-1)).toEqual({ classes: ['Year 2 Oak'], counts: [2] });
    stop();
    const before = seen.length;
    await addClass(db, 'Year 3 Ash', 'ks2');
    expect(await listClasses(db)).toHaveLength(2);
    expect(seen).toHaveLength(before);
  });

  it('a query that fails comes back as a problem, not a throw', async () => {
    const db = open();
    await listClasses(db);
    // What Chromium reports when it cannot read its files.
    IDBObjectStore.prototype.getAll = () => {
      throw new DOMException('Internal error.', 'UnknownError');
    };
    const { seen, problems, stop } = follow(db);
    await expect.poll(() => problems.map((p) => p.kind)).toEqual(['other']);
    expect(seen).toEqual([]);
    stop();
  });

  it('a live query that cannot even start comes back as a problem', async () => {
    const problems: StorageProblem[] = [];
    const stop = watch(
      () => {
        throw quota();
      },
      () => undefined,
      (problem) => problems.push(problem),
    );
    await expect.poll(() => problems.map((p) => p.kind)).toEqual(['full']);
    stop();
  });
});
