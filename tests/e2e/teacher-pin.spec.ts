/**
 * The teacher PIN in real Chromium: set on first use, kept only as a hash, asked for again in a
 * new tab, and a wrong PIN shows nothing of the class.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, addClass, readTable, TEACHER_PIN } from './support/fixtures';

test('the PIN is set on first use, stored as a hash, and a new tab asks for it again', async ({ page, context }) => {
  await addClass(page, 'Year 4 Elm', 'ks2', ['Nia']);
  const settings = await readTable<{ key: string; value: unknown }>(page, 'settings');
  const stored = JSON.stringify(settings.find((s) => s.key === 'teacherPin'));
  expect(stored).toContain('"hash"');
  expect(stored).not.toContain(TEACHER_PIN);

  // A pupil opens the teacher screens in another tab: the PIN is asked for, and nothing shows.
  const tab = await context.newPage();
  await tab.goto('/en/teachers/classes/');
  await expect(tab.locator('[data-gate="enter"]')).toBeVisible();
  await expect(tab.getByText('It does not lock the data itself.')).toBeVisible();
  const { violations } = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await tab.locator('#pin').fill('1357');
  await tab.locator('[data-pin-submit]').click();
  await expect(tab.getByRole('alert')).toHaveText('That is not the PIN. Try again.');
  await expect(tab.locator('.roster')).toHaveCount(0);
  await expect(tab.getByText('Nia')).toHaveCount(0);

  await tab.locator('#pin').fill(TEACHER_PIN);
  await tab.keyboard.press('Enter');
  await expect(tab.locator('.roster[data-ready="true"]')).toBeVisible();
  // Locking puts the screen away again.
  await tab.locator('[data-lock-teacher]').click();
  await expect(tab.locator('[data-gate="enter"]')).toBeVisible();
  await expect(tab.locator('.roster')).toHaveCount(0);
});
