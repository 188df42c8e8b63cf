/**
 * The one way islands reach storage: `safely` loads the storage layer (lazily, see ./load), runs one
 * operation and returns its value or a typed problem, never a thrown error. Islands show the problem
 * with StorageAlert; none catches or ignores a storage error by hand. Pupils' islands use this
 * module (the pupils' storage); teachers' islands use ./teacher-safely, the same calls over the
 * whole storage layer, so a child's page never downloads the roster, reports and imports.
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

/** What a live query gives (Dexie's liveQuery Observable), without importing Dexie here. */
export interface Live<T> {
  subscribe(next: (value: T) => void, error: (error: unknown) => void): { unsubscribe(): void };
}

/** `safely` and `watch` over one lazily loaded storage layer (the pupils' or the teachers'). */
export function storageCalls<S>(load: () => Promise<S>) {
  async function safely<T>(work: (storage: S) => Promise<T> | T): Promise<Stored<T>> {
    try {
      return { ok: true, value: await work(await load()) };
    } catch (error) {
      // Loading the storage layer itself can fail too (an old cached page after an update): same alert.
      return { ok: false, problem: problemFrom(error) };
    }
  }

  /**
   * Follows a live query: each new value goes to `next` (again after every write, in this tab or
   * another), a failure to `fail` as a problem. Returns the stop function, so `$effect(() => watch(…))`
   * stops following when the screen changes.
   */
  function watch<T>(query: (storage: S) => Live<T>, next: (value: T) => void, fail: (problem: StorageProblem) => void): () => void {
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    const failed = (error: unknown) => {
      if (!stopped) fail(problemFrom(error));
    };
    load().then((storage) => {
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

  return { safely, watch };
}

export const { safely, watch } = storageCalls<Storage>(loadStorage);
