/**
 * Game benchmarks: for each game, in headless Chromium with 4x CPU slow-down, the time from
 * navigation to the first playable frame, frames a second and the 95th percentile time between
 * frames over a scripted round, and the bytes the page loads (JavaScript, and everything else),
 * each beside a bare Phaser scene measured in the same run. CI's Chromium has no GPU, so only the
 * ratios mean much.
 * Two start-up figures: navigation to playable (the page, its intro and the game), and Start tap
 * to playable (the game alone). The bare scene has no page and no Start, so both of its figures
 * are navigation to playable.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';

/**
 * Every game the built site has (this script runs under plain Node, which cannot load the games'
 * TypeScript modules with their extensionless imports, so it reads the site instead), or only
 * those named in BENCH_GAMES (`BENCH_GAMES=kind-comments npm run bench -- games`), to try a change.
 */
function builtGames(): { id: string }[] {
  const only = process.env.BENCH_GAMES?.split(',').filter(Boolean) ?? [];
  return readdirSync('dist/en/games', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && (only.length === 0 || only.includes(entry.name)))
    .map((entry) => ({ id: entry.name }));
}

const BARE_DIR = 'dist/__bench-bare';

/** Builds the bare scene into the served site (removed again by `removeBareScene`). */
export async function buildBareScene(): Promise<void> {
  await build({
    root: 'scripts/bench',
    base: '/__bench-bare/',
    logLevel: 'error',
    configFile: false,
    publicDir: false,
    build: { outDir: `${process.cwd()}/${BARE_DIR}`, emptyOutDir: true, rollupOptions: { input: 'scripts/bench/bare.html' } },
  });
  // Served compressed like the site, so the two JavaScript figures compare like with like.
  execFileSync(process.execPath, ['scripts/compress.ts', BARE_DIR], { stdio: 'ignore' });
}

export function removeBareScene(): void {
  rmSync(BARE_DIR, { recursive: true, force: true });
}

interface Figures {
  playableMs: number;
  /** From the Start tap to playable: the game's own start, without the page around it. */
  fromStartMs: number;
  fps: number;
  /** The 95th percentile of the time between frames (ms): 16.7 when no frame is late. */
  p95Ms: number;
  jsBytes: number;
  otherBytes: number;
}

