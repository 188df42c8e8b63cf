/**
 * The pupil's whole journey on a shared class device: the teacher adds the class, a pupil picks
 * themselves, plays one lesson per topic with the keyboard, makes a pledge, prints a certificate,
 * and the map keeps the stars. A guest's play leaves nothing behind.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, loadLesson, tabTo, readAttempts, addClass, pickPupil, unlockTeacher } from './support/fixtures';
import type { Lesson } from '../../src/schemas/lesson';
import { pdfPages } from './support/pdf';
import { readdirSync } from 'node:fs';
import { TOPIC_ORDER } from '../../src/lib/journey';

const KS1_LESSONS = ['posting-kindly-ks1', 'sharing-images-ks1', 'age-limits-ks1'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The safe choice at every scene, with Tab and Enter only. */
async function playSafely(page: Page, lesson: Lesson) {
  let sceneId = lesson.start;
  for (let guard = 0; !lesson.scenes[sceneId]!.end; guard += 1) {
    expect(guard).toBeLessThan(30);
    await expect(page.locator(`[data-scene="${sceneId}"]`)).toBeVisible();
    const choice = lesson.scenes[sceneId]!.choices!.find((c) => c.safe)!;
    await tabTo(page, page.locator(`[data-choice="${choice.id}"]`));
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator('[data-next]'));
    await page.keyboard.press('Enter');
    sceneId = choice.next;
  }
  await expect(page.getByRole('heading', { name: 'You finished the lesson!' })).toBeFocused();
}

