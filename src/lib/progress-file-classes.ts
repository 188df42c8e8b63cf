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
  /** The class with the same name and age band: on this device, or else in an earlier file. */
  device: ClassRecord;
  /** Where that class is: undefined when it is on this device, else its file (0-based). */
  deviceFileIndex?: number;
  /** The first file (0-based) the incoming class is in, to name it to the teacher. */
  fileIndex: number;
}

/** Incoming class id → the class to merge it into (on the device or in the files), or null to keep it as a class of its own. */
export type ClassDecisions = ReadonlyMap<string, string | null>;

const oldestFirst = <T extends { id: string; createdAt: number }>(a: T, b: T) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Each class in the files that is not on the device by id but matches another by name and age
 * band: one on the device first, else the first such class in another file (two tablets that each
 * typed the class in by hand, brought together at once). Classes in the same file are never asked
 * about: one device already keeps them apart on purpose.
 */
export function classMatches(device: readonly ClassRecord[], files: readonly ProgressData[]): ClassMatch[] {
  const ids = new Set(device.map((c) => c.id));
  const key = (c: ClassRecord) => `${c.ageBand} ${nameKey(c.name)}`;
  const anchors = new Map<string, { group: ClassRecord; fileIndex?: number }[]>();
  const anchor = (group: ClassRecord, fileIndex?: number) =>
    anchors.set(key(group), [...(anchors.get(key(group)) ?? []), { group, ...(fileIndex === undefined ? {} : { fileIndex }) }]);
  for (const group of [...device].sort(oldestFirst)) anchor(group);
  const matches: ClassMatch[] = [];
  const seen = new Set<string>();
  for (const [fileIndex, file] of files.entries()) {
    for (const incoming of file.classes) {
      if (ids.has(incoming.id) || seen.has(incoming.id)) continue;
      seen.add(incoming.id);
      const match = anchors.get(key(incoming))?.find((a) => a.fileIndex !== fileIndex);
      if (!match) anchor(incoming, fileIndex);
      else
        matches.push({
          incoming,
          device: match.group,
          ...(match.fileIndex === undefined ? {} : { deviceFileIndex: match.fileIndex }),
          fileIndex,
        });
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
 * files) becomes that pupil, and every attempt of theirs is re-pointed; the class's whiteboard
 * lessons move to the class it joins. Attempts and whiteboard lessons keep their own ids, so
 * nothing is lost or doubled, and importing the same file again changes nothing.
 */
export function applyClassDecisions(
  files: readonly ProgressData[],
  device: { classes: readonly ClassRecord[]; pupils: readonly PupilRecord[] },
  decisions: ClassDecisions,
): ClassMerge {
  const incomingClasses = new Set(files.flatMap((f) => f.classes.map((c) => c.id)));
  const into = new Map<string, string>();
  for (const [incomingId, targetId] of decisions) {
    const known = targetId !== null && (device.classes.some((c) => c.id === targetId) || incomingClasses.has(targetId));
    // A class is merged into one that stays: never into one that is itself merged away.
    if (known && !decisions.get(targetId)) into.set(incomingId, targetId);
  }
  if (into.size === 0) return { files: [...files], merged: { classes: 0, pupils: 0 } };

  // Who is who in each class that receives pupils: its own pupils first (the device's, then the
  // files'), oldest first; then the pupils joining it.
  const named = new Map<string, string>();
  const key = (classId: string, name: string) => `${classId} ${nameKey(name)}`;
  const own = [...device.pupils, ...files.flatMap((f) => f.pupils).filter((p) => !into.has(p.classId))];
  for (const pupil of own.sort(oldestFirst)) {
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

  // A pupil who turns out to be one already known brings their family's consent answers when
  // theirs is the newer record: the answer given last must win here too, as in a merge by id, or
  // an older "yes" on this device would outlive a newer "no" from the tablet.
  const age = (p: PupilRecord) => p.updatedAt ?? p.createdAt;
  const known = new Map<string, PupilRecord>();
  for (const pupil of [...device.pupils, ...files.flatMap((f) => f.pupils)]) {
    const held = known.get(pupil.id);
    if (!held || age(pupil) > age(held)) known.set(pupil.id, pupil);
  }
  const withNewerConsent = (pupils: readonly PupilRecord[]): PupilRecord[] => {
    const out = new Map(pupils.map((p) => [p.id, p]));
    for (const from of pupils) {
      const to = pupilTo.get(from.id);
      const target = to === undefined || to === from.id ? undefined : (out.get(to) ?? known.get(to));
      if (!target || !from.consent || age(from) <= age(target)) continue;
      if (target.consent?.images === from.consent.images && target.consent.work === from.consent.work) continue;
      out.set(target.id, { ...target, consent: from.consent, updatedAt: age(from) });
    }
    return [...out.values()];
  };

  const mapped = files.map((file) => ({
    classes: file.classes.filter((c) => !into.has(c.id)),
    pupils: withNewerConsent(file.pupils).flatMap((p) => {
      const classId = into.get(p.classId);
      if (classId === undefined) return [p];
      return pupilTo.get(p.id) === p.id ? [{ ...p, classId }] : [];
    }),
    attempts: file.attempts.map((a) => {
      const pupilId = pupilTo.get(a.pupilId);
      return pupilId === undefined || pupilId === a.pupilId ? a : { ...a, pupilId };
    }),
    ...(file.classVotes
      ? {
          classVotes: file.classVotes.map((v) => {
            const classId = into.get(v.classId);
            return classId === undefined ? v : { ...v, classId };
          }),
        }
      : {}),
  }));
  const matchedPupils = [...pupilTo].filter(([from, to]) => from !== to).length;
  return { files: mapped, merged: { classes: into.size, pupils: matchedPupils } };
}
