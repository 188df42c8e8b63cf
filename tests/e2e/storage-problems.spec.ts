/**
 * Storage failures reach the pupil the one way everywhere (src/db/safely.ts, StorageAlert): said
 * plainly beside Tom, the pupil keeps playing, and nothing saved before the failure is lost.
 */
import { test, expect, LESSON_ID, loadLesson, addClass, pickPupil, readAttempts, unlockTeacher } from './support/fixtures';
import type { Page } from '@playwright/test';

/** Dexie reports a failed write on the console; that is expected here, nothing else is. */
function expectOnlyQuotaProblems(guard: string[]) {
  const unexpected = guard.filter((p) => !/QuotaExceeded|quota|full disk/i.test(p));
  guard.length = 0;
  expect(unexpected).toEqual([]);
}

/** Every IndexedDB write on this page fails the way a full disk does; reads still work. */
async function fillTheDisk(page: Page) {
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = full;
    IDBObjectStore.prototype.put = full;
  });
}

// Each test sets up a class through the teacher's screens and then opens several pages.
test.slow();

const lesson = loadLesson('en', LESSON_ID);
const first = lesson.scenes[lesson.start]!.choices!.find((c) => c.safe)!;
const second = lesson.scenes[first.next]!.choices![0]!;

/** The first choice of the lesson, answered and saved while the disk still had room. */
async function answerFirstChoice(page: Page) {
  await page.goto(`/en/lessons/${LESSON_ID}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await page.locator(`[data-choice="${first.id}"]`).click();
  await expect.poll(async () => (await readAttempts(page)).map((a) => a.steps.length)).toEqual([1]);
}

test('a full disk in a lesson: the pupil is told plainly beside Tom, keeps playing, and loses nothing saved', async ({
  page,
  context,
  guard,
}) => {
  await addClass(page, 'Year 4 Elm', 'ks2', ['Leo']);
  await pickPupil(page, 'Year 4 Elm', 'Leo');
  await answerFirstChoice(page);

  // From now on, every write on this page fails.
  await fillTheDisk(page);
  await page.reload();
  await page.getByRole('button', { name: 'Carry on' }).click();
  await expect(page.locator(`[data-scene="${first.next}"]`)).toBeVisible();
  await page.locator(`[data-choice="${second.id}"]`).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(/This device is full.*Your old stars are safe/);
  await expect(alert.locator('svg.tom')).toBeVisible();
  await expect(page.locator('[data-storage-problem="full"]')).toBeVisible();
  // The pupil plays on.
  await page.locator('[data-next]').click();
  await expect(page.locator(`[data-scene="${second.next}"]`)).toBeVisible();
  expectOnlyQuotaProblems(guard);

  // The disk has room again (a new page, without the failure): the first answer is still there.
  const later = await context.newPage();
  await later.goto(`/en/lessons/${LESSON_ID}/`);
  await expect(later.getByRole('button', { name: 'Carry on' })).toBeVisible();
  const [attempt] = await readAttempts(later);
  expect(attempt!.steps.map((s) => s.choiceId)).toEqual([first.id]);
  await later.getByRole('button', { name: 'Carry on' }).click();
  await expect(later.locator(`[data-scene="${first.next}"]`)).toBeVisible();
  await expect(later.getByRole('alert')).toHaveCount(0);
});

test('a full disk when the map opens storage: the pupil is told, can still pick a lesson, and their progress comes back', async ({
  page,
  context,
  guard,
}) => {
  await addClass(page, 'Year 4 Elm', 'ks2', ['Leo']);
  await pickPupil(page, 'Year 4 Elm', 'Leo');
  await answerFirstChoice(page);

  // Chromium says this when the disk is full as a page opens its database (an update's upgrade, say).
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'QuotaExceededError');
    };
  });
  await page.goto('/en/pupils/map/');
  await expect(page.locator('[data-map-who][data-loaded="true"]')).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(/This device is full/);
  await expect(alert.locator('svg.tom')).toBeVisible();
  // Every lesson is still there to play.
  await expect(page.locator(`[data-lesson="${LESSON_ID}"] a.button`)).toBeVisible();
  expectOnlyQuotaProblems(guard);

  const later = await context.newPage();
  await later.goto('/en/pupils/map/');
  await expect(later.locator('[data-player-name]')).toHaveText('Leo');
  await expect(later.locator(`[data-lesson="${LESSON_ID}"]`)).toHaveAttribute('data-status', 'in-progress');
  await expect(later.getByRole('alert')).toHaveCount(0);
});

test('a teacher is told that nothing saved is lost, and the roster is all there afterwards', async ({ page, context, guard }) => {
  await addClass(page, 'Year 4 Elm', 'ks2', ['Leo']);
  await fillTheDisk(page);
  await page.reload();
  await expect(page.locator('.roster[data-ready="true"]')).toBeVisible();
  await page.locator('#new-class-name').fill('Year 5 Ash');
  await page.locator('#new-class-name').press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(/out of space.*Nothing saved before is lost/);
  // A teacher's alert is words only, no Tom.
  await expect(alert.locator('svg')).toHaveCount(0);
  // What the teacher typed stays, to try again.
  await expect(page.locator('#new-class-name')).toHaveValue('Year 5 Ash');
  expectOnlyQuotaProblems(guard);

  const later = await context.newPage();
  await later.goto('/en/teachers/classes/');
  await unlockTeacher(later);
  await expect(later.locator('.roster[data-ready="true"]')).toBeVisible();
  await expect(later.locator('[data-open-class="Year 4 Elm"]')).toBeVisible();
  await expect(later.locator('[data-open-class="Year 5 Ash"]')).toHaveCount(0);
});
