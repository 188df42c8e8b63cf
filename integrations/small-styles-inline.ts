/**
 * Small stylesheets go in the page instead of being separate files, so a lesson waits for two
 * stylesheet requests (the shared layout's and the lesson's), not a dozen. Lighthouse estimated
 * about 0.4 s of first paint on a phone lost to the small ones.
 *
 * Astro inlines a stylesheet when Vite's `assetsInlineLimit` says so, and then deletes its file.
 * Vite's loader for lazy imports still lists the CSS of the chunks it loads and would fetch the
 * deleted files (404, and the import fails). The page already has the CSS of everything it can
 * import lazily (Astro adds it, inlined or linked), so the loader is told to skip CSS.
 *
 * Outside the games it is told to preload no JavaScript either: the list of a lazy chunk's imports
 * sits in the page's first code (on a lesson, before the first choice, whose budget is 30 kB), to
 * save one same-origin round trip for code that runs after the page is usable (storage, the
 * ending); and with nothing left to preload, those chunks no longer load Vite's preload function.
 * A game keeps its list, so Phaser is fetched beside the game's code when Start is pressed.
 */
import type { Plugin } from 'vite';

/** Stylesheets smaller than this (bytes) are inlined; larger ones stay cacheable files. */
export const INLINE_CSS_BELOW = 2048;

export function inlineSmallStylesheets(file: string, content: Buffer): boolean {
  return file.endsWith('.css') && content.length < INLINE_CSS_BELOW;
}

// The helper Vite writes at the top of a chunk that imports lazily (after minifying, so exact).
const MAP_DEPS = '=>i.map(i=>d[i]);';
/** A chunk's list of what each of its lazy imports needs, as Vite writes it. */
const EMPTIABLE_LIST = /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);/;
/** A chunk's import of Vite's preload function, its only export (`t`, minified). */
const PRELOAD_IMPORT = /import\s*\{\s*t(?:\s+as\s+([\w$]+))?\s*\}\s*from\s*["']\.\/preload-helper\.[\w-]+\.js["'];?/;
/** The games' own chunks (AgeGateGame, KindCommentsGame…), whose lazy imports bring Phaser. */
const GAME_CHUNK = /Game$/;

export function lazyImportsSkipCss(): Plugin {
  return {
    name: 'terrific-tom:lazy-imports-skip-css',
    apply: 'build',
    enforce: 'post',
    // After Vite's own generateBundle, which writes the helper.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const lists = chunk.code.includes('const __vite__mapDeps=');
          if (lists && !chunk.code.includes(MAP_DEPS)) {
            // A Vite upgrade changed the helper: fail loudly rather than ship lazy imports that 404.
            this.error(`${chunk.fileName}: Vite's __vite__mapDeps helper changed; update integrations/small-styles-inline.ts`);
          }
          if (GAME_CHUNK.test(chunk.name)) {
            if (lists) chunk.code = chunk.code.replace(MAP_DEPS, '=>i.map(i=>d[i]).filter(f=>!f.endsWith(".css"));');
            continue;
          }
          if (lists) {
            if (!EMPTIABLE_LIST.test(chunk.code))
              this.error(`${chunk.fileName}: Vite's __vite__mapDeps helper changed; update integrations/small-styles-inline.ts`);
            chunk.code = chunk.code.replace(EMPTIABLE_LIST, 'const __vite__mapDeps=()=>[];');
          }
          // With nothing to preload (a chunk without a list had nothing to begin with), Vite's
          // preload function (0.9 kB, in a lesson's first code) only calls the import: so the chunk
          // calls it itself.
          if (!chunk.code.includes('./preload-helper.')) continue;
          const imported = PRELOAD_IMPORT.exec(chunk.code);
          if (!imported) this.error(`${chunk.fileName}: Vite's preload-helper import changed; update integrations/small-styles-inline.ts`);
          chunk.code = chunk.code.replace(PRELOAD_IMPORT, `const ${imported[1] ?? 't'}=f=>f();`);
        }
      },
    },
  };
}
