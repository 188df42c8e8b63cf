/**
 * Lessons as children meet them, in real Chromium on the built site: a KS1 story played with the
 * mouse and a KS2 story with the keyboard, in English and in Welsh; a picture with words for it
 * in every scene; choices in a different order from one attempt to the next; axe clean; offline.
 * One scene per topic is compared with a stored screenshot, so a broken drawing is seen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, loadLesson, tabTo } from './support/fixtures';
import type { Lesson } from '../../src/schemas/lesson';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Plays the safe choice at every scene, checking each scene's picture on the way. */
async function playSafely(page: Page, lesson: Lesson, how: 'mouse' | 'keyboard') {
  let sceneId = lesson.start;
  for (let turn = 0; turn < 40 && lesson.scenes[sceneId]!.choices; turn += 1) {
    const scene = lesson.scenes[sceneId]!;
    await expect(page.getByRole('img', { name: scene.picture!.alt, exact: true })).toBeVisible();
    if (scene.beat) await expect(page.locator('[data-beat]')).toBeVisible();
    const choice = scene.choices!.find((c) => c.safe)!;
    const button = page.locator(`[data-choice="${choice.id}"]`);
    if (how === 'mouse') await button.click();
    else {
      await tabTo(page, button);
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('.feedback')).toBeVisible();
    if (turn === 0) await expectNoViolations(page);
    if (how === 'mouse') await page.locator('[data-next]').click();
    else {
      await tabTo(page, page.locator('[data-next]'));
      await page.keyboard.press('Enter');
    }
    sceneId = choice.next;
  }
  await expect(page.locator('.player[data-view="end"]')).toBeVisible();
}

for (const locale of ['en', 'cy']) {
  test(`${locale}: a KS1 story played with the mouse, a picture in every scene`, async ({ page }) => {
    test.setTimeout(180_000);
    const lesson = loadLesson(locale, 'posting-kindly-ks1');
    await page.goto(`/${locale}/lessons/${lesson.id}/`);
    await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
    await expectNoViolations(page);
    await playSafely(page, lesson, 'mouse');
    // The chosen promise, shown large in the child's words.
    await page.locator('.pledge-option').first().click();
    await page.locator('[data-make-pledge]').click();
    await expect(page.locator('[data-promise]')).toHaveText(lesson.pledges[0]!.text);
    await expectNoViolations(page);
  });

  test(`${locale}: a KS2 story played with the keyboard alone`, async ({ page }) => {
    test.setTimeout(180_000);
    const lesson = loadLesson(locale, 'sharing-images-ks2');
    await page.goto(`/${locale}/lessons/${lesson.id}/`);
    await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
    await playSafely(page, lesson, 'keyboard');
  });
}

test('the choices come in a new order for a new attempt, and the same order when it is resumed', async ({ page }) => {
  const lesson = loadLesson('en', 'posting-kindly-ks2');
  const orders = new Set<string>();
  for (let attempt = 0; attempt < 8 && orders.size < 2; attempt += 1) {
    await page.goto(`/en/lessons/${lesson.id}/`);
    await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
    orders.add((await page.locator('[data-choice]').evaluateAll((els) => els.map((e) => e.getAttribute('data-choice')))).join(','));
  }
  expect(orders.size).toBeGreaterThan(1);
});

test("the later scenes' drawings are fetched at the child's first choice, not while the first scene is drawn", async ({ page }) => {
  const lesson = loadLesson('en', 'age-limits-ks1');
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/art.json')) asked.push(request.url());
  });
  await page.goto(`/en/lessons/${lesson.id}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await page.waitForTimeout(800);
  expect(asked).toEqual([]);
  const first = lesson.scenes[lesson.start]!.choices!.find((c) => c.safe)!;
  // Asked for by the choice itself: well before the player's own fallback, 3 s after it started.
  const fetched = page.waitForRequest((request) => request.url().endsWith('/art.json'), { timeout: 1200 });
  await page.locator(`[data-choice="${first.id}"]`).click();
  await fetched;
  await page.locator('[data-next]').click();
  const second = lesson.scenes[first.next]!;
  await expect(page.getByRole('img', { name: second.picture!.alt, exact: true })).toBeVisible();
  expect(asked).toHaveLength(1);
});

test('a story works offline after the first visit, pictures, ending and promise and all', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/en/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  const lesson = loadLesson('cy', 'age-limits-ks1');
  await page.goto(`/cy/lessons/${lesson.id}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('img', { name: lesson.scenes[lesson.start]!.picture!.alt, exact: true })).toBeVisible();
  // The ending loads only when it is reached: it must come from the offline copy too.
  await playSafely(page, lesson, 'mouse');
  await page.locator('.pledge-option').first().click();
  await page.locator('[data-make-pledge]').click();
  await expect(page.locator('[data-promise]')).toHaveText(lesson.pledges[0]!.text);
  await context.setOffline(false);
});

// One scene per topic, drawn as the stored screenshot shows it. Small differences in font
// rendering between machines are allowed; a missing or broken drawing is not.
for (const [id, scene] of [
  ['posting-kindly-ks1', 'ava-laughs'],
  ['age-limits-ks1', 'meet-tom'],
  ['sharing-images-ks2', 'sports-day'],
] as const) {
  test(`the picture of ${id} looks as drawn`, async ({ page }) => {
    const lesson = loadLesson('en', id);
    const target: string = scene;
    // Walk the safe path until the scene is on screen.
    await page.goto(`/en/lessons/${id}/`);
    await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
    let sceneId = lesson.start;
    for (let step = 0; sceneId !== target && step < 20; step += 1) {
      const choice = lesson.scenes[sceneId]!.choices!.find((c) => c.safe)!;
      await page.locator(`[data-choice="${choice.id}"]`).click();
      await page.locator('[data-next]').click();
      sceneId = choice.next;
    }
    await expect(page.locator(`[data-picture="${target}"] .scene-picture`)).toHaveScreenshot(`${id}-${target}.png`, {
      maxDiffPixelRatio: 0.02,
    });
  });
}
