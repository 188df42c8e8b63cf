/**
 * The progress file that moves classes, pupils, their attempts and the class's whiteboard votes between devices, and the rules
 * for merging one into what a device already has. Pure: no storage, no DOM.
 *
 * Merging is by id. When both sides hold a record with the same id, the newer one wins (then a
 * fixed order of their contents, so the result never depends on which file came first): merging
 * is the same whatever the order of the files, and merging a file twice changes nothing.
 * Attempts with different ids are all kept, so no pupil's work is ever lost in a merge; so are
 * whiteboard lessons (class votes), which keep their id wherever they go.
 */
import type { AttemptRecord, ClassRecord, PupilRecord } from './records';
import type { ClassVoteRecord } from './class-vote';
import { checkClassName, checkName } from './roster';

export const FORMAT = 'terrific-tom-progress';
/**
 * The version this copy of the site writes. Version 2 added pupils' social media consent: a copy
 * that only knows version 1 says such a file is from a newer version instead of calling it
 * damaged, and this copy still reads version 1 files (they hold no consent, and need none).
 * Version 3 added the class's whiteboard votes (`classVotes`): version 1 and 2 files have none,
 * and still import.
 */
export const FORMAT_VERSION = 3;
/** The oldest version this copy reads. */
export const OLDEST_FORMAT_VERSION = 1;

export interface ProgressData {
  classes: ClassRecord[];
  pupils: PupilRecord[];
  attempts: AttemptRecord[];
  /** Lessons taught to a whole class on the whiteboard; absent from files before version 3. */
  classVotes?: ClassVoteRecord[];
}

export interface PlainProgressFile {
  format: typeof FORMAT;
  formatVersion: number;
  /** When the file was made (ISO 8601). */
  exportedAt: string;
  data: ProgressData;
}

/** The same file with its data locked with a passphrase (AES-GCM, key from PBKDF2-SHA-256). */
export interface LockedProgressFile {
  format: typeof FORMAT;
  formatVersion: number;
  exportedAt: string;
  locked: {
    cipher: 'AES-GCM';
    kdf: 'PBKDF2-SHA-256';
    iterations: number;
    /** Base64. */
    salt: string;
    iv: string;
    data: string;
  };
}

export type ProgressFile = PlainProgressFile | LockedProgressFile;

/** The same file with its data locked: everything but `data` stays readable, so a reader can tell what it is. */
export async function lockedFile(
  file: PlainProgressFile,
  passphrase: string,
  lock: (plain: string, passphrase: string) => Promise<LockedProgressFile['locked']>,
): Promise<LockedProgressFile> {
  const { data, ...head } = file;
  return { ...head, locked: await lock(JSON.stringify(data), passphrase) };
}

/** How recent a version of a record is: attempts by their last change, classes and pupils by theirs or their creation. */
type Age<T> = (record: T) => number;
const classAge: Age<ClassRecord> = (c) => c.updatedAt ?? c.createdAt;
const pupilAge: Age<PupilRecord> = (p) => p.updatedAt ?? p.createdAt;
const attemptAge: Age<AttemptRecord> = (a) => a.updatedAt;
const voteAge: Age<ClassVoteRecord> = (v) => v.updatedAt;

/** A fixed text of a record with its keys in order, to break ties between records of equal age. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Which of two versions of the same record to keep: the newer; for an attempt, the one that went
 * further; then the larger text, so the choice never depends on the order they arrive in.
 */
export function newer<T>(age: Age<T>, a: T, b: T): T {
  if (age(a) !== age(b)) return age(a) > age(b) ? a : b;
  const steps = (r: T) => ((r as { steps?: unknown[]; votes?: unknown[] }).steps ?? (r as { votes?: unknown[] }).votes ?? []).length;
  if (steps(a) !== steps(b)) return steps(a) > steps(b) ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
}

const byIdOrder = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function mergeById<T extends { id: string }>(age: Age<T>, lists: readonly (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) {
    for (const record of list) {
      const held = byId.get(record.id);
      byId.set(record.id, held ? newer(age, held, record) : record);
    }
  }
  return [...byId.values()].sort(byIdOrder);
}

/** All the data merged into one, in id order. */
export function mergeProgress(...sets: readonly ProgressData[]): ProgressData {
  return {
    classes: mergeById(
      classAge,
      sets.map((s) => s.classes),
    ),
    pupils: mergeById(
      pupilAge,
      sets.map((s) => s.pupils),
    ),
    attempts: mergeById(
      attemptAge,
      sets.map((s) => s.attempts),
    ),
    classVotes: mergeById(
      voteAge,
      sets.map((s) => s.classVotes ?? []),
    ),
  };
}

