/**
 * Classes that arrive in a progress file under another id than the same class on this device
 * (typed in by hand on each tablet, say). Importing matches by id, so without a word such a class
 * would be added twice. These rules find them so the teacher can be asked, and carry out the
 * answer: merge into the device's class (pupils with the same name become one pupil, their
 * attempts follow them) or keep it apart. Pure: no storage, no DOM.
 */
import type { ClassRecord, PupilRecord } from './records';
import type { ProgressData } from './progress-file';

/** How a teacher would compare names: case, accents written either way, and spaces do not count. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export interface ClassMatch {
  /** The class as it is in the file. */
  incoming: ClassRecord;
  /** The class on this device with the same name and age band. */
  device: ClassRecord;
  /** The first file (0-based) the class is in, to name it to the teacher. */
  fileIndex: number;
}

/** Incoming class id → the device class to merge it into, or null to keep it as a class of its own. */
export type ClassDecisions = ReadonlyMap<string, string | null>;

const oldestFirst = <T extends { id: string; createdAt: number }>(a: T, b: T) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Each class in the files that is not on the device by id but matches one there by name and age band. */
export function classMatches(device: readonly ClassRecord[], files: readonly ProgressData[]): ClassMatch[] {
  const ids = new Set(device.map((c) => c.id));
  const byKey = new Map<string, ClassRecord>();
  for (const group of [...device].sort(oldestFirst)) {
    const key = `${group.ageBand} ${nameKey(group.name)}`;
    if (!byKey.has(key)) byKey.set(key, group);
  }
  const matches: ClassMatch[] = [];
  const seen = new Set<string>();
  for (const [fileIndex, file] of files.entries()) {
    for (const incoming of file.classes) {
      if (ids.has(incoming.id) || seen.has(incoming.id)) continue;
      seen.add(incoming.id);
      const match = byKey.get(`${incoming.ageBand} ${nameKey(incoming.name)}`);
      if (match) matches.push({ incoming, device: match, fileIndex });
    }
  }
  return matches;
}

/** The matches the teacher has not answered yet: an import must not go ahead while there are any. */
export function undecided(matches: readonly ClassMatch[], decisions: ClassDecisions): ClassMatch[] {
  return matches.filter((m) => !decisions.has(m.incoming.id));
}

export interface ClassMerge {
  /** The files with merged classes folded into the device's: ready for the ordinary check and merge by id. */
  files: ProgressData[];
  /** Classes merged into one on the device, and pupils in the files who turned out to be a pupil already there. */
  merged: { classes: number; pupils: number };
}

/**
 * Carries out the teacher's answers. A merged class's record is dropped and its pupils join the
 * device's class; a pupil whose name matches one already in that class (or one met earlier in the
 * files) becomes that pupil, and every attempt of theirs is re-pointed. Attempts keep their own
 * ids, so nothing a pupil did is lost, and importing the same file again changes nothing.
 */
export function applyClassDecisions(
  files: readonly ProgressData[],
  device: { classes: readonly ClassRecord[]; pupils: readonly PupilRecord[] },
  decisions: ClassDecisions,
): ClassMerge {
  const into = new Map<string, string>();
  for (const [incomingId, deviceId] of decisions) {
    if (deviceId !== null && device.classes.some((c) => c.id === deviceId)) into.set(incomingId, deviceId);
  }
  if (into.size === 0) return { files: [...files], merged: { classes: 0, pupils: 0 } };

  // Who is who in each class that receives pupils: the device's pupils first, oldest first.
  const named = new Map<string, string>();
  const key = (classId: string, name: string) => `${classId} ${nameKey(name)}`;
  for (const pupil of [...device.pupils].sort(oldestFirst)) {
    if (!named.has(key(pupil.classId, pupil.name))) named.set(key(pupil.classId, pupil.name), pupil.id);
  }
  const incomingPupils = files.flatMap((f) => f.pupils).filter((p) => into.has(p.classId));
  const pupilTo = new Map<string, string>();
  for (const pupil of [...incomingPupils].sort(oldestFirst)) {
    if (pupilTo.has(pupil.id)) continue;
    const k = key(into.get(pupil.classId)!, pupil.name);
    const same = named.get(k);
    if (same === undefined) named.set(k, pupil.id);
    pupilTo.set(pupil.id, same ?? pupil.id);
  }

  const mapped = files.map((file) => ({
    classes: file.classes.filter((c) => !into.has(c.id)),
    pupils: file.pupils.flatMap((p) => {
      const classId = into.get(p.classId);
      if (classId === undefined) return [p];
      return pupilTo.get(p.id) === p.id ? [{ ...p, classId }] : [];
    }),
    attempts: file.attempts.map((a) => {
      const pupilId = pupilTo.get(a.pupilId);
      return pupilId === undefined || pupilId === a.pupilId ? a : { ...a, pupilId };
    }),
  }));
  const matchedPupils = [...pupilTo].filter(([from, to]) => from !== to).length;
  return { files: mapped, merged: { classes: into.size, pupils: matchedPupils } };
}
