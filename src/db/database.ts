/**
 * The one IndexedDB database. Every schema version is declared here, in order, from its own file
 * in ./migrations; a later version adds its file and an upgrade function there, never edits an
 * older one, and brings a fixture made by the version before it (tests/fixtures/db/).
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { AttemptRecord, ClassRecord, PupilRecord, SettingRecord } from '../lib/records';
import { v1 } from './migrations/v1';
import { v2 } from './migrations/v2';
import { v3 } from './migrations/v3';

export const DATABASE_NAME = 'terrific-tom';

export type { AttemptRecord, ClassRecord, PupilRecord, SettingRecord } from '../lib/records';

export class TomDatabase extends Dexie {
  attempts!: EntityTable<AttemptRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  classes!: EntityTable<ClassRecord, 'id'>;
  pupils!: EntityTable<PupilRecord, 'id'>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const migration of [v1, v2, v3]) {
      this.version(migration.version).stores(migration.stores);
    }
  }
}

let shared: TomDatabase | undefined;

/** The page's database, opened on first use. */
export function database(): TomDatabase {
  shared ??= new TomDatabase();
  return shared;
}