test('a pupil picks themselves, plays every topic with the keyboard, pledges, and the map keeps the stars', async ({ page }) => {
  test.setTimeout(300_000);
  await addClass(page, 'Year 2 Oak', 'ks1', ['Siân', 'Sam B.', 'Jo']);
  await addClass(page, 'Year 6 Ash', 'ks2', ['Leo']);
  await pickPupil(page, 'Year 2 Oak', 'Siân');
  await expect(page.locator('[data-next-lesson]')).toHaveAttribute('data-next-lesson', 'posting-kindly-ks1');
  await expectNoViolations(page);

  for (const id of KS1_LESSONS) {
    const lesson = loadLesson('en', id);
    await page.goto(`/en/lessons/${id}/`);
    await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
    // KS1 choices can be answered from pictures alone.
    await expect(page.locator('[data-choice] svg').first()).toBeVisible();
    await playSafely(page, lesson);
    await expect(page.getByText('3 out of 3 stars')).toBeVisible();

    const pledge = lesson.pledges[0]!;
    await tabTo(page, page.getByRole('radio', { name: pledge.text }));
    await page.keyboard.press('Space');
    await tabTo(page, page.locator('[data-make-pledge]'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Promise made' })).toBeVisible();
    await expect
      .poll(async () => (await readAttempts(page)).find((a) => a.activityId === id && a.status === 'complete')?.pledgeId)
      .toBe(pledge.id);
  }

  // The certificate for the last lesson: the pupil's name, the lesson and their own pledge.
  const last = loadLesson('en', KS1_LESSONS.at(-1)!);
  await page.locator('[data-certificate]').click();
  await expect(page.locator('[data-certificate-name]')).toHaveText('Siân');
  await expect(page.locator('.certificate')).toContainText(last.title);
  await expect(page.locator('.certificate')).toContainText(last.pledges[0]!.text);
  // Dated the British way for an English school (24 November 2026), not the American way.
  await expect(page.locator('.certificate')).toContainText(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()));
  await expectNoViolations(page);
  await page.emulateMedia({ media: 'print' });
  const sheets = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // One A4 landscape sheet with the header and footer left off, filled, and no star count.
  expect(sheets).toHaveLength(1);
  expect(Math.round(sheets[0]!.width)).toBe(842);
  expect(sheets[0]!.textSpan).toBeGreaterThan(0.45);
  expect(sheets[0]!.text).not.toMatch(/out of 3|stars/i);
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/en/pupils/map/');
  await page.reload();
  for (const id of KS1_LESSONS) {
    const card = page.locator(`[data-lesson="${id}"]`);
    await expect(card).toHaveAttribute('data-status', 'complete');
    await expect(card.getByText('3 out of 3 stars')).toBeVisible();
  }
  // With each topic's first story done, Tom suggests a topic's second story for ages 5-7.
  const second = readdirSync('content/lessons/en')
    .map((f) => loadLesson('en', f.replace(/\.yaml$/, '')))
    .filter((l) => l.ageBand === 'ks1' && !KS1_LESSONS.includes(l.id))
    .sort((a, b) => TOPIC_ORDER.indexOf(a.topic) - TOPIC_ORDER.indexOf(b.topic))[0];
  await expect(page.locator('[data-next-lesson]')).toHaveAttribute('data-next-lesson', second?.id ?? '');
  await expectNoViolations(page);

  // Switching pupil is one step, and the next child starts with nothing of Siân's.
  await page.getByRole('link', { name: 'Switch player' }).click();
  await pickPupil(page, 'Year 2 Oak', 'Jo');
  await expect(page.locator(`[data-lesson="${KS1_LESSONS[0]}"]`)).toHaveAttribute('data-status', 'not-started');
});

test('a guest plays without anything being stored', async ({ page }) => {
  await page.goto('/en/pupils/');
  await expect(page.locator('.who[data-ready="true"]')).toBeVisible();
  await expectNoViolations(page);
  await page.locator('[data-guest]').click();
  await page.waitForURL('**/en/pupils/map/');
  const lesson = loadLesson('en', 'posting-kindly-ks1');
  await page.goto(`/en/lessons/${lesson.id}/`);
  await expect(page.locator('.player[data-guest="true"]')).toBeVisible();
  await playSafely(page, lesson);
  expect(await readAttempts(page)).toEqual([]);
  // A guest's certificate has a line for their name, written by hand.
  await page.getByRole('radio', { name: lesson.pledges[1]!.text }).check();
  await page.locator('[data-make-pledge]').click();
  await page.locator('[data-certificate]').click();
  await expect(page.locator('.certificate')).toContainText(lesson.pledges[1]!.text);
  await expect(page.locator('.name.blank')).toBeVisible();
  expect(await readAttempts(page)).toEqual([]);
});

test('the roster keeps what a teacher typed when a name is refused, and removing a pupil removes their progress', async ({ page }) => {
  await addClass(page, 'Year 3 Birch', 'ks2', ['Ava', 'Jay']);
  await page.locator('#many-names').fill('<img src=x onerror=alert(1)>\nava\nPriya');
  await page.locator('[data-add-many]').click();
  await expect(page.locator('[data-pupil-row="Priya"]')).toBeVisible();
  // The refused lines stay in the box with their reasons; nothing ran, nothing was lost.
  await expect(page.locator('#many-names')).toHaveValue('<img src=x onerror=alert(1)>\nava');
  await expect(page.locator('#many-problems')).toContainText('already in this class');
  await expect(page.locator('#many-problems')).toContainText('Use letters');
  await expectNoViolations(page);

  await pickPupil(page, 'Year 3 Birch', 'Jay');
  const lesson = loadLesson('en', 'posting-kindly-ks2');
  await page.goto(`/en/lessons/${lesson.id}/`);
  await page.locator(`[data-choice="${lesson.scenes[lesson.start]!.choices![0]!.id}"]`).click();
  await expect.poll(async () => (await readAttempts(page)).length).toBe(1);

  await page.goto('/en/teachers/classes/');
  await unlockTeacher(page);
  await page.locator('[data-open-class="Year 3 Birch"]').click();
  await page.locator('[data-remove-pupil="Jay"]').click();
  await page.locator('[data-confirm-remove]').click();
  await expect(page.locator('[data-pupil-row="Jay"]')).toHaveCount(0);
  expect(await readAttempts(page)).toEqual([]);
});

test('after a KS2 choice that hurts someone, the pupil replays that moment as the other child', async ({ page }) => {
  await addClass(page, 'Year 6 Ash', 'ks2', ['Leo']);
  await pickPupil(page, 'Year 6 Ash', 'Leo');
  const lesson = loadLesson('en', 'posting-kindly-ks2');
  await page.goto(`/en/lessons/${lesson.id}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();

  const [hurtScene, hurt] = Object.entries(lesson.scenes)
    .flatMap(([id, s]) => (s.choices ?? []).map((c) => [id, c] as const))
    .find(([, c]) => !c.safe && lesson.scenes[c.next]?.viewpoint)!;
  let sceneId = lesson.start;
  while (sceneId !== hurtScene) {
    const choice = lesson.scenes[sceneId]!.choices!.find((c) => c.safe && c.next !== sceneId)!;
    await page.locator(`[data-choice="${choice.id}"]`).click();
    await page.locator('[data-next]').click();
    sceneId = choice.next;
  }
  await page.locator(`[data-choice="${hurt.id}"]`).click();
  await page.locator('[data-next]').click();

  const other = lesson.scenes[hurt.next]!.viewpoint!;
  await expect(page.locator(`[data-scene="${hurt.next}"]`)).toBeVisible();
  await expect(page.locator(`[data-viewpoint="${other}"]`)).toBeVisible();
  await expectNoViolations(page);
  // The mistake is kept for the teacher, on the scene where it was made.
  await expect.poll(async () => (await readAttempts(page))[0]?.steps.map((s) => s.choiceId)).toContain(hurt.id);
});
