import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, builtPages, loadLesson, stubSpeech, addClass, pickPupil, LESSON_ID } from './support/fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

// The bare address redirects at once; every other page is checked as it stands.
const pages = builtPages().filter((path) => path !== '/');

test('every built page is found', () => {
  expect(pages).toContain('/en/');
  expect(pages).toContain('/cy/');
  expect(pages).toContain(`/cy/lessons/${LESSON_ID}/`);
});

for (const path of pages) {
  test(`${path} has no WCAG 2.2 AA violations and loads nothing from elsewhere`, async ({ page }) => {
    // With a voice, read-aloud buttons appear and are checked too.
    await stubSpeech(page, ['en-GB', 'cy-GB']);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    await expectNoViolations(page);
  });
}

test('the lesson has no violations in its feedback, ending and welcome-back states', async ({ page }) => {
  const lesson = loadLesson('en', LESSON_ID);
  await stubSpeech(page, ['en-GB']);
  await addClass(page, 'Year 5 Ash', 'ks2', ['Priya']);
  await pickPupil(page, 'Year 5 Ash', 'Priya');
  await page.goto(`/en/lessons/${LESSON_ID}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();

  const unsafe = lesson.scenes[lesson.start]!.choices!.find((c) => !c.safe)!;
  await page.locator(`[data-choice="${unsafe.id}"]`).click();
  await expect(page.locator('.feedback')).toBeVisible();
  await expectNoViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome back!' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Carry on' }).click();

  let sceneId = unsafe.next;
  while (!lesson.scenes[sceneId]!.end) {
    const choice = lesson.scenes[sceneId]!.choices!.find((c) => c.safe)!;
    await page.locator(`[data-choice="${choice.id}"]`).click();
    await page.locator('[data-next]').click();
    sceneId = choice.next;
  }
  await expect(page.getByRole('heading', { name: 'You finished the lesson!' })).toBeVisible();
  await expectNoViolations(page);
});

test('the lesson honours reduced motion and reflows on a small phone screen', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/en/lessons/${LESSON_ID}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  const animated = await page.evaluate(
    () => [...document.querySelectorAll('*')].filter((el) => getComputedStyle(el).animationName !== 'none').length,
  );
  expect(animated).toBe(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('what read-aloud lights up while it reads (the post, a choice) keeps every contrast and name', async ({ page }) => {
  // Ages 5-7 in Welsh: read from the site's recordings, with no voice on the device.
  await page.goto('/cy/lessons/posting-kindly-ks1/');
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await page.locator('[data-choice]').first().click();
  await page.locator('[data-next]').click();
  const scene = page.locator('[data-read-aloud]').first();
  await scene.click();
  await expect(page.locator('.post[data-speaking]')).toBeVisible({ timeout: 20_000 });
  await expectNoViolations(page);
  await scene.click();
  await page.locator('[data-read-aloud]').nth(1).click();
  await expect(page.locator('[data-choice][data-speaking]')).toHaveCount(1, { timeout: 20_000 });
  await expectNoViolations(page);
});
