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
