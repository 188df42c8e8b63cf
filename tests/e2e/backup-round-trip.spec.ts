/**
 * Backups that always restore, and combining tablets without silent duplicates, in real Chromium.
 * A pupil makes mistakes in Photo Check; the device's own file, opened in another browser context
 * (another IndexedDB), brings back every record as it was. A tablet whose class was typed in by
 * hand asks the teacher, and "keep separate", "cancel" and "merge" each do what they say.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect, addClass, pickPupil, readAttempts, readTable, unlockTeacher } from './support/fixtures';
import { answerFor, actionsFor, stepsOf } from '../../games/photo-check/rules';
import type { Photo } from '../../src/schemas/game';

const photos = (parse(readFileSync('content/games/en/photo-check.yaml', 'utf8')) as { items: Photo[] }).items;
const steps = new Map(photos.flatMap(stepsOf).map((step) => [`${step.photo.id}/${step.detailId ?? 'post'}`, step]));
/** The key (1 or 2) for Tom's answer at a step, or for the other one. */
const keyFor = (id: string, wrong: boolean) => {
  const step = steps.get(id)!;
  const right = actionsFor(step).indexOf(answerFor(step)) + 1;
  return wrong ? 3 - right : right;
};

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function openTransfer(page: Page) {
  await page.goto('/en/teachers/devices/');
  await unlockTeacher(page);
  await expect(page.locator('.transfer[data-ready="true"]')).toBeVisible();
}

/** Saves the device's progress as a plain file and returns where it is. */
async function saveFile(page: Page): Promise<string> {
  await openTransfer(page);
  await page.locator('[data-lock]').uncheck();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'tt-')), download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.locator('[data-backup="recent"]')).toBeVisible();
  return file;
}

