/**
 * A page shows who is playing from its first paint and nothing moves when it wakes up. The
 * player-peek script in <head> marks <html data-player> before anything is drawn; the player bar
 * and Tom's map read it, so a child about to tap a choice or a place never has it jump away.
 */
import { test, expect, addClass, pickPupil, LESSON_ID } from './support/fixtures';
import type { Page } from '@playwright/test';
import { PLAYER_KEY } from '../../src/session/player';

const lessonUrl = `/en/lessons/${LESSON_ID}/`;
const mapUrl = '/en/pupils/map/';

/** Sums layout shifts (as CLS counts them) from the start of the page until `awake` is visible. */
async function shiftWhileWaking(page: Page, url: string, awake: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await expect(page.locator(awake)).toBeVisible();
  // Let the last frame after waking be laid out and reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
  return page.evaluate(() => (window as unknown as { shift: number }).shift);
}

const asGuest = (page: Page) => page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ kind: 'guest' })), PLAYER_KEY);

for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
]) {
  test.describe(`on a ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('a lesson with nobody chosen, then as a guest, does not move as it wakes', async ({ page }) => {
      expect(await shiftWhileWaking(page, lessonUrl, '.player[data-ready="true"]')).toBeLessThan(0.01);
      await expect(page.getByText('Nobody has chosen who is playing')).toBeVisible();
      await asGuest(page);
      expect(await shiftWhileWaking(page, lessonUrl, '.player[data-ready="true"]')).toBeLessThan(0.01);
      await expect(page.getByText('You are playing as a guest')).toBeVisible();
    });

    test('the map and a lesson for a pupil do not move as their name and stars arrive', async ({ page }) => {
      await addClass(page, 'Year 2 Oak', 'ks1', ['Nia']);
      await pickPupil(page, 'Year 2 Oak', 'Nia');
      expect(await shiftWhileWaking(page, mapUrl, '[data-map-who][data-loaded="true"] [data-next-lesson]')).toBeLessThan(0.01);
      expect(await shiftWhileWaking(page, lessonUrl, '.who-bar:not(.guest) [data-switch-player]')).toBeLessThan(0.01);
      // A pupil never sees the guest note, not even for a moment before their name is read.
      await expect(page.locator('.who-bar.guest')).toBeHidden();
    });

    test('the map for a guest does not move as it wakes', async ({ page }) => {
      await asGuest(page);
      expect(await shiftWhileWaking(page, mapUrl, '[data-map-who][data-loaded="true"]')).toBeLessThan(0.01);
      await expect(page.locator('[data-player-name]')).toHaveText('Guest');
    });
  });
}

/** Opens `url` with the page's modules held back until `check` has run, then lets it wake. */
async function beforeScripts(page: Page, url: string, awake: string, check: () => Promise<void>) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Not waiting for load: that waits for the modules held back here.
  await page.goto(url, { waitUntil: 'commit' });
  await check();
  release();
  await expect(page.locator(awake)).toBeVisible();
  await page.unroute('**/_astro/*.js');
}

test('before any of its modules arrive, a page already says who is playing', async ({ page }) => {
  await beforeScripts(page, lessonUrl, '.player[data-ready="true"]', async () => {
    await expect(page.locator('.player')).toHaveAttribute('data-ready', 'false');
    await expect(page.getByText('Nobody has chosen who is playing')).toBeVisible();
    await expect(page.getByText('You are playing as a guest')).toBeHidden();
  });
  await asGuest(page);
  await beforeScripts(page, lessonUrl, '.player[data-ready="true"]', async () => {
    await expect(page.getByText('You are playing as a guest')).toBeVisible();
    await expect(page.getByText('Nobody has chosen who is playing')).toBeHidden();
  });
  await beforeScripts(page, mapUrl, '[data-map-who][data-loaded="true"]', async () => {
    await expect(page.locator('[data-map-who]')).toHaveAttribute('data-loaded', 'false');
    await expect(page.locator('[data-player-name]')).toHaveText('Guest');
  });
});
