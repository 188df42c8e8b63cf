/**
 * The one IndexedDB database. Every schema version is declared here, in order, from its own file
 * in ./migrations; a later version adds its file and an upgrade function there, never edits an
 * older one, and brings a fixture made by the version before it (tests/fixtures/db/).
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Step } from '../lib/progress';
import type { Mistake } from '../lib/scoring';
import type { AvatarId } from '../schemas/roster';
import type { AgeBand } from '../schemas/lesson';
import { v1 } from './migrations/v1';
import { v2 } from './migrations/v2';

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
  /** The pledge the pupil chose at the end (its id in the lesson). */
  pledgeId?: string;
}

export interface ClassRecord {
  id: string;
  /** As the teacher writes it, e.g. "Year 2 Oak". */
  name: string;
  /** Which lessons the class sees first. */
  ageBand: AgeBand;
  createdAt: number;
}

/** The least a shared device needs: a first name or nickname, an avatar, a class. */
export interface PupilRecord {
  id: string;
  classId: string;
  name: string;
  avatar: AvatarId;
  createdAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export class TomDatabase extends Dexie {
  attempts!: EntityTable<AttemptRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  classes!: EntityTable<ClassRecord, 'id'>;
  pupils!: EntityTable<PupilRecord, 'id'>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const migration of [v1, v2]) {
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
