/**
 * The mini-games in real Chromium: played to the end with the keyboard, the result stored in the
 * attempts table beside lessons, axe clean, nothing from elsewhere, and playable offline.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect, tabTo, readAttempts, addClass, pickPupil, playAsGuest } from './support/fixtures';
import { clockSeconds } from '../../games/kind-comments/rules';
import { PLAYFIELD } from './support/game-canvas';
import { chooseWords, kindComments } from './support/kind-words';

interface Comment {
  id: string;
  answer: 'send' | 'change' | 'report';
}
const comments: Comment[] = (
  parse(readFileSync('content/games/en/kind-comments.yaml', 'utf8')) as {
    items: Comment[];
  }
).items;
const answerOf = (id: string) => comments.find((c) => c.id === id)!.answer;
const ACTIONS = ['send', 'change', 'report'] as const;

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Plays the canvas round with number keys and Enter, answering as Tom would except `wrongOn`. */
async function playCanvas(page: Page, wrongOn = new Set<number>()) {
  const box = page.locator('.game-box');
  await expect(box).toBeFocused();
  const results = page.locator('.game[data-mode="results"]');
  let previous = '';
  for (let turn = 0; turn < 12; turn += 1) {
    // The next comment (a different one from the last), or the end of the round.
    await expect(page.locator('.game-box[data-phase="choosing"]').or(results)).toBeVisible();
    if (await results.isVisible()) return;
    await expect(box).not.toHaveAttribute('data-item', previous);
    const item = (await box.getAttribute('data-item'))!;
    const answer = answerOf(item);
    const key = wrongOn.has(turn) ? (answer === 'send' ? 2 : 1) : ACTIONS.indexOf(answer) + 1;
    await page.keyboard.press(String(key));
    // Making it kind asks for the kind words next.
    if (!wrongOn.has(turn) && answer === 'change')
      await chooseWords(
        page,
        kindComments().find((c) => c.id === item)!,
      );
    // The feedback is for the comment that was read, so a late key can never answer another one.
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    await expect(box).toHaveAttribute('data-item', item);
    previous = item;
    await page.keyboard.press('Enter');
  }
  throw new Error('the round did not end');
}

test('a pupil plays Kind Comments to the end with the keyboard, and the result is stored with the lessons', async ({ page }) => {
  test.setTimeout(240_000);
  await addClass(page, 'Year 2 Oak', 'ks1', ['Siân']);
  await pickPupil(page, 'Year 2 Oak', 'Siân');
  await page.locator('[data-game="kind-comments"] a').click();
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
  // Ages 5-7 from the class: two choices a comment, and the instructions before play.
  await expect(page.locator('[data-how-to]')).toContainText('key 1, Send it; key 2, Make it kind.');
  await expectNoViolations(page);

  await tabTo(page, page.locator('[data-start]'));
  await page.keyboard.press('Enter');
  await expect(page.locator('.game[data-mode="canvas"]')).toBeVisible({
    timeout: 20_000,
  });
  // Each comment has a clock, longest for ages 5-7.
  await expect(page.locator(PLAYFIELD)).toHaveAttribute('data-clock', String(clockSeconds('ks1', 0)));
  await playCanvas(page, new Set([0]));

  const results = page.locator('.results');
  await expect(results).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Round finished!' })).toBeFocused();
  await expect(results).toHaveAttribute('data-max', '6');
  await expect(results).toHaveAttribute('data-score', '5');
  await expect(page.getByText('Saved for Siân.')).toBeVisible();
  await expectNoViolations(page);

  const [attempt] = await readAttempts(page);
  expect(attempt).toMatchObject({
    kind: 'game',
    activityId: 'kind-comments',
    status: 'complete',
    score: 5,
    maxScore: 6,
    stars: 2,
  });
  expect(attempt!.mistakes).toHaveLength(1);
  expect(answerOf(attempt!.mistakes![0]!.sceneId)).not.toBe(attempt!.mistakes![0]!.choiceId);

  // Tom's map shows the game's stars beside the lessons.
  await page.goto('/en/pupils/map/');
  await expect(page.locator('[data-game="kind-comments"]')).toHaveAttribute('data-status', 'complete');
  await expect(page.locator('[data-game="kind-comments"]').getByText('2 out of 3 stars')).toBeVisible();
});

