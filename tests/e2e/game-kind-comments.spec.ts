/**
 * Kind Comments as an arcade game, in real Chromium: Tom walks along the floor to the station the
 * pupil steers him to (arrow keys, a number, a click); each comment drifts down the class wall as
 * its clock runs and stays put at the "take your time" pace; every kind comment sent or made kind
 * goes up on the wall as a note, and a wrong call or a comment for a grown-up puts none up. The
 * scene says where things are on its canvas (data-tom, data-fall, data-notes); a mid-round picture
 * on a laptop guards the stage.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect, playAsGuest } from './support/fixtures';
import { PLAYFIELD, pointOn, seedRandom } from './support/game-canvas';

const comments = (parse(readFileSync('content/games/en/kind-comments.yaml', 'utf8')) as { items: { id: string; answer: string }[] }).items;
const answerOf = (id: string) => comments.find((c) => c.id === id)!.answer;
const ACTIONS = ['send', 'change', 'report'];

async function start(page: Page, pace: 'timed' | 'relaxed' = 'timed') {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/games/kind-comments/');
  await playAsGuest(page, 'ks2');
  if (pace === 'relaxed') await page.locator('[data-pace]').check();
  await page.locator('[data-start]').click();
  const box = page.locator('.game-box');
  await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  return { box, canvas: page.locator(PLAYFIELD) };
}

test('Tom walks to the station the pupil steers him to, by keys and by mouse', async ({ page }) => {
  const { box, canvas } = await start(page, 'relaxed');
  await expect(canvas).toHaveAttribute('data-tom', '0');
  await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('data-tom', '1');
  await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('data-tom', '2');
  await page.keyboard.press('ArrowLeft');
  await expect(canvas).toHaveAttribute('data-tom', '1');
  // A click on the third button: Tom goes there and acts.
  const third = await pointOn(page, 'choices', 2);
  await page.mouse.click(third.x, third.y);
  await expect(canvas).toHaveAttribute('data-tom', '2');
  await expect(box).toHaveAttribute('data-phase', 'feedback');
  // The next comment starts with Tom back at the first station.
  await page.keyboard.press('Enter');
  await expect(canvas).toHaveAttribute('data-tom', '0');
});

test('a comment drifts down the wall as its clock runs, and stays up with no clock', async ({ page }) => {
  const timed = await start(page);
  // 13 seconds at level 1 for ages 7-11: at least a fifth of the way down after 3 seconds.
  await expect(timed.canvas).toHaveAttribute('data-fall', /^0\.[2-9]$/, { timeout: 8_000 });
  await expect(timed.box).toHaveAttribute('data-phase', 'choosing');

  const relaxed = await start(page, 'relaxed');
  await page.waitForTimeout(1_500);
  await expect(relaxed.canvas).toHaveAttribute('data-fall', '0');
});

test('the buttons and the panel rest on the still layer: drawn again when they change, not every frame', async ({ page }) => {
  const { box } = await start(page);
  const still = box.locator('canvas[data-underlay="still"]');
  const paints = async () => Number(await still.getAttribute('data-paints'));
  await page.waitForTimeout(500);
  // Under the game's canvas and over the wall's picture.
  expect(await box.locator('[data-underlay]').evaluateAll((all) => all.map((el) => (el as HTMLElement).dataset.underlay))).toEqual([
    'backdrop',
    'still',
  ]);
  const resting = await paints();
  expect(resting).toBeGreaterThan(0);
  // The comment falls and the clock drains for a second, about 60 frames: the layer is not drawn again.
  await page.waitForTimeout(1_000);
  expect(await paints()).toBe(resting);
  // The pupil moves to the next button: it lights up, so the layer is drawn again, a few times at most.
  await page.keyboard.press('ArrowRight');
  await expect.poll(paints).toBeGreaterThan(resting);
  await page.waitForTimeout(500);
  expect(await paints()).toBeLessThanOrEqual(resting + 3);
});

test('each kind comment sent or made kind goes up on the class wall; a wrong call puts nothing up', async ({ page }) => {
  test.setTimeout(120_000);
  const { box, canvas } = await start(page, 'relaxed');
  let expected = 0;
  for (let turn = 0; turn < 6; turn += 1) {
    await expect(box).toHaveAttribute('data-phase', 'choosing');
    const answer = answerOf((await box.getAttribute('data-item'))!);
    // The third comment is answered wrongly on purpose: "send" for an unkind one, "change" for a kind one.
    const wrong = turn === 2;
    const chosen = wrong ? (answer === 'send' ? 'change' : 'send') : answer;
    await page.keyboard.press(String(ACTIONS.indexOf(chosen) + 1));
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    if (!wrong && answer !== 'report') expected += 1;
    await expect(canvas).toHaveAttribute('data-notes', String(expected));
    await page.keyboard.press('Enter');
  }
  expect(expected).toBeGreaterThan(0);
});

test('mid-round on a laptop: the wall, its notes, Tom at his station and the grown-up', async ({ page }) => {
  await seedRandom(page, 20261128);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { box, canvas } = await start(page, 'relaxed');
  for (let turn = 0; turn < 2; turn += 1) {
    const answer = answerOf((await box.getAttribute('data-item'))!);
    await page.keyboard.press(String(ACTIONS.indexOf(answer) + 1));
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('data-phase', 'choosing');
  }
  await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('data-tom', '1');
  await expect(canvas).toHaveScreenshot('kind-comments-laptop-choosing.png', { maxDiffPixelRatio: 0.01 });
});
