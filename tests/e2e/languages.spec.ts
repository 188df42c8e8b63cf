import { test, expect, LESSON_ID, addClass, loadLesson, pickPupil, school, stubSpeech } from './support/fixtures';

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

// Every text a pupil meets has a recording (tests/unit/narration.test.ts). These play the case where
// one is missing (text changed since the last `npm run narration`): the device's voice reads it.
test.describe('a part with no recording', () => {
  test.beforeEach(async ({ page }) => {
    // The player finds no file for any part. (Stubbed in the page: page.route does not see
    // requests the service worker answers, and a real 404 is a console error the guard fails on.)
    await page.addInitScript(() => {
      const fetchFromSite = window.fetch.bind(window);
      window.fetch = (input, init) =>
        /\/audio\/narration\/.*\.mp3$/.test(input instanceof Request ? input.url : String(input))
          ? Promise.resolve(new Response(null, { status: 404 }))
          : fetchFromSite(input, init);
    });
  });

  test("is read by the device's English voice", async ({ page }) => {
    await stubSpeech(page, ['en-GB']);
    const en = loadLesson('en', LESSON_ID);
    await page.goto(`/en/lessons/${LESSON_ID}/`);
    await page
      .getByRole('button', { name: /^Read aloud/ })
      .first()
      .click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.join(' ')))
      .toContain(en.scenes[en.start]!.text);
  });

  test("is read in Welsh by the device's Welsh voice", async ({ page }) => {
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
});

test("a button whose words cannot all be recorded (the map's greeting, with the pupil's name) shows only where the device has a voice", async ({
  page,
}) => {
  await addClass(page, 'Year 2 Oak', 'ks1', ['Nia']);
  await pickPupil(page, 'Year 2 Oak', 'Nia');
  await page.goto('/en/pupils/map/');
  const bar = page.locator('[data-map-who][data-loaded="true"]');
  await expect(bar).toBeVisible();
  // No voice on this device: no button that would do nothing.
  await expect(bar.locator('[data-read-aloud]')).toHaveCount(0);

  await stubSpeech(page, ['en-GB']);
  await page.reload();
  await bar.locator('[data-read-aloud]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.join(' '))).toContain('Nia');
});
