/**
 * The one IndexedDB database. Every schema version is declared here, in order, from its own file
 * in ./migrations; a later version adds its file and an upgrade function there, never edits an
 * older one, and brings a fixture made by the version before it (tests/fixtures/db/).
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Step } from '../lib/progress';
import type { Mistake } from '../lib/scoring';
import { v1 } from './migrations/v1';

export const DATABASE_NAME = 'terrific-tom';

export interface AttemptRecord {
  id: string;
  pupilId: string;
  kind: 'lesson' | 'game';
  /** The lesson or game id. */
  activityId: string;
  /** The language it was played in. */
  locale: string;
  status: 'in-progress' | 'complete';
  startedAt: number;
  updatedAt: number;
  /** Choices made, by id: never the text, so reports survive rewording and translation. */
  steps: Step[];
  /** The scene the pupil is on (for a lesson). */
  sceneId: string;
  finishedAt?: number;
  durationMs?: number;
  score?: number;
  maxScore?: number;
  stars?: number;
  mistakes?: Mistake[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export class TomDatabase extends Dexie {
  attempts!: EntityTable<AttemptRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const migration of [v1]) {
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
