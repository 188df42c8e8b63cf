/**
 * Every game plays to the end with a mouse on a laptop, and one with a finger on a phone, and
 * the result is stored for the pupil. The canvas says where its buttons are (data-choices and
 * data-next, in game pixels); the test turns that into a point on the page and clicks or taps it,
 * as a pupil would, without a key pressed. A finished round puts the game's sticker on Tom's map.
 */
import type { Page } from '@playwright/test';
import { test, expect, readAttempts, addClass, pickPupil } from './support/fixtures';
import { GAMES } from '../../src/data/game-list';
import { photoOf, toFind, fineIn, pointAt } from './support/photo-hunt';
import { PLAYFIELD, pointOn } from './support/game-canvas';
import { answerFor, stepsOf } from '../../games/photo-check/rules';

/** Answers every turn with the button at `index` and presses Next, by pointer, to the end. */
async function playByPointer(page: Page, press: (point: { x: number; y: number }) => Promise<void>, index: number) {
  const box = page.locator('.game-box');
  const results = page.locator('.game[data-mode="results"]');
  let turns = 0;
  for (; turns < 40; turns += 1) {
    await expect(page.locator('.game-box[data-phase="choosing"]').or(results)).toBeVisible();
    if (await results.isVisible()) return turns;
    const item = (await box.getAttribute('data-item'))!;
    await press(await pointOn(page, 'choices', index));
    // A second question on the turn (Kind Comments' kind words): its first button.
    await expect(box).toHaveAttribute('data-phase', /^(feedback|follow-up)$/);
    if ((await box.getAttribute('data-phase')) === 'follow-up') await press(await pointOn(page, 'choices', 0));
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    await expect(box).toHaveAttribute('data-item', item);
    await press(await pointOn(page, 'next'));
  }
  throw new Error('the round did not end');
}

for (const game of GAMES) {
  test(`a pupil plays ${game.id} to the end with the mouse, and the result is stored`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await addClass(page, 'Year 5 Ash', 'ks2', ['Efa']);
    await pickPupil(page, 'Year 5 Ash', 'Efa');
    await page.goto(`/en/games/${game.id}/`);
    await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
    await page.locator('[data-start]').click();
    await expect(page.locator('.game-box')).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
    // The last button each time: a different answer from the keyboard tests' first.
    const last = JSON.parse((await page.locator(PLAYFIELD).getAttribute('data-choices'))!).length - 1;
    const turns = await playByPointer(page, (p) => page.mouse.click(p.x, p.y), last);
    await expect(page.getByText('Saved for Efa.')).toBeVisible();
    const [attempt] = await readAttempts(page);
    // A turn an item; Photo Check's two turns a photo (the hunt, the decision) score each thing in it and the decision.
    const max = Number(await page.locator('.results').getAttribute('data-max'));
    if (game.id !== 'photo-check') expect(max).toBe(turns);
    expect(attempt).toMatchObject({ kind: 'game', activityId: game.id, status: 'complete', maxScore: max });
    // The game's sticker is in Efa's collection on Tom's map now, and only this game's.
    await page.goto('/en/pupils/map/');
    await expect(page.locator(`[data-game="${game.id}"] [data-sticker]`)).toBeVisible();
    await expect(page.locator('[data-sticker]:visible')).toHaveCount(1);
  });
}

/**
 * Photo Check's hunt by pointer: a click (or a tap) on each thing that gives too much away puts a
 * sticker on it; on the first photo, one click on something fine to show (Tom says why). Then the
 * decision by its button, and Next.
 */
async function huntByPointer(page: Page, press: (point: { x: number; y: number }) => Promise<void>) {
  const box = page.locator('.game-box');
  const live = box.locator('[aria-live]');
  const results = page.locator('.game[data-mode="results"]');
  let max = 0;
  for (let turns = 0; turns < 20; turns += 1) {
    await expect(page.locator('.game-box[data-phase="choosing"]').or(results)).toBeVisible();
    if (await results.isVisible()) return max;
    const item = (await box.getAttribute('data-item'))!;
    const photo = photoOf(item);
    if (item.endsWith('/hunt')) {
      max += photo.details.length + 1;
      if (turns === 0) {
        const fine = fineIn(photo)[0]!;
        await press(await pointAt(page, fine));
        await expect(live).toContainText(`That one is fine to share: ${fine.why}`);
      }
      for (const thing of toFind(photo)) await press(await pointAt(page, thing));
      await expect(live).toContainText('All covered!');
    } else {
      const decision = stepsOf(photo).at(-1)!;
      await press(await pointOn(page, 'choices', answerFor(decision) === 'post' ? 0 : 1));
    }
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    await expect(box).toHaveAttribute('data-item', item);
    await press(await pointOn(page, 'next'));
  }
  throw new Error('the round did not end');
}

for (const [how, device] of [
  ['a mouse on a laptop', { viewport: { width: 1280, height: 800 } }],
  ['a finger on a phone', { hasTouch: true, viewport: { width: 390, height: 844 } }],
] as const) {
  test.describe(`Photo Check with ${how}`, () => {
    test.use(device);
    test('a pupil hunts through every photo, covering what gives too much away, and the result is stored', async ({ page }) => {
      test.setTimeout(240_000);
      await addClass(page, 'Year 4 Oak', 'ks2', ['Nia']);
      await pickPupil(page, 'Year 4 Oak', 'Nia');
      await page.goto('/en/games/photo-check/');
      await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
      // No clock: on a busy machine a photo's clock could run out between two taps, and this
      // test is about the pointer (the clock has its own tests in game-photo-check.spec.ts).
      await page.locator('[data-pace]').check();
      await page.locator('[data-start]').click();
      await expect(page.locator('.game-box')).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
      const touch = 'hasTouch' in device;
      const max = await huntByPointer(page, (p) => (touch ? page.touchscreen.tap(p.x, p.y) : page.mouse.click(p.x, p.y)));
      await expect(page.locator('.results')).toHaveAttribute('data-max', String(max));
      await expect(page.locator('.results')).toHaveAttribute('data-score', String(max - 1));
      await expect(page.getByText('Saved for Nia.')).toBeVisible();
      const [attempt] = await readAttempts(page);
      expect(attempt).toMatchObject({ kind: 'game', activityId: 'photo-check', status: 'complete', score: max - 1, maxScore: max });
      expect(attempt!.mistakes).toHaveLength(1);
      expect(attempt!.mistakes?.[0]).toMatchObject({ choiceId: 'cover', misconception: 'everything-must-be-hidden' });
    });
  });
}

test.describe('on a phone, with a finger', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a pupil plays Age Gate to the end by tapping the tall playfield', async ({ page }) => {
    test.setTimeout(240_000);
    await addClass(page, 'Year 3 Elm', 'ks2', ['Macsen']);
    await pickPupil(page, 'Year 3 Elm', 'Macsen');
    await page.goto('/en/games/age-gate/');
    await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
    await page.locator('[data-start]').tap();
    await expect(page.locator('.game-box')).toHaveAttribute('data-orientation', 'portrait', { timeout: 20_000 });
    const turns = await playByPointer(page, (p) => page.touchscreen.tap(p.x, p.y), 1);
    await expect(page.getByText('Saved for Macsen.')).toBeVisible();
    const [attempt] = await readAttempts(page);
    expect(attempt).toMatchObject({ kind: 'game', activityId: 'age-gate', status: 'complete', maxScore: turns });
  });
});