async function measure(
  browser: Browser,
  url: string,
  reachPlayable: (page: Page) => Promise<void>,
  play: (page: Page) => Promise<void>,
  setUp?: () => void,
): Promise<Figures> {
  // No service worker: it would precache the whole site in the background and muddy the bytes.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  let jsBytes = 0;
  let otherBytes = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength;
    else otherBytes += e.encodedDataLength;
  });
  if (setUp) await page.addInitScript(setUp);
  await page.goto(url);
  await reachPlayable(page);
  const [playableMs, fromStartMs] = await page.evaluate(() => {
    const w = window as unknown as { playableAt?: number; tappedAt?: number };
    const at = w.playableAt ?? performance.now();
    return [at, at - (w.tappedAt ?? 0)];
  });
  await page.evaluate(() => {
    const w = window as unknown as { frames: number; gaps: number[]; counting: boolean };
    w.frames = 0;
    w.gaps = [];
    w.counting = true;
    let last = -1;
    const tick = (at: number) => {
      w.frames += 1;
      if (last >= 0) w.gaps.push(at - last);
      last = at;
      if (w.counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await play(page);
  const [frames, gaps] = await page.evaluate(() => {
    const w = window as unknown as { frames: number; gaps: number[]; counting: boolean };
    w.counting = false;
    return [w.frames, w.gaps] as const;
  });
  const fps = frames / ((Date.now() - started) / 1000);
  const sorted = [...gaps].sort((x, y) => x - y);
  const p95Ms = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  await context.close();
  return { playableMs, fromStartMs, fps, p95Ms, jsBytes, otherBytes };
}

/**
 * Runs in the game page before its scripts: picks ages 7-11 and presses Start the moment they
 * appear (a pupil's own pause before Start is not the page's time), and notes when the game
 * first shows a comment to answer.
 */
function tapStartAtOnce(): void {
  const w = window as unknown as { playableAt?: number; tappedAt?: number };
  const watch = new MutationObserver(() => {
    // Nobody has been chosen on a fresh device: play as a guest, at ages 7-11.
    document.querySelector<HTMLButtonElement>('.game[data-ready="true"] [data-play-as-guest]')?.click();
    const level = document.querySelector<HTMLButtonElement>('.game[data-ready="true"] [data-level="ks2"]');
    if (level && level.getAttribute('aria-pressed') !== 'true') level.click();
    const start = document.querySelector<HTMLButtonElement>('[data-start]');
    if (start && !start.dataset.tapped && document.querySelector('[data-level][aria-pressed="true"]')) {
      start.dataset.tapped = 'yes';
      w.tappedAt = performance.now();
      start.click();
    }
    if (document.querySelector('.game-box[data-phase="choosing"]')) {
      w.playableAt = performance.now();
      watch.disconnect();
    }
  });
  watch.observe(document, { subtree: true, childList: true, attributes: true });
}

/** Five seconds of play: answer, then go on, every 400 ms. */
async function scriptedRound(page: Page): Promise<void> {
  const end = Date.now() + 5000;
  for (let i = 0; Date.now() < end; i += 1) {
    await page.keyboard.press(i % 2 === 0 ? '1' : 'Enter');
    await page.waitForTimeout(400);
  }
}

/**
 * Photo Check's round is a hunt: five seconds of the lens sweeping the photo with the arrow keys
 * (a step every 120 ms, as a child holding a key), a sticker put down every fifth step, and,
 * when a photo's hunt is over, its question answered and the next photo asked for.
 */
async function huntRound(page: Page): Promise<void> {
  const end = Date.now() + 5000;
  const sweep = [
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'ArrowDown',
    'ArrowLeft',
    'ArrowLeft',
    'ArrowLeft',
    'ArrowLeft',
    'ArrowDown',
  ];
  for (let i = 0; Date.now() < end; i += 1) {
    await page.keyboard.press(sweep[i % sweep.length]!);
    if (i % 5 === 4) await page.keyboard.press(' ');
    // Arrows and Space do nothing once the question shows; 1 answers it and Enter goes on.
    if (i % 12 === 11) {
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
    }
    await page.waitForTimeout(120);
  }
}

/** How each game is played for its frames a second: Photo Check hunts, the others answer turns. */
const ROUNDS: Record<string, (page: Page) => Promise<void>> = { 'photo-check': huntRound };

/** The middle value of each figure over several runs: one slow run on a shared machine says little. */
function median(runs: Figures[]): Figures {
  const mid = (pick: (f: Figures) => number) => runs.map(pick).sort((x, y) => x - y)[runs.length >> 1]!;
  return {
    playableMs: mid((f) => f.playableMs),
    fromStartMs: mid((f) => f.fromStartMs),
    fps: mid((f) => f.fps),
    p95Ms: mid((f) => f.p95Ms),
    jsBytes: mid((f) => f.jsBytes),
    otherBytes: mid((f) => f.otherBytes),
  };
}

export async function benchGames(browser: Browser, base: string, runs = 3): Promise<string[][]> {
  const GAMES = builtGames();
  const bareRuns: Figures[] = [];
  const gameRuns = new Map<string, Figures[]>(GAMES.map(({ id }) => [id, []]));
  // Interleaved, so a busy moment on the machine falls on the bare scene and the games alike.
  for (let run = 0; run < runs; run += 1) {
    bareRuns.push(
      await measure(
        browser,
        `${base}/__bench-bare/bare.html`,
        (page) => page.waitForFunction(() => 'playableAt' in window).then(() => undefined),
        (page) => page.waitForTimeout(5000),
      ),
    );
    for (const { id } of GAMES) {
      gameRuns
        .get(id)!
        .push(
          await measure(
            browser,
            `${base}/en/games/${id}/`,
            (page) => page.waitForFunction(() => 'playableAt' in window, undefined, { timeout: 60_000 }).then(() => undefined),
            ROUNDS[id] ?? scriptedRound,
            tapStartAtOnce,
          ),
        );
    }
  }
  const bare = median(bareRuns);
  const games = [...gameRuns].map(([id, figures]) => [id, median(figures)] as const);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const row = (name: string, f: Figures) => [
    name,
    `${Math.round(f.playableMs)} ms`,
    `${Math.round(f.fromStartMs)} ms`,
    f.fps.toFixed(1),
    `${f.p95Ms.toFixed(1)} ms`,
    kb(f.jsBytes),
    kb(f.otherBytes),
  ];
  const ratio = (game: Figures) => [
    '  ratio to bare',
    `${(game.playableMs / bare.playableMs).toFixed(2)}x`,
    `${(game.fromStartMs / bare.fromStartMs).toFixed(2)}x`,
    `${(game.fps / bare.fps).toFixed(2)}x`,
    `${(game.p95Ms / bare.p95Ms).toFixed(2)}x`,
    // The bare scene's JavaScript is the stock Phaser bundle and little else, so this is the game
    // page's JavaScript (page, game and the games' own Phaser) against stock Phaser.
    `${(game.jsBytes / bare.jsBytes).toFixed(2)}x`,
    `+${kb(game.otherBytes - bare.otherBytes)}`,
  ];
  return [
    [`page (median of ${runs} runs)`, 'to playable', 'Start to playable', 'fps', 'p95 frame', 'JS', 'other'],
    row('bare Phaser scene', bare),
    ...games.flatMap(([id, figures]) => [row(`${id} (Start tapped at once)`, figures), ratio(figures)]),
  ];
}
