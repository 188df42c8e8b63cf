/**
 * Every schema version must open a database written by the version before it without losing
 * anything. Fixtures are written with the historic store declarations from src/db/migrations,
 * which never change once released.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TomDatabase } from '../../src/db/database';
import { v1 } from '../../src/db/migrations/v1';
import { v2 } from '../../src/db/migrations/v2';
import { v3 } from '../../src/db/migrations/v3';
import { v4 } from '../../src/db/migrations/v4';
import { v5 } from '../../src/db/migrations/v5';
import { getAttempt } from '../../src/db/attempts';
import { allAttempts } from '../../src/db/packs';

const historic = { 1: v1, 2: v2, 3: v3, 4: v4 } as const;

interface Fixture {
  version: keyof typeof historic;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixtures = readdirSync('tests/fixtures/db').filter((f) => /^v\d+-.*\.json$/.test(f));

describe('database upgrades', () => {
  it('has a fixture for every released schema version', () => {
    const versions = new Set(fixtures.map((f) => Number(/^v(\d+)-/.exec(f)![1])));
    expect([...versions].sort()).toEqual(Object.keys(historic).map(Number));
  });

  for (const file of fixtures) {
    it(`opens ${file} with the current schema without losing a record`, async () => {
      const fixture = JSON.parse(readFileSync(`tests/fixtures/db/${file}`, 'utf8')) as Fixture;
      const indexedDB = new IDBFactory();
      const old = new Dexie('terrific-tom', { indexedDB, IDBKeyRange });
      const migration = historic[fixture.version];
      old.version(migration.version).stores(migration.stores);
      await old.open();
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
      old.close();

      const current = new TomDatabase('terrific-tom', { indexedDB, IDBKeyRange });
      for (const [table, rows] of Object.entries(fixture.tables)) {
        // Since v5 attempts live packed one record per pupil: every one must still be there, and found by id.
        if (table === 'attempts') {
          const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
          expect([...(await allAttempts(current))].sort(byId)).toEqual([...(rows as unknown as { id: string }[])].sort(byId));
          for (const row of rows) expect(await getAttempt(current, String(row['id']))).toEqual(row);
          continue;
        }
        const key = current.table(table).schema.primKey.keyPath as string;
        const stored = await current.table(table).toArray();
        const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a[key]).localeCompare(String(b[key]));
        expect(stored.sort(byKey)).toEqual([...rows].sort(byKey));
      }
      expect(current.verno).toBe(v5.version);
      current.close();
    });
  }
});
