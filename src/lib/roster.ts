/**
 * Rules for the class roster, with no storage: what a pupil's name may be, and which avatar a
 * new pupil gets. Store the least that works: a first name or nickname, never a full name.
 */
import { avatarIds, type AvatarId } from './avatars';

export const NAME_MAX = 24;
export const CLASS_NAME_MAX = 40;

export type NameProblem = 'empty' | 'too-long' | 'odd-characters' | 'taken';

export type NameCheck = { ok: true; name: string } | { ok: false; problem: NameProblem };

/**
 * Tidies a typed name (spaces trimmed and squeezed) and says what is wrong with it, if anything.
 * Letters in any language, digits, spaces, apostrophes, hyphens and full stops are allowed, so
 * "Siân", "D'Arcy" and "Jo-Jo B." work; markup such as "<b>" is refused rather than stored.
 * `taken` compares case-insensitively with the other names in the same class.
 */
export function checkName(raw: string, taken: readonly string[] = [], max = NAME_MAX): NameCheck {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name.length === 0) return { ok: false, problem: 'empty' };
  if (!/^[\p{L}\p{M}\p{N} '’.-]+$/u.test(name)) return { ok: false, problem: 'odd-characters' };
  if ([...name].length > max) return { ok: false, problem: 'too-long' };
  const lower = name.toLocaleLowerCase();
  if (taken.some((t) => t.toLocaleLowerCase() === lower)) return { ok: false, problem: 'taken' };
  return { ok: true, name };
}

/** Class names are freer ("Year 2 / Oak (Mrs Evans)") but still plain text of a sensible length. */
export function checkClassName(raw: string, taken: readonly string[] = []): NameCheck {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name.length === 0) return { ok: false, problem: 'empty' };
  if (/[<>{}\\`\p{Cc}]/u.test(name)) return { ok: false, problem: 'odd-characters' };
  if ([...name].length > CLASS_NAME_MAX) return { ok: false, problem: 'too-long' };
  if (taken.some((t) => t.toLocaleLowerCase() === name.toLocaleLowerCase())) return { ok: false, problem: 'taken' };
  return { ok: true, name };
}

/**
 * Names pasted one per line (or separated by commas), tidied, with each line's problem.
 * Duplicates within the paste count as taken too.
 */
export function checkNameList(text: string, taken: readonly string[]): { line: string; check: NameCheck }[] {
  const seen = [...taken];
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const check = checkName(line, seen);
      if (check.ok) seen.push(check.name);
      return { line, check };
    });
}

/** The avatar least used in the class, so a class of up to forty gets forty different animals. */
export function nextAvatar(used: readonly AvatarId[]): AvatarId {
  const counts = new Map<AvatarId, number>(avatarIds.map((id) => [id, 0]));
  for (const id of used) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: AvatarId = avatarIds[0];
  for (const id of avatarIds) if (counts.get(id)! < counts.get(best)!) best = id;
  return best;
}

/**
 * The animals the picker offers a pupil: those no other pupil in the class has, and the pupil's
 * own, so two children never share one. A new pupil in a class that has used every animal (over
 * forty) is offered them all.
 */
export function avatarChoices(othersInClass: readonly AvatarId[], own?: AvatarId): AvatarId[] {
  const taken = new Set(othersInClass);
  const free = avatarIds.filter((id) => id === own || !taken.has(id));
  return free.length > 0 ? free : [...avatarIds];
}

/** Sorts names the way a teacher reads a register: alphabetically, ignoring case and accents. */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });
}