export interface Counts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface MergePlan {
  /** Records to write: new ones, and newer versions of ones the device has. */
  put: ProgressData;
  counts: { classes: Counts; pupils: Counts; attempts: Counts; classVotes: Counts };
}

function planTable<T extends { id: string }>(age: Age<T>, have: readonly T[], incoming: readonly T[]): { put: T[]; counts: Counts } {
  const held = new Map(have.map((r) => [r.id, r]));
  const put: T[] = [];
  const counts: Counts = { added: 0, updated: 0, unchanged: 0 };
  for (const record of incoming) {
    const old = held.get(record.id);
    if (!old) {
      counts.added += 1;
      put.push(record);
    } else if (newer(age, old, record) !== old && canonical(record) !== canonical(old)) {
      counts.updated += 1;
      put.push(record);
    } else counts.unchanged += 1;
  }
  return { put, counts };
}

/** What importing the files into a device holding `existing` writes, and how much of it is new. */
export function planImport(existing: ProgressData, incoming: readonly ProgressData[]): MergePlan {
  const merged = mergeProgress(...incoming);
  const classes = planTable(classAge, existing.classes, merged.classes);
  const pupils = planTable(pupilAge, existing.pupils, merged.pupils);
  const attempts = planTable(attemptAge, existing.attempts, merged.attempts);
  const classVotes = planTable(voteAge, existing.classVotes ?? [], merged.classVotes ?? []);
  return {
    put: { classes: classes.put, pupils: pupils.put, attempts: attempts.put, classVotes: classVotes.put },
    counts: { classes: classes.counts, pupils: pupils.counts, attempts: attempts.counts, classVotes: classVotes.counts },
  };
}

// ---- what can be wrong with a file, and the checks that need no schema library ----

export type FileProblemCode =
  | 'too-big'
  | 'empty'
  | 'not-json'
  | 'not-progress-file'
  | 'newer-version'
  | 'older-version'
  | 'invalid'
  | 'unsafe-name'
  | 'duplicate-id'
  | 'missing-class'
  | 'missing-pupil'
  | 'needs-passphrase'
  | 'wrong-passphrase';

export interface FileProblem {
  code: FileProblemCode;
  /** Where in the file, e.g. "pupils → 3 → name" (1-based, as a person counts). */
  where?: string;
}

/** "pupils → 3 → name": the path of an issue, counting items from 1. */
export function where(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? String(p + 1) : String(p))).join(' → ');
}

/**
 * Checks data already in the right shape: safe names and no repeated ids; and, given what the
 * device holds, that every pupil's class and every attempt's pupil is in the data or on the device.
 */
export function checkData(
  data: ProgressData,
  onDevice?: { classIds: ReadonlySet<string>; pupilIds: ReadonlySet<string> },
): FileProblem | undefined {
  for (const [table, list] of [
    ['classes', data.classes],
    ['pupils', data.pupils],
    ['attempts', data.attempts],
    ['classVotes', data.classVotes ?? []],
  ] as const) {
    const seen = new Set<string>();
    for (const [i, record] of list.entries()) {
      if (seen.has(record.id)) return { code: 'duplicate-id', where: where([table, i, 'id']) };
      seen.add(record.id);
    }
  }
  for (const [i, group] of data.classes.entries()) {
    const check = checkClassName(group.name);
    if (!check.ok || check.name !== group.name) return { code: 'unsafe-name', where: where(['classes', i, 'name']) };
  }
  const classIds = new Set(data.classes.map((c) => c.id));
  for (const [i, pupil] of data.pupils.entries()) {
    const check = checkName(pupil.name);
    if (!check.ok || check.name !== pupil.name) return { code: 'unsafe-name', where: where(['pupils', i, 'name']) };
    if (onDevice && !classIds.has(pupil.classId) && !onDevice.classIds.has(pupil.classId))
      return { code: 'missing-class', where: where(['pupils', i, 'classId']) };
  }
  if (!onDevice) return undefined;
  const pupilIds = new Set(data.pupils.map((p) => p.id));
  for (const [i, attempt] of data.attempts.entries()) {
    if (!pupilIds.has(attempt.pupilId) && !onDevice.pupilIds.has(attempt.pupilId))
      return { code: 'missing-pupil', where: where(['attempts', i, 'pupilId']) };
  }
  for (const [i, vote] of (data.classVotes ?? []).entries()) {
    if (!classIds.has(vote.classId) && !onDevice.classIds.has(vote.classId))
      return { code: 'missing-class', where: where(['classVotes', i, 'classId']) };
  }
  return undefined;
}
