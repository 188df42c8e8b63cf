/**
 * Photo Check in real Chromium: a 5-7 class hunts through every photo with the keyboard alone
 * (the magnifying glass moved with the arrows, Enter for a sticker), taps one thing that is fine
 * to show on purpose, decides to post or not, and the result is stored beside lessons; the 7-11
 * words-only round stores nothing for a guest; axe is clean in every state; and it plays offline.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, tabTo, readAttempts, addClass, pickPupil, playAsGuest } from './support/fixtures';
import { photos, photoOf, toFind, fineIn, arrowsTo } from './support/photo-hunt';
import { answerFor, clockSeconds, huntSeconds, stepsOf } from '../../games/photo-check/rules';
import { PLAYFIELD } from './support/game-canvas';

const steps = new Map(photos.flatMap(stepsOf).map((step) => [`${step.photo.id}/${step.detailId ?? 'post'}`, step]));

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a pupil hunts through every photo with the keyboard, and the result is stored with the lessons', async ({ page }) => {
  test.setTimeout(240_000);
  await addClass(page, 'Year 2 Ash', 'ks1', ['Kofi']);
  await pickPupil(page, 'Year 2 Ash', 'Kofi');
  await page.locator('[data-game="photo-check"] a').click();
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
  await expectNoViolations(page);
  await tabTo(page, page.locator('[data-start]'));
  await page.keyboard.press('Enter');
  const box = page.locator('.game-box');
  const live = box.locator('[aria-live]');
  const canvas = page.locator(PLAYFIELD);
  await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  await expect(box).toBeFocused();
  const results = page.locator('.game[data-mode="results"]');
  let previous = '';
  let maxScore = 0;
  const seen: string[] = [];
  for (let turns = 0; turns < 20; turns += 1) {
    await expect(page.locator('.game-box[data-phase="choosing"]').or(results)).toBeVisible();
    if (await results.isVisible()) break;
    await expect(box).not.toHaveAttribute('data-item', previous);
    const item = (await box.getAttribute('data-item'))!;
    const photo = photoOf(item);
    if (item.endsWith('/hunt')) {
      seen.push(photo.id);
      maxScore += photo.details.length + 1;
      // A level a photo: each photo is hunted against a quicker clock than the last.
      if (seen.length === 2) await expect(live).toContainText('Level 2: quicker!');
      await expect(canvas).toHaveAttribute('data-clock', String(huntSeconds('ks1', seen.length - 1)));
      // On the first photo, a sticker on something fine to show: Tom says why, and the hunt goes on.
      if (seen.length === 1) {
        const fine = fineIn(photo)[0]!;
        for (const key of await arrowsTo(page, photo, fine)) await page.keyboard.press(key);
        await expect(live).toContainText(fine.label);
        await page.keyboard.press('Enter');
        await expect(live).toContainText(`That one is fine to share: ${fine.why}`);
        await expect(box).toHaveAttribute('data-phase', 'choosing');
        await expectNoViolations(page);
      }
      for (const [k, thing] of toFind(photo).entries()) {
        for (const key of await arrowsTo(page, photo, thing)) await page.keyboard.press(key);
        await page.keyboard.press(' ');
        if (k < toFind(photo).length - 1) await expect(live).toContainText(`Sticker on: ${thing.label}.`);
      }
      // Everything found ends the hunt: Tom's panel, then Enter for the decision.
      await expect(box).toHaveAttribute('data-phase', 'feedback');
      await expect(live).toContainText('All covered!');
    } else {
      await expect(canvas).toHaveAttribute('data-clock', String(clockSeconds('ks1', seen.length - 1)));
      await page.keyboard.press(answerFor(steps.get(item)!) === 'post' ? '1' : '2');
      await expect(box).toHaveAttribute('data-phase', 'feedback');
    }
    await expect(box).toHaveAttribute('data-item', item);
    previous = item;
    await page.keyboard.press('Enter');
  }
  const panel = page.locator('.results');
  await expect(panel).toHaveAttribute('data-max', String(maxScore));
  await expect(panel).toHaveAttribute('data-score', String(maxScore - 1));
  await expect(panel.locator('li')).toHaveCount(1);
  await expect(page.getByText('Saved for Kofi.')).toBeVisible();
  await expectNoViolations(page);
  const [attempt] = await readAttempts(page);
  expect(attempt).toMatchObject({ kind: 'game', activityId: 'photo-check', status: 'complete', score: maxScore - 1, maxScore });
  const fine = fineIn(photos.find((p) => p.id === seen[0])!)[0]!;
  // Stored as the import expects it: the thing's id in the photo, what was chosen, and the idea behind it.
  expect(attempt!.mistakes).toEqual([{ sceneId: `${seen[0]}/${fine.id}`, choiceId: 'cover', misconception: 'everything-must-be-hidden' }]);
});

test('when the pupil stops looking too soon, Tom covers what was missed and says why, and the results remember it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/games/photo-check/');
  await playAsGuest(page, 'ks2');
  await page.locator('[data-start]').click();
  const box = page.locator('.game-box');
  const live = box.locator('[aria-live]');
  await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  const results = page.locator('.game[data-mode="results"]');
  let expected = 0;
  const reasons = new Set<string>();
  for (let turns = 0; turns < 20; turns += 1) {
    await expect(page.locator('.game-box[data-phase="choosing"]').or(results)).toBeVisible();
    if (await results.isVisible()) break;
    const item = (await box.getAttribute('data-item'))!;
    const photo = photoOf(item);
    if (item.endsWith('/hunt')) {
      // Key 1: finished looking, with nothing found. What was rightly left alone still scores.
      await page.keyboard.press('1');
      await expect(box).toHaveAttribute('data-phase', 'feedback');
      await expect(live).toContainText('Tom covered what was left.');
      await expect(live).toContainText(toFind(photo)[0]!.why);
      expected += fineIn(photo).length;
      // Leaving them was the pupil's choice, as it is in the words-only game: a mistake, with its reason.
      for (const thing of toFind(photo)) reasons.add(thing.why);
    } else {
      await page.keyboard.press(answerFor(steps.get(item)!) === 'post' ? '1' : '2');
      await expect(box).toHaveAttribute('data-phase', 'feedback');
      expected += 1;
    }
    await expect(box).toHaveAttribute('data-item', item);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.results')).toHaveAttribute('data-score', String(expected));
  await expect(page.locator('.results li')).toHaveText([...reasons], { useInnerText: true });
});

test('the words-only Photo Check teaches the same round for ages 7-11; a guest stores nothing', async ({ page }) => {
  await page.goto('/en/games/photo-check/');
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
  await playAsGuest(page, 'ks2');
  await tabTo(page, page.locator('[data-words-only]'));
  await page.keyboard.press('Enter');
  const section = page.locator('.words-only');
  let turns = 0;
  for (; turns < 30 && !(await page.locator('.results').isVisible()); turns += 1) {
    const step = steps.get((await section.getAttribute('data-item'))!)!;
    await tabTo(page, section.locator(`[data-action="${answerFor(step)}"]`));
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-words-next]')).toBeFocused();
    if (turns === 0) await expectNoViolations(page);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.results')).toHaveAttribute('data-score', String(turns));
  expect(await readAttempts(page)).toEqual([]);
});

test('Photo Check loads and plays in Welsh with the network off after the first visit', async ({ page, context }) => {
  await page.goto('/en/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.goto('/cy/games/photo-check/');
  await playAsGuest(page, 'ks1');
  await page.locator('[data-start]').click();
  await expect(page.locator('.game-box')).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  await page.keyboard.press('1');
  await expect(page.locator('.game-box')).toHaveAttribute('data-phase', 'feedback');
  await expect(page.locator('.game-box [aria-live]')).toContainText('Cuddiodd Tom');
  await context.setOffline(false);
});
