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

import { LAST_EXPORT } from './backup';

/** Every class and pupil, and every attempt that belongs to a pupil on this device. */
export async function exportData(db: TomDatabase): Promise<ProgressData> {
  return db.transaction('r', db.classes, db.pupils, db.attempts, async () => {
    const [classes, pupils, attempts] = await Promise.all([db.classes.toArray(), db.pupils.toArray(), db.attempts.toArray()]);
    const pupilIds = new Set(pupils.map((p) => p.id));
    // Attempts from before pupils existed ("device") belong to nobody a teacher can see: they stay here.
    return { classes, pupils, attempts: attempts.filter((a) => pupilIds.has(a.pupilId)) };
  });
}

/** How much the device holds, counted without reading it all (the export leaves "device" attempts out too). */
export async function deviceTotals(db: TomDatabase): Promise<{ classes: number; pupils: number; attempts: number }> {
  return db.transaction('r', db.classes, db.pupils, db.attempts, async () => {
    const [classes, pupils, attempts, legacy] = await Promise.all([
      db.classes.count(),
      db.pupils.count(),
      db.attempts.count(),
      db.attempts.where('pupilId').equals('device').count(),
    ]);
    return { classes, pupils, attempts: attempts - legacy };
  });
}

/** The plain progress file for this device, and a note of when it was made (for the backup reminder). */
export async function exportFile(db: TomDatabase, now = new Date()): Promise<PlainProgressFile> {
  const data = await exportData(db);
  await db.settings.put({ key: LAST_EXPORT, value: now.getTime() });
  return { format: FORMAT, formatVersion: FORMAT_VERSION, exportedAt: now.toISOString(), data };
}

export { lastExportAt } from './backup';

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
 * Merges checked files' data into the device in one transaction. Each file's links must be whole
 * once the other files and the device are counted (a tablet's file may name a class the teacher's
 * laptop already has). Throws ImportProblem, having written nothing, when they are not.
 */
export async function importData(db: TomDatabase, files: readonly ProgressData[]): Promise<MergePlan['counts']> {
  return db.transaction('rw', db.classes, db.pupils, db.attempts, async () => {
    const [classes, pupils, attempts] = await Promise.all([db.classes.toArray(), db.pupils.toArray(), db.attempts.toArray()]);
    const onDevice = { classIds: new Set(classes.map((c) => c.id)), pupilIds: new Set(pupils.map((p) => p.id)) };
    const everything = {
      classIds: new Set([...onDevice.classIds, ...files.flatMap((f) => f.classes.map((c) => c.id))]),
      pupilIds: new Set([...onDevice.pupilIds, ...files.flatMap((f) => f.pupils.map((p) => p.id))]),
    };
    for (const [i, file] of files.entries()) {
      const problem = checkData(file, everything);
      if (problem) throw new ImportProblem(problem, i);
    }
    const plan = planImport({ classes, pupils, attempts }, files);
    await db.classes.bulkPut(plan.put.classes);
    await db.pupils.bulkPut(plan.put.pupils);
    await db.attempts.bulkPut(plan.put.attempts);
    return plan.counts;
  });
}
