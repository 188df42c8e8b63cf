/**
 * Helpers for tests that play a game's canvas as a pupil would: the same round every time, and
 * the point on the page where a button the canvas drew is (it says where, in game pixels:
 * data-choices and data-next).
 */
import type { Page } from '@playwright/test';

type Rect = [number, number, number, number];

/** The same round every time, so a picture is the same: Math.random from a fixed seed. */
export async function seedRandom(page: Page, seed = 20261127): Promise<void> {
  await page.addInitScript((start) => {
    let state = start;
    Math.random = () => {
      state = (state * 1664525 + 1013904223) % 4294967296;
      return state / 4294967296;
    };
  }, seed);
}

/** The game's own canvas (Phaser's), not the pictures the page shows under it (data-underlay). */
export const PLAYFIELD = '.game-box canvas:not([data-underlay])';

/** The centre of a button the canvas drew, on the page: one of this turn's choices, or Next. */
export async function pointOn(page: Page, which: 'choices' | 'next', index = 0): Promise<{ x: number; y: number }> {
  const canvas = page.locator(PLAYFIELD);
  // Start scrolls the game to the top of the window, smoothly: aim once it has been still for
  // a moment (a scroll may not have begun on the first frame).
  let box = (await canvas.boundingBox())!;
  for (let still = 0, tries = 0; still < 3 && tries < 60; tries += 1) {
    await page.waitForTimeout(100);
    const now = (await canvas.boundingBox())!;
    still = now.y === box.y ? still + 1 : 0;
    box = now;
  }
  const { rects, width } = await canvas.evaluate((c: HTMLCanvasElement, key) => ({ rects: c.dataset[key]!, width: c.width }), which);
  const parsed = JSON.parse(rects) as Rect[] | Rect;
  const [x, y, w, h] = which === 'next' ? (parsed as Rect) : (parsed as Rect[])[index]!;
  const scale = box.width / width;
  return { x: box.x + (x + w / 2) * scale, y: box.y + (y + h / 2) * scale };
}
