/**
 * Photo Check in real Chromium: a 5-7 class plays to the end with the keyboard, one mistake on
 * purpose, and the result is stored beside lessons; the 7-11 words-only round stores nothing for
 * a guest; axe is clean in every state; and it plays offline.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect, tabTo, readAttempts, addClass, pickPupil, playAsGuest } from './support/fixtures';
import { answerFor, actionsFor, clockSeconds, stepsOf } from '../../games/photo-check/rules';
import type { Photo } from '../../src/schemas/game';

const photos = (parse(readFileSync('content/games/en/photo-check.yaml', 'utf8')) as { items: Photo[] }).items;
const steps = new Map(photos.flatMap(stepsOf).map((step) => [`${step.photo.id}/${step.detailId ?? 'post'}`, step]));
/** The key (1 or 2) for Tom's answer at a step, and the other one. */
const keyFor = (id: string, wrong = false) => {
  const step = steps.get(id)!;
  const right = actionsFor(step).indexOf(answerFor(step)) + 1;
  return wrong ? 3 - right : right;
};

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a pupil checks every photo with the keyboard, and the result is stored with the lessons', async ({ page }) => {
  test.setTimeout(240_000);
  await addClass(page, 'Year 2 Ash', 'ks1', ['Kofi']);
  await pickPupil(page, 'Year 2 Ash', 'Kofi');
  await page.locator('[data-game="photo-check"] a').click();
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
  await expectNoViolations(page);
  await tabTo(page, page.locator('[data-start]'));
  await page.keyboard.press('Enter');
  const box = page.locator('.game-box');
  await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  await expect(box).toBeFocused();
  const results = page.locator('.game[data-mode="results"]');
  let previous = '';
  let turns = 0;
  const photos: string[] = [];
  for (; turns < 20; turns += 1) {
    await expect(page.locator('.game-box[data-phase="choosing"]').or(results)).toBeVisible();
    if (await results.isVisible()) break;
    await expect(box).not.toHaveAttribute('data-item', previous);
    const item = (await box.getAttribute('data-item'))!;
    // A level a photo: each photo's things are checked against a quicker clock than the last's.
    const photo = item.split('/')[0]!;
    if (!photos.includes(photo)) {
      photos.push(photo);
      if (photos.length === 2) await expect(box.locator('[aria-live]')).toContainText('Level 2: quicker!');
    }
    await expect(box.locator('canvas')).toHaveAttribute('data-clock', String(clockSeconds('ks1', photos.length - 1)));
    await page.keyboard.press(String(keyFor(item, turns === 0)));
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    await expect(box).toHaveAttribute('data-item', item);
    if (turns === 0) await expectNoViolations(page);
    previous = item;
    await page.keyboard.press('Enter');
  }
  const panel = page.locator('.results');
  await expect(panel).toHaveAttribute('data-max', String(turns));
  await expect(panel).toHaveAttribute('data-score', String(turns - 1));
  await expect(panel.locator('li')).toHaveCount(1);
  await expect(page.getByText('Saved for Kofi.')).toBeVisible();
  await expectNoViolations(page);
  const [attempt] = await readAttempts(page);
  expect(attempt).toMatchObject({ kind: 'game', activityId: 'photo-check', status: 'complete', score: turns - 1, maxScore: turns });
  expect(attempt!.mistakes).toHaveLength(1);
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
  await context.setOffline(false);
});
