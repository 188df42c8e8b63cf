import { test, expect, LESSON_ID, readAttempts, addClass, pickPupil, unlockTeacher } from './support/fixtures';

test('after one visit the whole site works with the network off', async ({ page, context }) => {
  await page.goto('/en/');
  // The service worker is active once everything is precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await addClass(page, 'Year 6 Rowan', 'ks2', ['Zara']);
  await context.setOffline(true);

  // Pages never visited before come from the precache.
  for (const path of [
    `/cy/lessons/${LESSON_ID}/`,
    '/en/pupils/',
    '/cy/parents/',
    '/en/about/',
    '/en/certificate/',
    '/cy/teachers/classes/',
    '/en/teachers/classes/consent/',
  ]) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
  }
  // The list for a trip is wanted where there is no signal: it reads the class from the device.
  await page.goto('/en/teachers/classes/consent/');
  await unlockTeacher(page);
  await expect(page.locator('[data-withheld="images"] [data-reason="not-returned"] li')).toHaveText(['Zara']);

  // Choosing who is playing and Tom's map work offline too.
  await pickPupil(page, 'Year 6 Rowan', 'Zara');
  // (The map sends a device with nobody chosen to Who's playing, so it is visited after choosing.)
  await page.goto('/cy/pupils/map/');
  await expect(page.locator('[data-player-name]')).toHaveText('Zara');
  await page.goto(`/en/lessons/${LESSON_ID}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await page.locator('[data-choice]').first().click();
  await expect(page.locator('.feedback')).toBeVisible();
  await expect.poll(async () => (await readAttempts(page)).length).toBe(1);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome back!' })).toBeVisible();
  // The self-hosted font came from the cache too.
  expect(await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible Next"', 'ŵŷ'))).toBe(true);
  await context.setOffline(false);
});
