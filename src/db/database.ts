/**
 * The one IndexedDB database. Every schema version is declared here, in order, from its own file
 * in ./migrations; a later version adds its file (with an `upgrade` function when records must
 * change, not only indexes), never edits an older one, and brings a fixture made by the version
 * before it (tests/fixtures/db/).
 */
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { ClassRecord, PupilRecord, SettingRecord } from '../lib/records';
import type { PupilAttempts } from './packs';
import type { ClassVoteRecord } from '../lib/class-vote';
import { v1 } from './migrations/v1';
import { v2 } from './migrations/v2';
import { v3 } from './migrations/v3';
import { v4 } from './migrations/v4';
import { v5 } from './migrations/v5';

export const DATABASE_NAME = 'terrific-tom';

/** One schema version: its tables and indexes, and how to change records stored by the one before. */
export interface Migration {
  version: number;
  /** A table set to null is deleted (its records moved first by `upgrade`). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export type { AttemptRecord, ClassRecord, PupilRecord, SettingRecord } from '../lib/records';
export type { PupilAttempts } from './packs';
export type { ClassVoteRecord } from '../lib/class-vote';

export class TomDatabase extends Dexie {
  /** One record per pupil holding all their attempts (v5): IndexedDB costs per record, not per byte. */
  pupilAttempts!: EntityTable<PupilAttempts, 'pupilId'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  classes!: EntityTable<ClassRecord, 'id'>;
  pupils!: EntityTable<PupilRecord, 'id'>;
  classVotes!: EntityTable<ClassVoteRecord, 'id'>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    const migrations: readonly Migration[] = [v1, v2, v3, v4, v5];
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }
}

let shared: TomDatabase | undefined;

/** The page's database, opened on first use. */
export function database(): TomDatabase {
  shared ??= new TomDatabase();
  return shared;
}
