/**
 * Generates the service worker over the built site with Workbox (no hand-written caching): every
 * page, script, style, font and picture is precached on the first visit, so the whole site then
 * works with the network off. Runs after `astro build`.
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
  // Every file gets Workbox's own revision, even Vite's hashed ones: a build step edits some
  // chunks after Vite has named them (integrations/small-styles-inline.ts), so a name alone does
  // not prove the content is the same.
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);
