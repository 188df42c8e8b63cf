/**
 * Moving progress between devices: everything the device holds about its classes, as one file,
 * and files from other devices merged in. An import checks everything first and writes inside one
 * transaction, so it either adds all of it or changes nothing.
 */
import type { TomDatabase } from './database';
import {
  checkData,
  FORMAT,
  FORMAT_VERSION,
  planImport,
  type FileProblem,
  type MergePlan,
  type PlainProgressFile,
  type ProgressData,
} from '../lib/progress-file';

import { applyClassDecisions, classMatches, undecided, type ClassDecisions, type ClassMatch } from '../lib/progress-file-classes';
import { LAST_EXPORT } from './backup';
import { allAttempts, attemptTotals, regroup } from './packs';

/**
 * Every class and pupil, every attempt that belongs to a pupil on this device, and every lesson a
 * class had on the whiteboard (its votes), so a class's whole record moves to a new laptop.
 */
export async function exportData(db: TomDatabase): Promise<ProgressData> {
  return db.transaction('r', db.classes, db.pupils, db.pupilAttempts, db.classVotes, async () => {
    const [classes, pupils, attempts, classVotes] = await Promise.all([
      db.classes.toArray(),
      db.pupils.toArray(),
      allAttempts(db),
      db.classVotes.toArray(),
    ]);
    const pupilIds = new Set(pupils.map((p) => p.id));
    const classIds = new Set(classes.map((c) => c.id));
    // Attempts from before pupils existed ("device") belong to nobody a teacher can see: they stay here.
    return {
      classes,
      pupils,
      attempts: attempts.filter((a) => pupilIds.has(a.pupilId)),
      classVotes: classVotes.filter((v) => classIds.has(v.classId)),
    };
  });
}

/** How much the device holds (attempts summed over the packs; the export leaves "device" attempts out too). */
export async function deviceTotals(db: TomDatabase): Promise<{ classes: number; pupils: number; attempts: number; classVotes: number }> {
  return db.transaction('r', db.classes, db.pupils, db.pupilAttempts, db.classVotes, async () => {
    const [classes, pupils, { all, legacy }, classVotes] = await Promise.all([
      db.classes.count(),
      db.pupils.count(),
      attemptTotals(db),
      db.classVotes.count(),
    ]);
    return { classes, pupils, attempts: all - legacy, classVotes };
  });
}

/** The plain progress file for this device, and a note of when it was made (for the backup reminder). */
export async function exportFile(db: TomDatabase, now = new Date()): Promise<PlainProgressFile> {
  const data = await exportData(db);
  await db.settings.put({ key: LAST_EXPORT, value: now.getTime() });
  return { format: FORMAT, formatVersion: FORMAT_VERSION, exportedAt: now.toISOString(), data };
}

/** Why an import changed nothing: the problem, and which file it was in (0-based), if one file. */
export class ImportProblem extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly fileIndex?: number,
  ) {
    super(`import refused: ${problem.code}${problem.where ? ` at ${problem.where}` : ''}`);
    this.name = 'ImportProblem';
  }
}

/**
 * The files hold a class that is on this device under another id (same name and age band): the
 * teacher must say, for each, whether to merge it or keep it apart. Nothing has been written.
 */
export class ClassQuestion extends Error {
  constructor(readonly matches: ClassMatch[]) {
    super(`import needs a decision about ${matches.length} class(es)`);
    this.name = 'ClassQuestion';
  }
}

/** Classes in the files that match one on this device by name and age band but not by id (read only). */
export async function findClassMatches(db: TomDatabase, files: readonly ProgressData[]): Promise<ClassMatch[]> {
  return classMatches(await db.classes.toArray(), files);
}

export interface ImportCounts extends Counts {
  /** Classes merged into one already on the device, and pupils matched by name inside them. */
  merged: { classes: number; pupils: number };
}
type Counts = MergePlan['counts'];

/**
 * Merges checked files' data into the device in one transaction. Each file's links must be whole
 * once the other files and the device are counted (a tablet's file may name a class the teacher's
 * laptop already has). Throws ImportProblem, having written nothing, when they are not; throws
 * ClassQuestion, having written nothing, while a class that matches one here by name has no answer
 * in `decisions`.
 */
export async function importData(
  db: TomDatabase,
  files: readonly ProgressData[],
  decisions: ClassDecisions = new Map(),
): Promise<ImportCounts> {
  return db.transaction('rw', db.classes, db.pupils, db.pupilAttempts, db.classVotes, async () => {
    const [classes, pupils, packs, classVotes] = await Promise.all([
      db.classes.toArray(),
      db.pupils.toArray(),
      db.pupilAttempts.toArray(),
      db.classVotes.toArray(),
    ]);
    const attempts = packs.flatMap((p) => p.attempts);
    const open = undecided(classMatches(classes, files), decisions);
    if (open.length > 0) throw new ClassQuestion(open);
    const folded = applyClassDecisions(files, { classes, pupils }, decisions);
    const onDevice = { classIds: new Set(classes.map((c) => c.id)), pupilIds: new Set(pupils.map((p) => p.id)) };
    const everything = {
      classIds: new Set([...onDevice.classIds, ...folded.files.flatMap((f) => f.classes.map((c) => c.id))]),
      pupilIds: new Set([...onDevice.pupilIds, ...folded.files.flatMap((f) => f.pupils.map((p) => p.id))]),
    };
    for (const [i, file] of folded.files.entries()) {
      const problem = checkData(file, everything);
      if (problem) throw new ImportProblem(problem, i);
    }
    const plan = planImport({ classes, pupils, attempts, classVotes }, folded.files);
    await db.classes.bulkPut(plan.put.classes);
    await db.pupils.bulkPut(plan.put.pupils);
    await db.pupilAttempts.bulkPut(regroup(packs, plan.put.attempts));
    await db.classVotes.bulkPut(plan.put.classVotes ?? []);
    return { ...plan.counts, merged: folded.merged };
  });
}
