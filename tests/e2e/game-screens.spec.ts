/**
 * Each game fits the screen it is on (issue 15): on a laptop, a tablet and a phone the whole
 * playfield is in the window once Start is pressed, with no scrolling, and the smallest text the
 * game draws on its canvas (the scene reports it as data-min-font, in game pixels) is at least
 * 16 CSS pixels at the size the canvas is shown. A phone gets the tall playfield. Then a round
 * is answered from the keyboard on the phone, where the buttons are a column, and Tom's panel is
 * on screen too. A mid-round picture of each game on the phone guards the tall layout.
 */
import type { Page } from '@playwright/test';
import { test, expect, playAsGuest } from './support/fixtures';
import { PLAYFIELD, seedRandom } from './support/game-canvas';
import { GAMES } from '../../src/data/game-list';

const SCREENS = [
  { name: 'a laptop', width: 1280, height: 800, orientation: 'landscape' },
  { name: 'a tablet', width: 1024, height: 768, orientation: 'landscape' },
  { name: 'a phone', width: 390, height: 844, orientation: 'portrait' },
] as const;

/** Opens a game on a screen of this size, as a guest at ages 7-11, and presses Start. */
async function startOn(page: Page, gameId: string, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/en/games/${gameId}/`);
  await playAsGuest(page, 'ks2');
  await page.locator('[data-start]').click();
  const gameBox = page.locator('.game-box');
  await expect(gameBox).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  return gameBox;
}

/** Where the canvas is, how big it is drawn, and its smallest text in CSS pixels. */
async function measure(page: Page) {
  const canvas = page.locator(PLAYFIELD);
  const box = (await canvas.boundingBox())!;
  const { minFont, width } = await canvas.evaluate((c: HTMLCanvasElement) => ({ minFont: Number(c.dataset.minFont), width: c.width }));
  return { box, minTextPx: (minFont * box.width) / width };
}

for (const game of GAMES) {
  for (const screen of SCREENS) {
    test(`${game.id} fits ${screen.name} (${screen.width}×${screen.height}) with text of 16 px or more`, async ({ page }) => {
      const gameBox = await startOn(page, game.id, screen.width, screen.height);
      await expect(gameBox).toHaveAttribute('data-orientation', screen.orientation);
      await expect(page.locator('[data-turn-screen]')).toHaveCount(0);

      const { box, minTextPx } = await measure(page);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
      expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
      expect(minTextPx).toBeGreaterThanOrEqual(16);
      // The page did not need to scroll sideways to show it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
    });
  }

  test(`${game.id} plays on a phone from the keyboard, Tom's panel on screen, and looks right mid-round`, async ({ page }) => {
    test.setTimeout(120_000);
    await seedRandom(page);
    const gameBox = await startOn(page, game.id, 390, 844);
    await expect(gameBox).toBeFocused();
    // Down the column to the second button, and Enter. In Photo Check the arrows move the
    // magnifying glass over the scene and Enter puts a sticker there; key 1 ends the hunt, and
    // Tom covers and rings what was missed.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    if (game.id === 'photo-check') await page.keyboard.press('1');
    // "Make it kind" on an unkind comment: the kind words are chosen from among others, on the
    // wall, in a column that fits the phone; here the first.
    await expect(gameBox).toHaveAttribute('data-phase', /^(feedback|follow-up)$/);
    if ((await gameBox.getAttribute('data-phase')) === 'follow-up') {
      await page.waitForTimeout(600);
      await expect(page.locator(PLAYFIELD)).toHaveScreenshot(`${game.id}-phone-words.png`, { maxDiffPixelRatio: 0.01 });
      await page.keyboard.press('1');
    }
    await expect(gameBox).toHaveAttribute('data-phase', 'feedback');
    const { box } = await measure(page);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await expect(page.locator(PLAYFIELD)).toHaveScreenshot(`${game.id}-phone-feedback.png`, {
      maxDiffPixelRatio: 0.01,
    });
    // Next, and the round goes on to a new item.
    const first = await gameBox.getAttribute('data-item');
    await page.keyboard.press('Enter');
    await expect(gameBox).toHaveAttribute('data-phase', 'choosing');
    await expect(gameBox).not.toHaveAttribute('data-item', first!);
  });
}
