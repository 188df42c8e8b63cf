import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { defaultLocale, locales } from './src/i18n/config';
import { contentCheck } from './integrations/content-check';
import { inlineSmallStylesheets, lazyImportsSkipCss } from './integrations/small-styles-inline';
import { playerPeekHash } from './src/session/player-peek';
import { phaserSlim } from './integrations/phaser-slim';

export default defineConfig({
  // Set `site` to the school's address when deploying (used for canonical links only).
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [svelte({ compilerOptions: { discloseVersion: false } }), contentCheck()],
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    // Astro hashes its own scripts and styles into script-src and style-src. Everything else:
    // this origin only. Nothing is ever loaded from anywhere else.
    csp: {
      // The one inline script we write ourselves: who is playing, read before the first paint.
      scriptDirective: { hashes: [await playerPeekHash()] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self' data: blob:",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  // We use no Markdown code blocks; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // Small stylesheets go in the page (see integrations/small-styles-inline.ts); fonts and
      // pictures always stay files.
      assetsInlineLimit: inlineSmallStylesheets,
      rollupOptions: {
        output: {
          // Small modules the pupils' pages share (who is playing, replay, choice order and the
          // shuffle under it) go in one chunk, not four: each chunk costs its own bytes, and the
          // lesson page has 30 kB for everything before the first choice.
          manualChunks: (id: string) =>
            /\/src\/(lib\/(progress|choice-order|shuffle)|session\/player)\.ts$/.test(id) ? 'pupil-core' : undefined,
        },
      },
    },
    plugins: [lazyImportsSkipCss(), phaserSlim()],
    // Dexie's default entry wraps its ES5 build; the modern ES build is ~3 kB smaller gzipped.
    resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
  },
});
