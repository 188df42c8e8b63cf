/**
 * The storage layer, loaded on demand. Dexie is ~30 kB gzipped; pages import this instead of the
 * modules below, so the first scene is on screen and interactive before Dexie arrives.
 */
export const loadStorage = () => import('./storage-api');
export type Storage = Awaited<ReturnType<typeof loadStorage>>;
