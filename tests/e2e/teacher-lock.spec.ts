/**
 * The device going to pupils locks the teacher screens (issue 12): a pupil page in the same tab
 * or another, "Hand to pupils" (and Back after it), and 10 minutes without use, on Playwright's
 * clock rather than a real wait. Tapping Pupils in the menu keeps the chosen pupil, and a game with
 * nobody chosen offers "Who's playing?" or a guest start, both by keyboard.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, addClass, loadLesson, readAttempts, tabTo, unlockTeacher } from './support/fixtures';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Only the PIN prompt: nothing of the class and no way to delete it. */
async function expectOnlyThePin(page: Page) {
  await expect(page.locator('[data-gate="enter"]')).toBeVisible();
  await expect(page.locator('#pin')).toBeFocused();
  await expect(page.locator('.roster')).toHaveCount(0);
  await expect(page.getByText('Delete everything on this device')).toHaveCount(0);
}

// Each test sets up a class through the teacher screens first; a busy machine needs the time.
test.describe.configure({ timeout: 180_000 });

/** "Who's playing?" has read the device's classes (slow on a busy machine: the first Dexie load). */
async function whoReady(page: Page) {
  await expect(page.locator('.who[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
}

/** Tom's map has read the pupil's progress. */
async function mapReady(page: Page) {
  await page.waitForURL('**/en/pupils/map/');
  await expect(page.locator('[data-map-who][data-loaded="true"]')).toBeVisible({ timeout: 30_000 });
}

const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

test('after a pupil has played in the same tab, Teachers leads only to the PIN prompt', async ({ page }) => {
  await addClass(page, 'Year 2 Oak', 'ks1', ['Nia', 'Jo']);
  await expect(page.getByRole('button', { name: 'Delete everything on this device' })).toBeVisible();

  // The teacher hands over without locking: the menu's Pupils, in the same tab.
  await menu(page, 'Pupils').click();
  await whoReady(page);
  const nia = page.locator('[data-pupil="Nia"]');
  await expect(nia).toBeVisible();
  await tabTo(page, nia);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/en/pupils/map/');

  const lesson = loadLesson('en', 'posting-kindly-ks1');
  await page.locator(`[data-lesson="${lesson.id}"] a`).click();
  const first = lesson.scenes[lesson.start]!.choices![0]!;
  await tabTo(page, page.locator(`[data-choice="${first.id}"]`));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await readAttempts(page)).map((a) => a.steps.length)).toEqual([1]);

  await menu(page, 'Teachers').click();
  await page.getByRole('link', { name: 'Set up your class on this device' }).click();
  await expectOnlyThePin(page);
  await page.goto('/en/teachers/progress/');
  await expectOnlyThePin(page);
});

test('"Hand to pupils" on a teacher screen locks it, and Back finds the PIN prompt', async ({ page }) => {
  await addClass(page, 'Year 4 Elm', 'ks2', ['Nia']);
  const handOver = page.locator('[data-hand-to-pupils]');
  await tabTo(page, handOver);
  await expect(handOver).toHaveText('Hand to pupils');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/en/pupils/');
  await whoReady(page);
  await expect(page.locator('[data-pupil="Nia"]')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/en\/teachers\/classes\/$/);
  await expectOnlyThePin(page);

  // Every teacher page has it, the ones without the PIN too, in Welsh as well.
  for (const path of ['/en/teachers/', '/en/teachers/data/', '/cy/teachers/progress/', '/cy/teachers/devices/']) {
    await page.goto(path);
    await expect(page.locator('[data-hand-to-pupils]')).toHaveAttribute('href', `${path.slice(0, 3)}/pupils/`);
  }
  await expect(page.locator('[data-hand-to-pupils]')).toHaveText("Rhoi i'r disgyblion");
});

test('a pupil page opened in another tab locks an open teacher screen at once', async ({ page, context }) => {
  await addClass(page, 'Year 4 Elm', 'ks2', ['Nia']);
  const pupilTab = await context.newPage();
  await pupilTab.goto('/en/pupils/');
  await whoReady(pupilTab);
  await expect(pupilTab.locator('[data-pupil="Nia"]')).toBeVisible();
  await expectOnlyThePin(page);
  await expect(page.locator('[data-locked-itself]')).toBeVisible();
});

