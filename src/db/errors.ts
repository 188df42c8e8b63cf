/** Turns storage failures into the one thing a pupil or teacher needs to know. */

/**
 * What went wrong, as the person on the screen needs it:
 * - full: the device (or the browser's share of it) is out of space;
 * - unavailable: the browser keeps nothing here (private mode, storage turned off, IndexedDB missing);
 * - version: another tab holds a newer (or older) version of the database, after the site was updated;
 * - other: anything else.
 */
export const storageProblemKinds = ['full', 'unavailable', 'version', 'other'] as const;
export type StorageProblemKind = (typeof storageProblemKinds)[number];

/** A failed storage operation: its kind for the screen, and the error itself for a developer's console. */
export interface StorageProblem {
  readonly kind: StorageProblemKind;
  readonly error: unknown;
}

const FULL = ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'];
const UNAVAILABLE = ['MissingAPIError', 'InvalidStateError', 'SecurityError', 'NotAllowedError'];
// VersionError: the stored database is newer than this page (Dexie 4 mostly copes by itself). VersionChangeError
// and DatabaseClosedError: another tab upgraded it, and this page's connection was closed so the upgrade could go ahead.
const VERSION = ['VersionError', 'VersionChangeError', 'DatabaseClosedError'];

/** Every error name in the chain: Dexie wraps the browser's error (`inner`), bulk writes list theirs (`failures`). */
function errorNames(error: unknown): Set<string> {
  const names = new Set<string>();
  const queue: unknown[] = [error];
  // Bounded, in case an error object links back to itself.
  for (let seen = 0; queue.length > 0 && seen < 20; seen += 1) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    const { name, inner, cause, failures } = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    if (typeof name === 'string') names.add(name);
    queue.push(inner, cause);
    if (Array.isArray(failures)) queue.push(...failures.slice(0, 5));
  }
  return names;
}

export function classifyStorageError(error: unknown): StorageProblemKind {
  const names = errorNames(error);
  const has = (list: string[]) => list.some((name) => names.has(name));
  // A full disk is the most useful thing to say, even when Dexie reports it as an aborted transaction.
  if (has(FULL)) return 'full';
  if (has(VERSION)) return 'version';
  if (has(UNAVAILABLE)) return 'unavailable';
  return 'other';
}
