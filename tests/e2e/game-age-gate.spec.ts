/**
 * Age Gate in real Chromium: a 5-7 class plays to the end with the keyboard, one mistake on
 * purpose, the clock getting quicker at level 2, and the result is stored beside lessons; a clock
 * that runs out is explained and costs a point but is no mistake, and "take your time" has none; the 7-11 words-only round stores nothing for
 * a guest; axe is clean in every state; and it plays offline.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect, tabTo, readAttempts, addClass, pickPupil, playAsGuest } from './support/fixtures';
import { resolveAgeGate } from '../../src/lib/age-gate-items';
import { actionsFor, answerFor, clockSeconds, LEVEL_SIZE } from '../../games/age-gate/rules';
import type { AgeGateItem, ServiceKind } from '../../src/schemas/game';
import { PLAYFIELD } from './support/game-canvas';

const facts = Object.fromEntries(
  (
    parse(readFileSync('content/facts/age-limits.yaml', 'utf8')) as {
      services: { id: string; name: string; kind: ServiceKind; value: number; consent?: { under: number } }[];
    }
  ).services.map((s) => [s.id, s]),
);
const items = resolveAgeGate((parse(readFileSync('content/games/en/age-gate.yaml', 'utf8')) as { items: AgeGateItem[] }).items, facts);
const answerOf = (id: string, band: 'ks1' | 'ks2') =>
  answerFor(
    items.find((i) => i.id === id)!,
    band,
  );

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a pupil plays Age Gate to the end with the keyboard, and the result is stored with the lessons', async ({ page }) => {
  test.setTimeout(240_000);
  await addClass(page, 'Year 1 Willow', 'ks1', ['Nia']);
  await pickPupil(page, 'Year 1 Willow', 'Nia');
  await page.locator('[data-game="age-gate"] a').click();
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
  // Ages 5-7: nobody comes in without a grown-up, so the choices are ask first, or not yet.
  await expect(page.locator('[data-how-to]')).toContainText('key 1, Ask a grown-up first; key 2, Not yet.');
  await expectNoViolations(page);

  await tabTo(page, page.locator('[data-start]'));
  await page.keyboard.press('Enter');
  const box = page.locator('.game-box');
  await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  await expect(box).toBeFocused();
  const results = page.locator('.game[data-mode="results"]');
  let previous = '';
  for (let turn = 0; turn < 10; turn += 1) {
    await expect(page.locator('.game-box[data-phase="choosing"]').or(results)).toBeVisible();
    if (await results.isVisible()) break;
    await expect(box).not.toHaveAttribute('data-item', previous);
    const item = (await box.getAttribute('data-item'))!;
    // 20 seconds a child at first; from the fourth child, level 2 and a quicker clock.
    await expect(page.locator(PLAYFIELD)).toHaveAttribute('data-clock', String(clockSeconds('ks1', turn)));
    if (turn === LEVEL_SIZE) await expect(box.locator('[aria-live]')).toContainText('Level 2: quicker!');
    const answer = answerOf(item, 'ks1');
    const actions = actionsFor('ks1');
    // The first child is answered wrongly on purpose.
    const key = actions.indexOf(turn === 0 ? actions.find((a) => a !== answer)! : answer) + 1;
    await page.keyboard.press(String(key));
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    await expect(box).toHaveAttribute('data-item', item);
    if (turn === 0) await expectNoViolations(page);
    previous = item;
    await page.keyboard.press('Enter');
  }

  const panel = page.locator('.results');
  await expect(panel).toHaveAttribute('data-max', '6');
  await expect(panel).toHaveAttribute('data-score', '5');
  await expect(page.getByText('Saved for Nia.')).toBeVisible();
  // Tom says why about the mistake, on the results page too.
  await expect(panel.locator('li')).toHaveCount(1);
  await expectNoViolations(page);

  const [attempt] = await readAttempts(page);
  expect(attempt).toMatchObject({ kind: 'game', activityId: 'age-gate', status: 'complete', score: 5, maxScore: 6, stars: 2 });
  expect(attempt!.mistakes).toHaveLength(1);
  expect(answerOf(attempt!.mistakes![0]!.sceneId, 'ks1')).not.toBe(attempt!.mistakes![0]!.choiceId);

  await page.goto('/en/pupils/map/');
  await expect(page.locator('[data-game="age-gate"]')).toHaveAttribute('data-status', 'complete');
});

test("a child left at the gate too long is told the right call; 'take your time' turns the clock off, and is remembered", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/en/games/age-gate/');
  await playAsGuest(page, 'ks2');
  await expect(page.locator('[data-pace]')).not.toBeChecked();
  await page.locator('[data-start]').click();
  const box = page.locator('.game-box');
  await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  await expect(page.locator(PLAYFIELD)).toHaveAttribute('data-clock', String(clockSeconds('ks2', 0)));
  // Nobody presses anything: the clock runs out and Tom says what the call was.
  await expect(box).toHaveAttribute('data-phase', 'feedback', { timeout: 30_000 });
  await expect(box.locator('[aria-live]')).toContainText("Time's up! The right call:");
  await box.press('Enter');
  // The rest of the round answered in time: the results count the one the clock beat, and show
  // the way to more time.
  for (let turn = 1; turn < 9; turn += 1) {
    await expect(box).toHaveAttribute('data-phase', 'choosing');
    await box.press('1');
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    await box.press('Enter');
  }
  await expect(page.locator('[data-timed-out]')).toHaveText('The clock ran out once. Need longer? Tick “Take your time” before you start.');

  await page.goto('/en/games/age-gate/');
  await playAsGuest(page, 'ks2');
  await page.locator('[data-pace]').check();
  await page.locator('[data-start]').click();
  await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  await expect(page.locator(PLAYFIELD)).toHaveAttribute('data-clock', '');
  await page.waitForTimeout((clockSeconds('ks2', 0) + 2) * 1000);
  await expect(box).toHaveAttribute('data-phase', 'choosing');
  await page.goto('/en/games/age-gate/');
  await playAsGuest(page, 'ks2');
  await expect(page.locator('[data-pace]')).toBeChecked();
});

test('the words-only Age Gate teaches the same round for ages 7-11; a guest stores nothing', async ({ page }) => {
  await page.goto('/en/games/age-gate/');
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
  await playAsGuest(page, 'ks2');
  await tabTo(page, page.locator('[data-words-only]'));
  await page.keyboard.press('Enter');
  const section = page.locator('.words-only');
  for (let turn = 0; turn < 9; turn += 1) {
    const answer = answerOf((await section.getAttribute('data-item'))!, 'ks2');
    await tabTo(page, section.locator(`[data-action="${answer}"]`));
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-words-next]')).toBeFocused();
    if (turn === 0) await expectNoViolations(page);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.results')).toHaveAttribute('data-score', '9');
  expect(await readAttempts(page)).toEqual([]);
});

test('Age Gate loads and plays in Welsh with the network off after the first visit', async ({ page, context }) => {
  await page.goto('/en/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.goto('/cy/games/age-gate/');
  await playAsGuest(page, 'ks1');
  await page.locator('[data-start]').click();
  await expect(page.locator('.game-box')).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  await page.keyboard.press('2');
  await expect(page.locator('.game-box')).toHaveAttribute('data-phase', 'feedback');
  await context.setOffline(false);
});