test('pause and resume; the sound settings are remembered', async ({ page }) => {
  await page.goto('/en/games/kind-comments/');
  await playAsGuest(page, 'ks2');
  await page.locator('[data-start]').click();
  await expect(page.locator('.game-box')).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  await page.locator('[data-pause]').click();
  await expect(page.getByText('Paused. Press Carry on when you are ready.')).toBeVisible();
  await expectNoViolations(page);
  await page.locator('[data-resume]').click();
  await expect(page.locator('.game-box')).toBeFocused();
  await page.getByRole('button', { name: 'Music' }).click();
  await expect(page.getByRole('button', { name: 'Music' })).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await playAsGuest(page, 'ks2');
  await page.locator('[data-start]').click();
  await expect(page.getByRole('button', { name: 'Music' })).toHaveAttribute('aria-pressed', 'false');
});

test('the words-only version teaches the same round without the canvas; a guest stores nothing', async ({ page }) => {
  await page.goto('/en/games/kind-comments/');
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
  await playAsGuest(page, 'ks2');
  await tabTo(page, page.locator('[data-words-only]'));
  await page.keyboard.press('Enter');
  const section = page.locator('.words-only');
  await expectNoViolations(page);
  for (let turn = 0; turn < 10; turn += 1) {
    const answer = answerOf((await section.getAttribute('data-item'))!);
    await tabTo(page, section.locator(`[data-action="${answer}"]`));
    await page.keyboard.press('Enter');
    if (answer === 'change') {
      // Then the kind words, from among others: the question takes the focus.
      await expect(section.getByRole('heading', { name: 'Good call! Which words are kind?' })).toBeFocused();
      await expect(section.locator('[data-worded]')).toHaveCount(3);
      await tabTo(page, section.locator('[data-worded="kinder"]'));
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('[data-words-next]')).toBeFocused();
    if (turn === 0) await expectNoViolations(page);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.results')).toHaveAttribute('data-score', '10');
  await expect(page.getByText('Playing as a guest: this round is not saved.')).toBeVisible();
  expect(await readAttempts(page)).toEqual([]);
});

test('the game loads and plays with the network off after the first visit', async ({ page, context }) => {
  await page.goto('/en/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.goto('/cy/games/kind-comments/');
  await playAsGuest(page, 'ks1');
  await page.locator('[data-start]').click();
  await expect(page.locator('.game-box')).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  await page.keyboard.press('1');
  await expect(page.locator('.game-box')).toHaveAttribute('data-phase', 'feedback');
  await context.setOffline(false);
});

// A quick child on a slow laptop presses a number and Enter inside one frame. Phaser replays every
// key of the frame's queue on each new key, so the number used to answer the next item as well.
for (const game of ['kind-comments', 'photo-check', 'age-gate']) {
  test(`${game}: keys pressed faster than a frame count once each`, async ({ page }) => {
    await page.goto(`/en/games/${game}/`);
    await playAsGuest(page, 'ks1');
    await page.locator('[data-start]').click();
    const box = page.locator('.game-box');
    await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
    // One task, so no frame can run between the keys.
    const seen = await box.evaluate((el) => {
      const press = (key: string) => {
        for (const type of ['keydown', 'keyup']) el.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, cancelable: true }));
      };
      const first = el.dataset.item;
      press('1');
      press('Enter');
      const second = el.dataset.item;
      const afterNext = el.dataset.phase;
      press('1');
      return { first, second, afterNext, answered: el.dataset.item, phase: el.dataset.phase };
    });
    expect(seen.second).not.toBe(seen.first);
    expect(seen.afterNext).toBe('choosing');
    expect(seen.answered).toBe(seen.second);
    expect(seen.phase).toBe('feedback');
  });
}
