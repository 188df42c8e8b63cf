/**
 * What the teacher's progress screens read: the classes with the backup reminder's facts, a
 * class's pupils and all their attempts (and its whiteboard votes), and one pupil's attempts for their own page.
 */
import type { TomDatabase } from './database';
import type { AttemptRecord, ClassRecord, PupilRecord } from '../lib/records';
import { getPupil, listClasses, pupilsIn } from './roster';
import { lastExportAt } from './backup';
import { classVotesFor } from './class-votes';
import { attemptsOf, attemptsOfPupils, attemptTotals } from './packs';
import type { ClassVoteRecord } from '../lib/class-vote';

export async function classWithAttempts(
  db: TomDatabase,
  classId: string,
): Promise<{ pupils: PupilRecord[]; attempts: AttemptRecord[]; classVotes: ClassVoteRecord[] }> {
  const pupils = await pupilsIn(db, classId);
  // One record per pupil (their pack), read by primary key: IndexedDB's cost is per record.
  const attempts = await attemptsOfPupils(
    db,
    pupils.map((p) => p.id),
  );
  // The lessons the whole class voted through on the whiteboard (not any pupil's).
  const classVotes = await classVotesFor(db, classId);
  return { pupils, attempts, classVotes };
}

/** Every attempt on the device, summed over the pupils' packs (for the backup reminder). */
export async function attemptCount(db: TomDatabase): Promise<number> {
  return (await attemptTotals(db)).all;
}

/** The class progress screen's first read: every class, when a copy was last saved, how much is held. */
export async function progressOverview(
  db: TomDatabase,
): Promise<{ classes: ClassRecord[]; lastExport: number | undefined; count: number }> {
  // Whiteboard lessons count too: a class that only had those still has something to lose.
  const [classes, lastExport, attempts, votes] = await Promise.all([
    listClasses(db),
    lastExportAt(db),
    attemptCount(db),
    db.classVotes.count(),
  ]);
  return { classes, lastExport, count: attempts + votes };
}

/** One pupil, their class and their attempts only: a page for one family reads nothing of anyone else. */
export async function pupilWithAttempts(
  db: TomDatabase,
  pupilId: string,
): Promise<{ pupil: PupilRecord; group: ClassRecord; attempts: AttemptRecord[] } | undefined> {
  const found = await getPupil(db, pupilId);
  if (!found) return undefined;
  const attempts = await attemptsOf(db, pupilId);
  return { ...found, attempts };
}
