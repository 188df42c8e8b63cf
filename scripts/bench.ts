/**
 * Lab benchmarks against the built site (run `npm run bench`; it builds first).
 * 1. Lighthouse with its default mobile settings (simulated slow 4G, 4x CPU slow-down) on the
 *    pupil pages: the four category scores and LCP, TBT and CLS.
 * 2. A pupil's session in real Chromium with 4x CPU slow-down: a class of 35 is added, a pupil
 *    picks themselves, plays a whole lesson, and the map is drawn; the time each step takes and
 *    the page's JavaScript heap and DOM size at the end, so a leak shows up as growth.
 * 3. Each mini-game beside a bare Phaser scene (scripts/bench/games.ts).
 * 4. The teacher's class view and report for 35 pupils x 30 activities x 10 attempts, and bringing
 *    35 pupil files together (scripts/bench/teacher.ts).
 * Figures go in notes, not in timed tests. `npm run bench -- games` (or lighthouse, session) runs one part.
 */
import lighthouse from 'lighthouse';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { chromium, type Page } from 'playwright-core';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from './serve.ts';
import { PLAYER_KEY } from '../src/session/player.ts';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.ts';
import { benchGames, buildBareScene, removeBareScene } from './bench/games.ts';
import { benchTeacher } from './bench/teacher.ts';

// BENCH_PORT lets two checkouts bench at once, as E2E_PORT does for the tests.
const PORT = Number(process.env.BENCH_PORT ?? 4400);
const only = process.argv.slice(2);
const want = (part: 'lighthouse' | 'session' | 'games' | 'teacher') => only.length === 0 || only.includes(part);
const pages = [
  '/en/',
  '/en/pupils/',
  // The map sends a visitor nobody has chosen to "Who's playing?", so it is measured as a guest.
  '/en/pupils/map/#guest',
  '/en/lessons/posting-kindly-ks1/',
  '/en/lessons/posting-kindly-ks2/',
  '/cy/lessons/posting-kindly-ks2/',
  '/en/teachers/classes/',
];

const chromePath = findChromium();
if (!chromePath) {
  console.error('bench needs Chromium: install your system\'s "chromium" package.');
  process.exit(1);
}

await buildBareScene();
const server = await startServer('dist', PORT, '127.0.0.1');
const rows: string[][] = [];
if (want('lighthouse')) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    // Lighthouse's mobile settings (a throttled phone), three runs a page, the median of each figure.
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    for (const path of pages) {
      const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
      const asGuest = path.endsWith('#guest');
      if (asGuest) await chooseGuest(chrome.port);
      for (let run = 0; run < 3; run += 1) {
        // Storage is kept so the guest stays chosen, but everything else Lighthouse would reset is
        // cleared here: otherwise the service worker the first run registers precaches the whole site
        // (12 MB) during the next runs, and the map was measured against that work, not on its own.
        if (asGuest) await resetAllButChoice(chrome.port);
        const result = await lighthouse(`http://127.0.0.1:${PORT}${path.replace('#guest', '')}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          disableStorageReset: asGuest,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        runs.push(result.lhr);
      }
      const score = (id: string) => median(runs.map((r) => r.categories[id]?.score ?? 0)).toFixed(2);
      const audit = (id: string) => median(runs.map((r) => r.audits[id]?.numericValue ?? 0));
      rows.push([
        path,
        score('performance'),
        score('accessibility'),
        score('best-practices'),
        score('seo'),
        `${Math.round(audit('largest-contentful-paint'))} ms`,
        `${Math.round(audit('total-blocking-time'))} ms`,
        audit('cumulative-layout-shift').toFixed(3),
      ]);
    }
  } finally {
    chrome.kill();
  }
}

/**
 * Runs `use` in a new page of the browser Lighthouse drives, then disconnects (connecting over
 * CDP for each of the map's runs without letting go left a connection open per run).
 */
async function inLighthouseBrowser(port: number, use: (page: Page) => Promise<void>) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await use(page);
    await page.close();
  } finally {
    await browser.close();
  }
}

/** Chooses "Play as a guest" in the browser Lighthouse drives, as a child would on "Who's playing?". */
function chooseGuest(port: number) {
  return inLighthouseBrowser(port, async (page) => {
    await page.goto(`http://127.0.0.1:${PORT}/en/`);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ kind: 'guest' })), PLAYER_KEY);
  });
}

/** Clears the site's storage as Lighthouse does before a run, except localStorage (who is playing). */
function resetAllButChoice(port: number) {
  return inLighthouseBrowser(port, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: `http://127.0.0.1:${PORT}`,
      storageTypes: 'cookies,indexeddb,service_workers,cache_storage',
    });
  });
}

interface Lesson {
  start: string;
  scenes: Record<string, { end?: unknown; choices?: { id: string; safe: boolean; next: string }[] }>;
}

/** Milliseconds `action` takes in the page, measured from Node. */
async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