test('ten minutes without a tap, key or scroll put the PIN prompt back on the screen, counted across pages', async ({ page }) => {
  await page.clock.install();
  await addClass(page, 'Year 4 Elm', 'ks2', ['Nia']);
  const roster = page.locator('.roster[data-ready="true"]');

  // Nine quiet minutes, then a tap: the ten minutes start again.
  await page.clock.fastForward('09:00');
  await expect(roster).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await page.clock.fastForward('09:00');
  await expect(roster).toBeVisible();

  // Another teacher page carries on from the last tap, not from a fresh ten minutes.
  await page.goto('/en/teachers/progress/');
  await expect(page.locator('[data-gate="open"]')).toBeVisible();
  await page.clock.fastForward('01:01');
  await expectOnlyThePin(page);
  await expect(page.locator('[data-locked-itself]')).toHaveText(
    'The teacher screens locked: nobody used them for 10 minutes, or a pupil page was opened. Type the PIN to carry on.',
  );
  await expectNoViolations(page);

  // The PIN opens them again, for another ten minutes (the clock also runs on while the test does).
  await unlockTeacher(page);
  await page.clock.fastForward('09:00');
  await expect(page.locator('[data-gate="open"]')).toBeVisible();
  await page.clock.fastForward('01:01');
  await expectOnlyThePin(page);
});

test('Pupils in the menu keeps the chosen pupil: carry on in one tap, or someone else in one tap', async ({ page }) => {
  await addClass(page, 'Year 2 Oak', 'ks1', ['Nia', 'Jo']);
  await page.goto('/en/pupils/');
  await whoReady(page);
  await page.locator('[data-pupil="Nia"]').click();
  await mapReady(page);

  await menu(page, 'Pupils').click();
  await whoReady(page);
  const carryOn = page.locator('[data-carry-on]');
  await expect(carryOn).toHaveText('Carry on as Nia');
  await expect(page.locator('[data-pupil]')).toHaveCount(0);
  await expectNoViolations(page);
  await tabTo(page, carryOn);
  await page.keyboard.press('Enter');
  await mapReady(page);
  await expect(page.locator('[data-player-name]')).toHaveText('Nia');

  await menu(page, 'Pupils').click();
  await whoReady(page);
  await tabTo(page, page.locator('[data-someone-else]'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Find your animal and your name' })).toBeFocused();
  await page.locator('[data-pupil="Jo"]').click();
  await mapReady(page);
  await expect(page.locator('[data-player-name]')).toHaveText('Jo');

  // "Switch player" on the map is for the next child: straight to the animals.
  await page.getByRole('link', { name: 'Switch player' }).click();
  await whoReady(page);
  await expect(page.locator('[data-pupil="Nia"]')).toBeVisible();
  await expect(page.locator('[data-carry-on]')).toHaveCount(0);

  // In Welsh too.
  await page.locator('[data-pupil="Nia"]').click();
  await mapReady(page);
  await page.goto('/cy/pupils/');
  await whoReady(page);
  await expect(page.locator('[data-carry-on]')).toHaveText('Dal ati fel Nia');
});

test("a game with nobody chosen: Who's playing? picks a pupil and comes back to the game, by keyboard", async ({ page }) => {
  await addClass(page, 'Year 2 Oak', 'ks1', ['Nia']);
  await page.goto('/en/games/kind-comments/');
  const who = page.locator('[data-who-first]');
  await expect(who).toHaveText("Who's playing?");
  await expect(page.locator('[data-play-as-guest]')).toHaveText('Play as a guest (nothing is saved)');
  await expect(page.locator('input[type="radio"]')).toHaveCount(0);
  await expect(page.getByText("You are playing as a guest: your stars won't be saved.")).toBeHidden();
  await expectNoViolations(page);

  await tabTo(page, who);
  await page.keyboard.press('Enter');
  await whoReady(page);
  const nia = page.locator('[data-pupil="Nia"]');
  await tabTo(page, nia);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/en/games/kind-comments/');
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.who-bar:not(.guest)')).toContainText('Nia');
  // The class's level, so straight to how to play.
  await expect(page.locator('[data-how-to]')).toBeVisible();
  await expect(page.locator('[data-choose]')).toHaveCount(0);
});

test('a game with nobody chosen: the guest start, then a level, by keyboard', async ({ page }) => {
  await page.goto('/en/games/kind-comments/');
  await tabTo(page, page.locator('[data-play-as-guest]'));
  await page.keyboard.press('Enter');
  // Straight on to the level, with the keyboard where it is needed.
  const younger = page.locator('[data-level="ks1"]');
  await expect(younger).toBeFocused();
  await expect(page.locator('.who-bar.guest')).toContainText("You are playing as a guest: your stars won't be saved.");
  await page.keyboard.press('Enter');
  await expect(younger).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-how-to]')).toContainText('key 1, Send it; key 2, Make it kind.');
  await expectNoViolations(page);
  await tabTo(page, page.locator('[data-words-only]'));
  await page.keyboard.press('Enter');
  await expect(page.locator('.words-only')).toBeVisible();

  // A guest on a lesson can still choose who is playing, and comes back to the same lesson.
  await page.goto('/en/lessons/posting-kindly-ks1/');
  await expect(page.locator('[data-choose-player]')).toHaveAttribute('href', '/en/pupils/#then=/en/lessons/posting-kindly-ks1/');
});
