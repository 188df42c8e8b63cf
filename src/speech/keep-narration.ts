/**
 * Keeping every recording of a language on this device, for tablets that go offline before each
 * lesson has been read aloud once. The files go into the service worker's narration cache
 * (build-sw.ts), which then serves them with the network off.
 */
const CACHE = 'narration';

/** Every recording's file name for a language, from the index the build writes beside them. */
export async function narrationFiles(lang: string): Promise<string[]> {
  const response = await fetch(`/audio/narration/${lang}/index.json`);
  const { groups } = (await response.json()) as { groups: Record<string, string[]> };
  return [...new Set(Object.values(groups).flat())].map((key) => `/audio/narration/${lang}/${key}.mp3`);
}

/** How many of the files are kept already. */
export async function countKept(files: readonly string[]): Promise<number> {
  if (!('caches' in window)) return 0;
  const cache = await caches.open(CACHE);
  const found = await Promise.all(files.map((file) => cache.match(file)));
  return found.filter(Boolean).length;
}

/** Whether a service worker controls the page, without which nothing would be kept. */
export const canKeep = () => Boolean(navigator.serviceWorker?.controller) && 'caches' in window;

/**
 * Asks for every file not yet kept, a few at a time, reporting progress; returns how many failed
 * (the device went offline, or storage is full). A file already kept costs nothing.
 */
export async function keepAll(files: readonly string[], progress: (done: number) => void): Promise<number> {
  const cache = await caches.open(CACHE);
  let done = 0;
  let failed = 0;
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      // Put straight into the service worker's cache: its own copy is written a moment after the
      // response reaches the page, so waiting on that would race.
      if (!(await cache.match(file))) await cache.add(file).catch(() => (failed += 1));
      progress((done += 1));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return failed;
}