const session: string[][] = [];
let gameRows: string[][] = [];
let teacherRows: string[][] = [];
// --expose-gc so the heap is measured after a collection, not with garbage still in it.
const browser = await chromium.launch({ executablePath: chromePath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
try {
  if (want('session')) await benchSession();
  // Five runs a game by default: three left the median frames a second about 1.5 apart from one
  // run of the bench to the next on a quiet machine. BENCH_RUNS sets another number.
  if (want('games')) gameRows = await benchGames(browser, `http://127.0.0.1:${PORT}`, Number(process.env.BENCH_RUNS ?? 5));
  if (want('teacher')) teacherRows = await benchTeacher(browser, `http://127.0.0.1:${PORT}`);
} finally {
  await browser.close();
  server.close();
  removeBareScene();
}

async function benchSession() {
  const page: Page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  const base = `http://127.0.0.1:${PORT}`;

  await page.goto(`${base}/en/teachers/classes/`);
  // A new device: the teacher sets a PIN first.
  await page.locator('#pin').fill('2468');
  await page.locator('#pin-again').fill('2468');
  await page.locator('[data-pin-submit]').click();
  await page.locator('.roster[data-ready="true"]').waitFor();
  await page.locator('#new-class-name').fill('Year 4 Bench');
  await page.locator('#new-class-name').press('Enter');
  const names = Array.from({ length: 35 }, (_, i) => `Pupil ${String.fromCharCode(65 + (i % 26))}${i}`);
  await page.locator('#many-names').fill(names.join('\n'));
  session.push([
    'add 35 pupils',
    `${Math.round(
      await timed(async () => {
        await page.locator('[data-add-many]').click();
        await page.locator(`[data-pupil-row="${names.at(-1)}"]`).waitFor();
      }),
    )} ms`,
  ]);

  session.push([
    "open Who's playing",
    `${Math.round(
      await timed(async () => {
        await page.goto(`${base}/en/pupils/`);
        await page.locator('.who[data-ready="true"]').waitFor();
      }),
    )} ms`,
  ]);
  session.push([
    'pick a pupil, map drawn',
    `${Math.round(
      await timed(async () => {
        await page.locator(`[data-pupil="${names[7]}"]`).click();
        await page.locator('.map[data-loaded="true"]').waitFor();
      }),
    )} ms`,
  ]);

  const lesson = parse(readFileSync('content/lessons/en/posting-kindly-ks2.yaml', 'utf8')) as Lesson;
  session.push([
    'open lesson, ready',
    `${Math.round(
      await timed(async () => {
        await page.goto(`${base}/en/lessons/posting-kindly-ks2/`);
        await page.locator('.player[data-ready="true"]').waitFor();
      }),
    )} ms`,
  ]);
  const memory = async () => {
    await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return `${(metric('JSHeapUsedSize') / 1e6).toFixed(1)} MB heap, ${metric('Nodes')} DOM nodes`;
  };
  const steps: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    let sceneId = lesson.start;
    while (!lesson.scenes[sceneId]!.end) {
      const choice = lesson.scenes[sceneId]!.choices!.find((c) => c.safe)!;
      steps.push(
        await timed(async () => {
          await page.locator(`[data-choice="${choice.id}"]`).click();
          await page.locator('[data-next]').click();
          await page.locator(`[data-scene="${choice.next}"]`).waitFor();
        }),
      );
      sceneId = choice.next;
    }
    if (round === 0) session.push(['after 1 play', await memory()]);
    if (round < 4) {
      await page.getByRole('button', { name: 'Play again' }).click();
      await page.locator(`[data-scene="${lesson.start}"]`).waitFor();
    }
  }
  steps.sort((a, b) => a - b);
  session.push([
    `answer + next (${steps.length} steps, 5 plays)`,
    `median ${Math.round(steps[steps.length >> 1]!)} ms, slowest ${Math.round(steps.at(-1)!)} ms`,
  ]);
  session.push(['after 5 plays', await memory()]);
  await page.close();
}

const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP', 'TBT', 'CLS'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
if (rows.length > 0) {
  console.log('Lighthouse (mobile, simulated throttling)');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('');
}
if (session.length > 0) {
  console.log("A pupil's session (real Chromium, 4x CPU slow-down, no network throttling)");
  const sessionWidth = Math.max(...session.map((r) => r[0]!.length));
  for (const [what, figure] of session) console.log(`${what!.padEnd(sessionWidth)}  ${figure}`);
  console.log('');
}
if (gameRows.length > 0) {
  console.log('Games (headless Chromium, 4x CPU slow-down, no GPU: read the ratios)');
  const gameWidths = gameRows[0]!.map((_, i) => Math.max(...gameRows.map((r) => r[i]!.length)));
  for (const r of gameRows) console.log(r.map((c, i) => c.padEnd(gameWidths[i]!)).join('  '));
}
if (teacherRows.length > 0) {
  console.log('');
  console.log("The teacher's class (headless Chromium, 4x CPU slow-down)");
  const width = Math.max(...teacherRows.map((r) => r[0]!.length));
  for (const [what, figure] of teacherRows) console.log(`${what!.padEnd(width)}  ${figure}`);
}
