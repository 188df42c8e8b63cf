/**
 * Game benchmarks: for each game, in headless Chromium with 4x CPU slow-down, the time from
 * navigation to the first playable frame, frames a second over a scripted round, and the bytes
 * the page loads (JavaScript, and everything else), each beside a bare Phaser scene measured in
 * the same run. CI's Chromium draws WebGL in software, so only the ratios mean much.
 */
import { rmSync } from 'node:fs';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { GAMES } from '../../src/data/game-list.ts';

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
}

export function removeBareScene(): void {
  rmSync(BARE_DIR, { recursive: true, force: true });
}

interface Figures {
  playableMs: number;
  fps: number;
  jsBytes: number;
  otherBytes: number;
}

async function measure(
  browser: Browser,
  url: string,
  reachPlayable: (page: Page) => Promise<void>,
  play: (page: Page) => Promise<void>,
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
  await page.goto(url);
  await reachPlayable(page);
  const playableMs = await page.evaluate(() => (window as unknown as { playableAt?: number }).playableAt ?? performance.now());
  await page.evaluate(() => {
    const w = window as unknown as { frames: number; counting: boolean };
    w.frames = 0;
    w.counting = true;
    const tick = () => {
      w.frames += 1;
      if (w.counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await play(page);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames: number; counting: boolean };
    w.counting = false;
    return w.frames;
  });
  const fps = frames / ((Date.now() - started) / 1000);
  await context.close();
  return { playableMs, fps, jsBytes, otherBytes };
}

/** Five seconds of play: answer, then go on, every 400 ms. */
async function scriptedRound(page: Page): Promise<void> {
  const end = Date.now() + 5000;
  for (let i = 0; Date.now() < end; i += 1) {
    await page.keyboard.press(i % 2 === 0 ? '1' : 'Enter');
    await page.waitForTimeout(400);
  }
}

export async function benchGames(browser: Browser, base: string): Promise<string[][]> {
  const bare = await measure(
    browser,
    `${base}/__bench-bare/bare.html`,
    (page) => page.waitForFunction(() => 'playableAt' in window).then(() => undefined),
    (page) => page.waitForTimeout(5000),
  );
  const games: [string, Figures][] = [];
  for (const { id } of GAMES) {
    const figures = await measure(
      browser,
      `${base}/en/games/${id}/`,
      async (page) => {
        await page.locator('.game[data-ready="true"]').waitFor();
        await page.locator('input[value="ks2"]').check();
        await page.locator('[data-start]').click();
        await page.locator('.game-box[data-phase="choosing"]').waitFor({ timeout: 60_000 });
      },
      scriptedRound,
    );
    games.push([id, figures]);
  }
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const row = (name: string, f: Figures) => [name, `${Math.round(f.playableMs)} ms`, f.fps.toFixed(1), kb(f.jsBytes), kb(f.otherBytes)];
  const ratio = (game: Figures) => [
    '  ratio to bare',
    `${(game.playableMs / bare.playableMs).toFixed(2)}x`,
    `${(game.fps / bare.fps).toFixed(2)}x`,
    `+${kb(game.jsBytes - bare.jsBytes)}`,
    `+${kb(game.otherBytes - bare.otherBytes)}`,
  ];
  return [
    ['page', 'to playable', 'fps', 'JS', 'other'],
    row('bare Phaser scene', bare),
    ...games.flatMap(([id, figures]) => [row(`${id} (incl. the Start tap)`, figures), ratio(figures)]),
  ];
}
