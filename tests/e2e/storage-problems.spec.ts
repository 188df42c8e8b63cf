import { test, expect, LESSON_ID, loadLesson, addClass, pickPupil } from './support/fixtures';

test('a full disk: the pupil is told plainly and keeps playing', async ({ page, guard }) => {
  await addClass(page, 'Year 4 Elm', 'ks2', ['Leo']);
  await pickPupil(page, 'Year 4 Elm', 'Leo');
  // From now on, make every IndexedDB write fail the way a full disk does.
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = full;
    IDBObjectStore.prototype.put = full;
  });
  const lesson = loadLesson('en', LESSON_ID);
  await page.goto(`/en/lessons/${LESSON_ID}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  const choice = lesson.scenes[lesson.start]!.choices!.find((c) => c.safe)!;
  await page.locator(`[data-choice="${choice.id}"]`).click();
  await expect(page.getByRole('alert')).toHaveText(/This device is full/);
  await page.locator('[data-next]').click();
  await expect(page.locator(`[data-scene="${choice.next}"]`)).toBeVisible();
  // Dexie reports the failed write on the console; that is expected here, nothing else is.
  const unexpected = guard.filter((p) => !/QuotaExceeded|quota/i.test(p));
  guard.length = 0;
  expect(unexpected).toEqual([]);
});
