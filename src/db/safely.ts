/**
 * The one way islands reach storage: `safely` loads the storage layer (lazily, see ./load), runs one
 * operation and returns its value or a typed problem, never a thrown error. Islands show the problem
 * with StorageAlert; none catches or ignores a storage error by hand.
 */
import { classifyStorageError, type StorageProblem } from './errors';
import { loadStorage, type Storage } from './load';

export type { StorageProblem, StorageProblemKind } from './errors';
export type { Storage } from './load';

export type Stored<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: StorageProblem };

/** Turns a failure into a problem; exported for the tests and for work that does not need the storage layer. */
export function problemFrom(error: unknown): StorageProblem {
  return { kind: classifyStorageError(error), error };
}

export async function safely<T>(work: (storage: Storage) => Promise<T> | T): Promise<Stored<T>> {
  try {
    return { ok: true, value: await work(await loadStorage()) };
  } catch (error) {
    // Loading the storage layer itself can fail too (an old cached page after an update): same alert.
    return { ok: false, problem: problemFrom(error) };
  }
}

/** What a live query gives (Dexie's liveQuery Observable), without importing Dexie here. */
export interface Live<T> {
  subscribe(next: (value: T) => void, error: (error: unknown) => void): { unsubscribe(): void };
}

/**
 * Follows a live query: each new value goes to `next` (again after every write, in this tab or
 * another), a failure to `fail` as a problem. Returns the stop function, so `$effect(() => watch(…))`
 * stops following when the screen changes.
 */
export function watch<T>(
  query: (storage: Storage) => Live<T>,
  next: (value: T) => void,
  fail: (problem: StorageProblem) => void,
): () => void {
  let stopped = false;
  let subscription: { unsubscribe(): void } | undefined;
  const failed = (error: unknown) => {
    if (!stopped) fail(problemFrom(error));
  };
  loadStorage().then((storage) => {
    if (stopped) return;
    try {
      subscription = query(storage).subscribe((value) => {
        if (!stopped) next(value);
      }, failed);
    } catch (error) {
      failed(error);
    }
  }, failed);
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}
