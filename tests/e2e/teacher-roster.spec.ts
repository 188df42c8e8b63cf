/**
 * The roster's safety nets in real Chromium: a removed pupil comes back with Undo (progress and
 * all), a pupil moves class with their progress, and the end of the year deletes everything.
 */
import { test, expect, addClass, pickPupil, readAttempts, readTable, unlockTeacher } from './support/fixtures';

test('Undo brings a removed pupil back with their progress; a pupil moves class; the end of the year empties the device', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await addClass(page, 'Year 3 Birch', 'ks2', ['Jay', 'Mia']);
  await addClass(page, 'Year 4 Elm', 'ks2', ['Nia']);
  await pickPupil(page, 'Year 3 Birch', 'Jay');
  await page.goto('/en/lessons/posting-kindly-ks2/');
  await page.locator('[data-choice]').first().click();
  await expect.poll(async () => (await readAttempts(page)).length).toBe(1);

  await page.goto('/en/teachers/classes/');
  await unlockTeacher(page);
  await page.locator('[data-open-class="Year 3 Birch"]').click();
  await page.locator('[data-remove-pupil="Jay"]').click();
  await page.locator('[data-confirm-remove]').click();
  await expect(page.locator('[data-pupil-row="Jay"]')).toHaveCount(0);
  expect(await readAttempts(page)).toEqual([]);
  await expect(page.locator('[data-undo]')).toContainText('Removed Jay and their progress.');
  await expect(page.locator('[data-undo-button]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-pupil-row="Jay"]')).toBeVisible();
  expect(await readAttempts(page)).toHaveLength(1);

  // Jay moves to Year 4 Elm, progress and all.
  await page.locator('[data-pupil-row="Jay"]').getByRole('button', { name: 'Change' }).click();
  await page.locator('[data-move-to]').selectOption({ label: 'Year 4 Elm' });
  await page.locator('[data-pupil-row="Jay"]').getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-pupil-row="Jay"]')).toHaveCount(0);
  await page.locator('[data-open-class="Year 4 Elm"]').click();
  await expect(page.locator('[data-pupil-row="Jay"]')).toBeVisible();
  expect(await readAttempts(page)).toHaveLength(1);

  // The end of the year: only with the box ticked, and then nothing is left but the PIN.
  await page.locator('[data-end-of-year]').click();
  await expect(page.locator('[data-delete-everything]')).toBeDisabled();
  await page.locator('[data-end-check]').check();
  await page.locator('[data-delete-everything]').click();
  await expect(page.locator('[data-open-class]')).toHaveCount(0);
  expect(await readTable(page, 'pupils')).toEqual([]);
  expect(await readTable(page, 'classes')).toEqual([]);
  expect(await readAttempts(page)).toEqual([]);
  expect((await readTable<{ key: string }>(page, 'settings')).map((s) => s.key)).toContain('teacherPin');
});

test('a class of forty gets forty different animals, and the picker never offers one another pupil has', async ({ page }) => {
  test.setTimeout(180_000);
  const names = Array.from({ length: 40 }, (_, i) => `Pupil ${String(i + 1).padStart(2, '0')}`);
  await addClass(page, 'Year 5 Ash', 'ks2', names);
  const pupils = await readTable<{ name: string; avatar: string }>(page, 'pupils');
  expect(pupils).toHaveLength(40);
  expect(new Set(pupils.map((p) => p.avatar)).size).toBe(40);

  await page.goto('/en/teachers/classes/');
  await unlockTeacher(page);
  await page.locator('[data-open-class="Year 5 Ash"]').click();
  const row = page.locator('[data-pupil-row="Pupil 01"]');
  await row.getByRole('button', { name: 'Change' }).click();
  // Every other animal is someone's: the only one offered is the pupil's own.
  await expect(row.locator('.avatars input[type="radio"]')).toHaveCount(1);
  await expect(row.locator('.avatars input[type="radio"]')).toBeChecked();

  await addClass(page, 'Year 1 Oak', 'ks1', ['Ava', 'Ben', 'Cai']);
  await page.goto('/en/teachers/classes/');
  await page.locator('[data-open-class="Year 1 Oak"]').click();
  const small = await readTable<{ name: string; avatar: string; classId: string }>(page, 'pupils');
  const others = small.filter((p) => p.name === 'Ben' || p.name === 'Cai').map((p) => p.avatar);
  const ava = page.locator('[data-pupil-row="Ava"]');
  await ava.getByRole('button', { name: 'Change' }).click();
  await expect(ava.locator('.avatars input[type="radio"]')).toHaveCount(38);
  for (const taken of others) await expect(ava.locator(`.avatars input[value="${taken}"]`)).toHaveCount(0);
});
