import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { TomDatabase } from '../../src/db/database';
import { classifyStorageError } from '../../src/db/errors';
import { safely } from '../../src/db/safely';
import { addClass, addPupils, listClasses } from '../../src/db/roster';

let factory = new IDBFactory();
const open = (name = 'test') => new TomDatabase(name, { indexedDB: factory, IDBKeyRange });
const { add, put } = IDBObjectStore.prototype;
afterEach(() => {
  factory = new IDBFactory();
  IDBObjectStore.prototype.add = add;
  IDBObjectStore.prototype.put = put;
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
