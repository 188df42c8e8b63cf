/** Turns storage failures into the one thing a pupil or teacher needs to know. */
export type StorageProblem = 'full' | 'unavailable' | 'other';

export function classifyStorageError(error: unknown): StorageProblem {
  const names = new Set<string>();
  let e: unknown = error;
  // Dexie wraps the browser's error; look through the chain.
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.add(name);
    e = inner;
  }
  if (names.has('QuotaExceededError')) return 'full';
  if (names.has('MissingAPIError') || names.has('InvalidStateError') || names.has('SecurityError')) return 'unavailable';
  return 'other';
}