async function chooseFile(page: Page, file: string) {
  await openTransfer(page);
  await page.locator('[data-import-files]').setInputFiles(file);
  await page.locator('[data-import]').click();
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
async function everything(page: Page) {
  return {
    classes: byId(await readTable<{ id: string }>(page, 'classes')),
    pupils: byId(await readTable<{ id: string }>(page, 'pupils')),
    attempts: byId(await readTable<{ id: string }>(page, 'attempts')),
  };
}

/** Another browser on another device: a context of its own has its own, empty database. */
async function otherDevice(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("Photo Check played with mistakes: the device's own file restores every record in another browser", async ({ page, browser }) => {
  test.setTimeout(360_000);
  await addClass(page, 'Year 2 Oak', 'ks1', ['Siân', 'Leo']);
  await pickPupil(page, 'Year 2 Oak', 'Siân');
  await page.locator('[data-game="photo-check"] a').click();
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
  await page.locator('[data-start]').click();
  const box = page.locator('.game-box');
  await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  const results = page.locator('.game[data-mode="results"]');
  let previous = '';
  for (let turn = 0; turn < 30; turn += 1) {
    await expect(page.locator('.game-box[data-phase="choosing"]').or(results)).toBeVisible();
    if (await results.isVisible()) break;
    await expect(box).not.toHaveAttribute('data-item', previous);
    const item = (await box.getAttribute('data-item'))!;
    // The hunt: "Finished looking" at once (key 1) leaves what must be covered, a mistake for each
    // thing. Then every other post decision wrong: mistakes on the things and on posting alike.
    await page.keyboard.press(item.endsWith('/hunt') ? '1' : String(keyFor(item, turn % 2 === 0)));
    await expect(page.locator('.game-box[data-phase="feedback"]').or(results)).toBeVisible();
    if (await results.isVisible()) break;
    previous = item;
    await page.keyboard.press('Enter');
  }
  await expect(page.getByText('Saved for Siân.')).toBeVisible();
  const [played] = await readAttempts(page);
  expect(played!.mistakes!.length).toBeGreaterThan(1);
  expect(played!.mistakes!.every((m) => m.sceneId.includes('/'))).toBe(true);

  const file = await saveFile(page);
  const tablet = await everything(page);

  const laptop = await otherDevice(browser);
  await chooseFile(laptop.page, file);
  const result = laptop.page.locator('[data-import-result="done"]');
  await expect(result).toContainText('New classes: 1. New pupils: 2. New activities: 1.');
  await expect(result).toBeFocused();
  expect(await everything(laptop.page)).toEqual(tablet);
  await laptop.context.close();
});

test('a class typed in by hand on a tablet is not added twice without a word: keep separate, cancel and merge each do what they say', async ({
  page,
  browser,
}) => {
  test.setTimeout(360_000);
  // The tablet: the class typed in by hand, and Siân's first choice in a lesson.
  await addClass(page, 'year 2  OAK', 'ks1', ['Siân', 'Zara']);
  await pickPupil(page, 'year 2  OAK', 'Siân');
  await page.goto('/en/lessons/posting-kindly-ks1/');
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await page.locator('[data-choice]').first().click();
  await expect(page.locator('.feedback')).toBeVisible();
  await expect.poll(async () => (await readAttempts(page)).length).toBe(1);
  const file = await saveFile(page);
  const [tabletAttempt] = await readAttempts(page);

  // The safe routine is on the devices page as numbered steps, in both languages.
  const routine = page.locator('.routine');
  await expect(routine.getByRole('heading', { name: 'Using several tablets: the safe way' })).toBeVisible();
  await expect(routine.locator('ol > li')).toHaveCount(5);
  await expect(routine.locator('ol > li').first()).toHaveText('Set the class up once, on one device (Classes and pupils).');

  // A laptop that keeps the classes apart.
  const apart = await otherDevice(browser);
  await addClass(apart.page, 'Year 2 Oak', 'ks1', ['Siân', 'Leo']);
  await chooseFile(apart.page, file);
  const question = apart.page.locator('[data-class-question]');
  await expect(question.getByRole('heading', { name: 'Classes you may already have' })).toBeFocused();
  const group = question.getByRole('group', { name: `year 2 OAK, in ${file.split('/').pop()}` });
  await expect(group).toBeVisible();
  await expectNoViolations(apart.page);
  expect(await readTable(apart.page, 'classes')).toHaveLength(1);
  await question.locator('[data-answer]').click();
  await expect(apart.page.getByRole('alert')).toHaveText('Choose merge or keep separate for each class first.');
  await expect(group.getByLabel('Merge into Year 2 Oak on this device', { exact: false })).toBeFocused();
  await group.getByLabel('Keep as a separate class').check();
  await question.locator('[data-answer]').click();
  await expect(apart.page.locator('[data-import-result="done"]')).toContainText('New classes: 1. New pupils: 2. New activities: 1.');
  await expect(question).toHaveCount(0);
  expect((await readTable<{ name: string }>(apart.page, 'classes')).map((c) => c.name).sort()).toEqual(['Year 2 Oak', 'year 2 OAK']);
  expect(await readTable(apart.page, 'pupils')).toHaveLength(4);
  await apart.context.close();

  // A laptop that first cancels, then merges.
  const merged = await otherDevice(browser);
  await addClass(merged.page, 'Year 2 Oak', 'ks1', ['Siân', 'Leo']);
  const before = await everything(merged.page);
  await chooseFile(merged.page, file);
  await merged.page.locator('[data-cancel-question]').click();
  await expect(merged.page.locator('[data-import-result="cancelled"]')).toHaveText(
    'Nothing was added. Choose the files again when you are ready.',
  );
  await expect(merged.page.locator('[data-import-result="cancelled"]')).toBeFocused();
  expect(await everything(merged.page)).toEqual(before);

  await merged.page.locator('[data-import]').click();
  const again = merged.page.locator('[data-class-question]');
  await expect(again.getByRole('heading', { name: 'Classes you may already have' })).toBeFocused();
  // Keyboard only: Tab to the first choice, which is the merge.
  await merged.page.keyboard.press('Tab');
  await expect(again.locator('[data-merge]')).toBeFocused();
  await merged.page.keyboard.press('Space');
  await expect(again.locator('[data-merge]')).toBeChecked();
  await again.locator('[data-answer]').focus();
  await merged.page.keyboard.press('Enter');
  const done = merged.page.locator('[data-import-result="done"]');
  await expect(done).toContainText('New classes: 0. New pupils: 1. New activities: 1.');
  await expect(done).toContainText('Merged into classes on this device: 1. Pupils matched by name: 1.');
  const classes = await readTable<{ id: string; name: string }>(merged.page, 'classes');
  expect(classes.map((c) => c.name)).toEqual(['Year 2 Oak']);
  const pupils = await readTable<{ id: string; name: string; classId: string }>(merged.page, 'pupils');
  expect(pupils.map((p) => p.name).sort()).toEqual(['Leo', 'Siân', 'Zara']);
  expect(pupils.every((p) => p.classId === classes[0]!.id)).toBe(true);
  const sian = pupils.find((p) => p.name === 'Siân')!;
  const [attempt] = await readAttempts(merged.page);
  expect(attempt).toEqual({ ...tabletAttempt, pupilId: sian.id });
  await merged.context.close();
});

test('the devices page shows the safe routine as numbered steps in Welsh too', async ({ page }) => {
  await page.goto('/cy/teachers/devices/');
  const routine = page.locator('.routine');
  await expect(routine.getByRole('heading', { name: 'Defnyddio sawl tabled: y ffordd ddiogel' })).toBeVisible();
  await expect(routine.locator('ol > li')).toHaveCount(5);
  await expect(routine.locator('ol > li').nth(2)).toContainText("cyn i'r disgyblion chwarae");
  // axe runs on this page, as on every built page, in a11y.spec.ts.
});
