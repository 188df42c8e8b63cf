import { test, expect, LESSON_ID, loadLesson, school, stubSpeech } from './support/fixtures';

test('the language switcher keeps the visitor on the same page', async ({ page }) => {
  await page.goto(`/en/lessons/${LESSON_ID}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page).toHaveURL(new RegExp(`/cy/lessons/${LESSON_ID}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  const cy = loadLesson('cy', LESSON_ID);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cy.title);
  await expect(page.locator(`[data-scene="${cy.start}"]`)).toHaveText(cy.scenes[cy.start]!.text);

  await page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/lessons/${LESSON_ID}/$`));
});

test('the home page welcomes in each language and opens three doors', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Hello! I'm Terrific Tom.");
  await expect(page.getByRole('img', { name: 'Terrific Tom waving hello' })).toBeVisible();
  await expect(page.getByText(school.name).first()).toBeVisible();
  await expect(page.getByText('Tweet others as you would like to be tweeted.')).toBeVisible();
  for (const door of ["I'm a pupil", "I'm a teacher", "I'm a parent or carer"]) {
    await expect(page.getByRole('link', { name: new RegExp(door) })).toBeVisible();
  }
  await page.goto('/cy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helo! Terrific Tom ydw i.');
  await expect(page.getByRole('link', { name: /Disgybl ydw i/ })).toBeVisible();
});

test('read-aloud speaks the scene where there is a voice, and is hidden where there is none', async ({ page }) => {
  await stubSpeech(page, ['en-GB']);
  const en = loadLesson('en', LESSON_ID);
  await page.goto(`/en/lessons/${LESSON_ID}/`);
  const read = page.getByRole('button', { name: /^Read aloud/ }).first();
  await read.click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.join(' ')))
    .toContain(en.scenes[en.start]!.text);

  // No Welsh voice on this device: no button that would do nothing.
  await page.goto(`/cy/lessons/${LESSON_ID}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-read-aloud]')).toHaveCount(0);
});

test('with a Welsh voice, Welsh text with no recording (KS2) reads aloud in Welsh', async ({ page }) => {
  await stubSpeech(page, ['cy-GB']);
  const cy = loadLesson('cy', LESSON_ID);
  await page.goto(`/cy/lessons/${LESSON_ID}/`);
  await page
    .getByRole('button', { name: /^Darllen yn uchel/ })
    .first()
    .click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.join(' ')))
    .toContain(cy.scenes[cy.start]!.text);
});
