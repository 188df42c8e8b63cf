/**
 * JavaScript budget per page type: follows each built page's real script graph (module scripts,
 * island components and renderers, and their imports) and adds up the gzipped bytes.
 * "initial" is what loads before the page is interactive (static imports); "lazy" is what it
 * loads afterwards through dynamic imports (the storage layer). Both have budgets; the check
 * fails when either is over, and prints both, so the total is never hidden.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1000;

/**
 * Budgets in gzipped bytes; the first pattern that matches a page's path wins. Every page also
 * loads the service worker's registration (about 0.4 kB) lazily, once the page is idle.
 */
const SW = 1 * KB;
/** The stock Phaser bundle, gzipped: issue 15 asks a game page for at most 0.6x of it in all. */
const STOCK_PHASER = gzipSync(readFileSync('node_modules/phaser/dist/phaser.esm.min.js')).length;
const budgets: { type: string; match: RegExp; max: number; lazyMax: number; totalMax?: number }[] = [
  // Before the first choice at most 30 kB (issue 14): 16.8 kB of it is the Svelte runtime all the
  // site's islands share. The ending (LessonEnd) and storage (Dexie) load later, so they are lazy,
  // as does the read-aloud player on the first tap (the children's voices and what lights up, 0.4 kB).
  { type: 'lesson', match: /^[a-z]{2}\/lessons\//, max: 30 * KB, lazyMax: 40.5 * KB },
  // The read-aloud player (src/speech/narration.ts and its reading rules, about 2.3 kB) loads on the first tap.
  { type: 'home', match: /^[a-z]{2}\/index\.html$/, max: 50 * KB, lazyMax: SW + 2.5 * KB },
  // Tom's map, like a lesson, is what a child meets first: 30 kB before it can be used.
  { type: 'map', match: /^[a-z]{2}\/pupils\/map\//, max: 30 * KB, lazyMax: 38.5 * KB },
  // Who's playing and the certificate read the pupil's progress, so they load storage.
  { type: 'pupils', match: /^[a-z]{2}\/(pupils|certificate)\//, max: 50 * KB, lazyMax: 38.5 * KB },
  // Game pages load the games' own Phaser build (integrations/phaser-slim.ts, about 120 kB
  // gzipped) lazily when Start is pressed, never before; page, game and Phaser together stay
  // under 0.6x the stock Phaser bundle.
  { type: 'game', match: /^[a-z]{2}\/games\//, max: 50 * KB, lazyMax: 200 * KB, totalMax: Math.floor(0.6 * STOCK_PHASER) },
  // Teacher screens that read or change the class on this device (the rest of the teacher area is
  // reading). Backing up loads the file checks (zod/mini) and WebCrypto helpers lazily too.
  // Lazy includes the storage alert (with its drawing of Tom), fetched only when saving fails, and
  // the teachers' part of storage (src/db/teacher-storage-api.ts, about 1.4 kB with its loader),
  // split off so that children's pages never download it.
  {
    type: 'teacher',
    match: /^[a-z]{2}\/teachers\/((classes|devices|progress)\/|lessons\/[^/]+\/class\/index\.html$)/,
    max: 50 * KB,
    lazyMax: 51 * KB,
  },
  // The pupils' agreement for ages 5-7 reads its promises aloud to the child signing it (the
  // read-aloud island, as on the home page: the Svelte runtime first, the player on the first tap).
  { type: 'agreement', match: /^[a-z]{2}\/parents\/pupil-agreement\//, max: 25 * KB, lazyMax: SW + 2.5 * KB },
  { type: 'info', match: /^[a-z]{2}\/(teachers|parents|staff|about)\//, max: 20 * KB, lazyMax: SW },
  { type: 'other', match: /.*/, max: 20 * KB, lazyMax: SW },
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Absolute site paths ("/_astro/x.js") a piece of JS imports, split into static and dynamic. */
function importsOf(code: string, fromPath: string): { static: string[]; dynamic: string[] } {
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  const re = /(import\s*\(|import|from)\s*["'`]([^"'`]+\.js)["'`]/g;
  for (const m of code.matchAll(re)) {
    const spec = m[2]!;
    const kind = m[1]!.endsWith('(') ? found.dynamic : found.static;
    if (spec.startsWith('/')) kind.add(spec);
    else if (spec.startsWith('.')) kind.add(posix.join(posix.dirname(fromPath), spec));
  }
  return { static: [...found.static], dynamic: [...found.dynamic] };
}

function pageScripts(html: string): { files: string[]; inline: string[] } {
  const files = new Set<string>();
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) files.add(src);
    else if (m[2]!.trim() && !/type="application\/(ld\+)?json"/.test(m[1]!)) inline.push(m[2]!);
  }
  for (const m of html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) files.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1]!);
  for (const code of inline) for (const spec of importsOf(code, '/').static) files.add(spec);
  return { files: [...files], inline };
}

/** Follow static imports from `roots`; returns the files reached and the dynamic imports met. */
function closure(roots: string[], already: ReadonlySet<string>) {
  const seen = new Set<string>();
  const dynamic = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || already.has(file)) continue;
    seen.add(file);
    const imports = importsOf(readFileSync(join(DIST, file), 'utf8'), file);
    queue.push(...imports.static);
    for (const d of imports.dynamic) dynamic.add(d);
  }
  return { seen, dynamic: [...dynamic] };
}

const sizeOf = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gz(readFileSync(join(DIST, f))), 0);

function measure(page: string) {
  const { files, inline } = pageScripts(readFileSync(page, 'utf8'));
  const initial = closure(files, new Set());
  // Lazy code can itself import lazily (storage loads Dexie only when first used): follow it all.
  const lazySeen = new Set<string>();
  let pending = initial.dynamic;
  while (pending.length > 0) {
    const lazy = closure(pending, new Set([...initial.seen, ...lazySeen]));
    for (const f of lazy.seen) lazySeen.add(f);
    pending = lazy.dynamic.filter((f) => !lazySeen.has(f) && !initial.seen.has(f));
  }
  const bytes = inline.reduce((sum, code) => sum + gz(code), 0) + sizeOf(initial.seen);
  const lazyBytes = sizeOf(lazySeen);
  return { bytes, lazyBytes, files: initial.seen.size + lazySeen.size };
}

const rows = htmlFiles(DIST)
  .map((page) => {
    const path = relative(DIST, page).split('\\').join('/');
    const budget = budgets.find((b) => b.match.test(path))!;
    return { path, budget, ...measure(page) };
  })
  .sort((a, b) => b.bytes - a.bytes);

const worstByType = new Map<string, (typeof rows)[number]>();
for (const row of rows) if (!worstByType.has(row.budget.type)) worstByType.set(row.budget.type, row);

function withinBudget(row: (typeof rows)[number]): boolean {
  const { max, lazyMax, totalMax = Infinity } = row.budget;
  return row.bytes <= max && row.lazyBytes <= lazyMax && row.bytes + row.lazyBytes <= totalMax;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
console.log('JavaScript per page type, gzipped (largest page of each type): initial + lazy = total');
let over = 0;
for (const [type, row] of worstByType) {
  const ok = withinBudget(row);
  if (!ok) over += 1;
  const totalMax = row.budget.totalMax ? ` (max ${kb(row.budget.totalMax)}, 0.6x stock Phaser ${kb(STOCK_PHASER)})` : '';
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${type.padEnd(7)} ${kb(row.bytes).padStart(8)} (max ${row.budget.max / KB}) + ${kb(row.lazyBytes).padStart(8)} (max ${row.budget.lazyMax / KB}) = ${kb(row.bytes + row.lazyBytes).padStart(8)}${totalMax}  ${row.files} files, ${row.path}`,
  );
}
// `npm run size -- teachers/devices` also lists every page whose path contains the words given.
const show = process.argv[2];
if (show)
  for (const row of rows.filter((r) => r.path.includes(show))) console.log(`  ${row.path}: ${kb(row.bytes)} + ${kb(row.lazyBytes)}`);
for (const row of rows) {
  if (!withinBudget(row)) {
    console.error(`over budget: ${row.path} initial ${kb(row.bytes)}, lazy ${kb(row.lazyBytes)}, total ${kb(row.bytes + row.lazyBytes)}`);
  }
}
if (over > 0) process.exit(1);
