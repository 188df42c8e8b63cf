/**
 * Each pupil's attempts live packed in one record (schema v5): reading a class is one record per
 * pupil, not one per attempt. Callers change a pack inside their own transaction (read it, change
 * it, put it back), so a closed tab leaves no half-step and two writes to one pupil serialize.
 */
import type { TomDatabase } from './database';
import type { AttemptRecord } from '../lib/records';

export interface PupilAttempts {
  pupilId: string;
  /** The attempts' ids, indexed (multiEntry) so an attempt is found by its id alone. */
  attemptIds: string[];
  attempts: AttemptRecord[];
}

/** A pack holding exactly these attempts (their ids follow them). */
export function packOf(pupilId: string, attempts: AttemptRecord[]): PupilAttempts {
  return { pupilId, attemptIds: attempts.map((a) => a.id), attempts };
}

/** One pupil's attempts ([] when they have none). */
export async function attemptsOf(db: TomDatabase, pupilId: string): Promise<AttemptRecord[]> {
  return (await db.pupilAttempts.get(pupilId))?.attempts ?? [];
}

/** Several pupils' attempts, flat, in one read of their packs. */
export async function attemptsOfPupils(db: TomDatabase, pupilIds: readonly string[]): Promise<AttemptRecord[]> {
  return (await db.pupilAttempts.bulkGet([...pupilIds])).flatMap((pack) => pack?.attempts ?? []);
}

/** Every attempt on the device, flat, in id order (as the attempts table gave them before v5, so files stay the same). */
export async function allAttempts(db: TomDatabase): Promise<AttemptRecord[]> {
  const all = (await db.pupilAttempts.toArray()).flatMap((pack) => pack.attempts);
  return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The pack holding this attempt, if any. */
export async function packHolding(db: TomDatabase, attemptId: string): Promise<PupilAttempts | undefined> {
  return db.pupilAttempts.where('attemptIds').equals(attemptId).first();
}

/** Stores a pupil's attempts as their pack, or removes the pack when none are left. */
export async function putPack(db: TomDatabase, pupilId: string, attempts: AttemptRecord[]): Promise<void> {
  if (attempts.length === 0) await db.pupilAttempts.delete(pupilId);
  else await db.pupilAttempts.put(packOf(pupilId, attempts));
}

/** Puts attempts (new, or replacing ones with the same id) into their pupils' packs; call inside a transaction. */
export async function putAttempts(db: TomDatabase, attempts: readonly AttemptRecord[]): Promise<void> {
  const held = await db.pupilAttempts.bulkGet([...new Set(attempts.map((a) => a.pupilId))]);
  await db.pupilAttempts.bulkPut(
    regroup(
      held.filter((p) => p !== undefined),
      attempts,
    ),
  );
}

/**
 * How many attempts the device holds, and how many of them are the old "device" ones. Counted on
 * the attempt-id index (one entry per attempt), so no pupil's attempts are read to count them.
 */
export async function attemptTotals(db: TomDatabase): Promise<{ all: number; legacy: number }> {
  const [all, legacy] = await Promise.all([db.pupilAttempts.orderBy('attemptIds').count(), attemptsOf(db, 'device')]);
  return { all, legacy: legacy.length };
}

/**
 * The packs to write once `put` is applied to what the device holds: only the pupils whose
 * attempts changed, each pack whole. An attempt that now names another pupil leaves its old pack.
 */
export function regroup(held: readonly PupilAttempts[], put: readonly AttemptRecord[]): PupilAttempts[] {
  if (put.length === 0) return [];
  const lists = new Map(held.map((p) => [p.pupilId, p.attempts]));
  const ownerOf = new Map<string, string>();
  for (const p of held) for (const id of p.attemptIds) ownerOf.set(id, p.pupilId);
  const changed = new Map<string, Map<string, AttemptRecord>>();
  const open = (pupilId: string) => {
    let byId = changed.get(pupilId);
    if (!byId) {
      byId = new Map((lists.get(pupilId) ?? []).map((a) => [a.id, a]));
      changed.set(pupilId, byId);
    }
    return byId;
  };
  for (const a of put) {
    const owner = ownerOf.get(a.id);
    if (owner !== undefined && owner !== a.pupilId) open(owner).delete(a.id);
    ownerOf.set(a.id, a.pupilId);
    open(a.pupilId).set(a.id, a);
  }
  // A pupil left with no attempts keeps an empty pack: harmless, and the import stays one bulkPut.
  return [...changed].map(([pupilId, byId]) => packOf(pupilId, [...byId.values()]));
}
