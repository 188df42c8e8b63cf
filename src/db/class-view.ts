/** What the teacher's class view reads: a class's pupils and all their attempts, and how much the device holds. */
import type { TomDatabase, AttemptRecord, PupilRecord } from './database';
import { pupilsIn } from './roster';

export async function classWithAttempts(db: TomDatabase, classId: string): Promise<{ pupils: PupilRecord[]; attempts: AttemptRecord[] }> {
  const pupils = await pupilsIn(db, classId);
  // One getAll per pupil: Dexie's anyOf walks a cursor, one event per attempt, several times slower.
  const attempts = (await Promise.all(pupils.map((p) => db.attempts.where('pupilId').equals(p.id).toArray()))).flat();
  return { pupils, attempts };
}

/** Every attempt on the device, counted without reading them (for the backup reminder). */
export async function attemptCount(db: TomDatabase): Promise<number> {
  return db.attempts.count();
}
