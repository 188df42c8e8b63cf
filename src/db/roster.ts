/**
 * Classes and pupils. Deleting a pupil or a class deletes their attempts in the same
 * transaction: when a teacher removes a child, nothing about that child is left behind.
 */
import { liveQuery, type Observable } from 'dexie';
import type { TomDatabase } from './database';
import type { AttemptRecord, ClassRecord, PupilRecord } from '../lib/records';
import type { ClassVoteRecord } from '../lib/class-vote';
import type { AgeBand } from '../schemas/lesson';
import type { AvatarId } from '../lib/avatars';
import type { Consent } from '../lib/consent';
import { newId } from '../lib/ids';
import { byName } from '../lib/roster';
import { attemptsOf, attemptsOfPupils, putAttempts } from './packs';

export async function listClasses(db: TomDatabase): Promise<ClassRecord[]> {
  return (await db.classes.toArray()).sort(byName);
}

export async function pupilsIn(db: TomDatabase, classId: string): Promise<PupilRecord[]> {
  return (await db.pupils.where('classId').equals(classId).toArray()).sort(byName);
}

/** The classes and how many pupils each has (counted, not read), following every change. */
export function watchClasses(db: TomDatabase): Observable<{ classes: ClassRecord[]; counts: Record<string, number> }> {
  return liveQuery(async () => {
    const classes = await listClasses(db);
    const counts = await Promise.all(classes.map(async (c) => [c.id, await db.pupils.where('classId').equals(c.id).count()] as const));
    return { classes, counts: Object.fromEntries(counts) };
  });
}

/** A class's pupils, following every change. */
export function watchPupils(db: TomDatabase, classId: string): Observable<PupilRecord[]> {
  return liveQuery(() => pupilsIn(db, classId));
}

export async function getPupil(db: TomDatabase, pupilId: string): Promise<{ pupil: PupilRecord; group: ClassRecord } | undefined> {
  const pupil = await db.pupils.get(pupilId);
  const group = pupil && (await db.classes.get(pupil.classId));
  return pupil && group ? { pupil, group } : undefined;
}

export async function addClass(db: TomDatabase, name: string, ageBand: AgeBand): Promise<ClassRecord> {
  const record: ClassRecord = { id: newId(), name, ageBand, createdAt: Date.now() };
  await db.classes.add(record);
  return record;
}

export async function updateClass(db: TomDatabase, id: string, changes: Pick<ClassRecord, 'name' | 'ageBand'>): Promise<void> {
  await db.classes.update(id, { ...changes, updatedAt: Date.now() });
}

export async function addPupils(
  db: TomDatabase,
  classId: string,
  pupils: readonly { name: string; avatar: AvatarId }[],
): Promise<PupilRecord[]> {
  const now = Date.now();
  const records = pupils.map((p, i) => ({ id: newId(), classId, name: p.name, avatar: p.avatar, createdAt: now + i }));
  await db.transaction('rw', db.classes, db.pupils, async () => {
    if (!(await db.classes.get(classId))) throw new Error(`no class "${classId}"`);
    await db.pupils.bulkAdd(records);
  });
  return records;
}

export async function updatePupil(
  db: TomDatabase,
  id: string,
  changes: Partial<Pick<PupilRecord, 'name' | 'avatar' | 'classId'>>,
): Promise<void> {
  await db.transaction('rw', db.classes, db.pupils, async () => {
    if (changes.classId && !(await db.classes.get(changes.classId))) throw new Error(`no class "${changes.classId}"`);
    await db.pupils.update(id, { ...changes, updatedAt: Date.now() });
  });
}

/**
 * Records the family's social media consent answers for a pupil. The change is dated like a
 * rename, so when two devices' files are merged the answer given last wins.
 */
export async function setConsent(db: TomDatabase, id: string, consent: Consent): Promise<void> {
  await db.pupils.update(id, { consent: { images: consent.images, work: consent.work }, updatedAt: Date.now() });
}

/** What a removal took away, kept by the page for a short while so the teacher can undo it. */
export interface Removed {
  classes: ClassRecord[];
  pupils: PupilRecord[];
  attempts: AttemptRecord[];
  /** The class's whiteboard lessons (a class, not a pupil, removed); absent when none went. */
  classVotes?: ClassVoteRecord[];
}

/** Removes a pupil and every attempt of theirs in one transaction; returns them, for Undo. */
export async function deletePupil(db: TomDatabase, id: string): Promise<Removed> {
  return db.transaction('rw', db.pupils, db.pupilAttempts, async () => {
    const pupil = await db.pupils.get(id);
    const attempts = await attemptsOf(db, id);
    await db.pupilAttempts.delete(id);
    await db.pupils.delete(id);
    return { classes: [], pupils: pupil ? [pupil] : [], attempts };
  });
}

/** Removes a class, its pupils and their attempts in one transaction; returns them, for Undo. */
export async function deleteClass(db: TomDatabase, id: string): Promise<Removed> {
  return db.transaction('rw', db.classes, db.pupils, db.pupilAttempts, db.classVotes, async () => {
    const group = await db.classes.get(id);
    const pupils = await db.pupils.where('classId').equals(id).toArray();
    const pupilIds = pupils.map((p) => p.id);
    const attempts = await attemptsOfPupils(db, pupilIds);
    await db.pupilAttempts.bulkDelete(pupilIds);
    await db.pupils.bulkDelete(pupilIds);
    const classVotes = await db.classVotes.where('classId').equals(id).toArray();
    await db.classVotes.where('classId').equals(id).delete();
    await db.classes.delete(id);
    return { classes: group ? [group] : [], pupils, attempts, classVotes };
  });
}

/** Puts back what a removal took, exactly as it was (Undo). */
export async function putBack(db: TomDatabase, removed: Removed): Promise<void> {
  await db.transaction('rw', db.classes, db.pupils, db.pupilAttempts, db.classVotes, async () => {
    await db.classes.bulkPut(removed.classes);
    await db.pupils.bulkPut(removed.pupils);
    await putAttempts(db, removed.attempts);
    await db.classVotes.bulkPut(removed.classVotes ?? []);
  });
}

/**
 * The end of the year: every class, pupil and attempt on this device, and the date of the last
 * copy, gone in one transaction. The teacher PIN and the sound setting stay: they belong to the
 * device, not to any pupil.
 */
export async function deleteEverything(db: TomDatabase): Promise<void> {
  await db.transaction('rw', db.classes, db.pupils, db.pupilAttempts, db.classVotes, db.settings, async () => {
    await Promise.all([
      db.classes.clear(),
      db.pupils.clear(),
      db.pupilAttempts.clear(),
      db.classVotes.clear(),
      db.settings.delete('lastExportAt'),
    ]);
  });
}
