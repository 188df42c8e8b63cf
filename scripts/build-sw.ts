/**
 * Generates the service worker over the built site with Workbox (no hand-written caching): every
 * page, script, style, font and picture is precached on the first visit, so the whole site then
 * works with the network off (the narration's recordings are kept as they are first used, below).
 * Runs after `astro build`.
 */
import { generateSW } from 'workbox-build';

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,woff2,svg,png,webmanifest,json,wav}'],
  globIgnores: ['sw.js'],
  swDest: 'dist/sw.js',
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  // Wait for the pupil or teacher to accept an update (the prompt in UpdatePrompt.astro), but
  // take control on the very first visit so everything is available offline at once.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  directoryIndex: 'index.html',
  // Narration (public/audio/narration, a few MB per language) is not precached: a device keeps the
  // recordings of a lesson once read-aloud is first used there (src/speech/narration.ts). A file's
  // name is a hash of its text, so a kept file is never stale.
  runtimeCaching: [
    {
      urlPattern: /\/audio\/narration\/[a-z]+\/[0-9a-z]+\.mp3$/,
      handler: 'CacheFirst',
      options: {
        cacheName: 'narration',
        cacheableResponse: { statuses: [200] },
        // Both languages' files, with room for a change of text.
        expiration: { maxEntries: 2000 },
      },
    },
  ],
  // Every file gets Workbox's own revision, even Vite's hashed ones: a build step edits some
  // chunks after Vite has named them (integrations/small-styles-inline.ts), so a name alone does
  // not prove the content is the same.
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);
