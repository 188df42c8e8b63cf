/**
 * Moving progress between devices in real Chromium: a tablet saves a locked file, the teacher's
 * laptop (another browser context, so another IndexedDB) brings it in with the class's whiteboard
 * vote, a second import changes nothing, and a hostile file is refused with its reason while nothing changes.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, addClass, pickPupil, readAttempts, readTable, unlockTeacher } from './support/fixtures';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const PASSPHRASE = 'Bore da Blwyddyn 2';

async function openTransfer(page: Page) {
  await page.goto('/en/teachers/devices/');
  await unlockTeacher(page);
  await expect(page.locator('.transfer[data-ready="true"]')).toBeVisible();
}

test("a tablet's progress travels in a locked file to the teacher's laptop, and importing twice adds nothing twice", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  // The tablet: a class, a pupil who starts a lesson.
  await addClass(page, 'Year 2 Oak', 'ks1', ['Siân', 'Leo']);
  await pickPupil(page, 'Year 2 Oak', 'Siân');
  await page.goto('/en/lessons/posting-kindly-ks1/');
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await page.locator('[data-choice]').first().click();
  await expect(page.locator('.feedback')).toBeVisible();
  await expect.poll(async () => (await readAttempts(page)).length).toBe(1);
  // And the class votes on the whiteboard at the lesson's first decision.
  await page.goto('/en/teachers/lessons/posting-kindly-ks1/class/');
  await unlockTeacher(page);
  await page.locator('[data-start]').click();
  const counts = page.locator('[data-count]');
  await counts.nth(0).fill('17');
  await counts.nth(1).fill('9');
  await page.locator('[data-follow]').nth(1).click();
  await expect(page.locator('.board')).toHaveAttribute('data-view', 'feedback');
  await expect.poll(async () => (await readTable(page, 'classVotes')).length).toBe(1);
  const votes = await readTable<{ id: string; classId: string }>(page, 'classVotes');

  await openTransfer(page);
  await expect(page.locator('[data-totals]')).toHaveText(
    'On this device. Classes: 1. Pupils: 2. Activities started or finished: 1. Whiteboard lessons: 1.',
  );
  await expect(page.locator('[data-backup="never"]')).toBeVisible();
  await expectNoViolations(page);
  await expect(page.locator('[data-lock]')).toBeChecked();
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Type the passphrase again').fill('short');
  await page.locator('[data-export]').click();
  await expect(page.getByRole('alert')).toHaveText('The passphrase needs at least 8 characters.');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
  expect(download.suggestedFilename()).toMatch(/^terrific-tom-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(mkdtempSync(join(tmpdir(), 'tt-')), download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.locator('[data-backup="recent"]')).toBeVisible();

  // The laptop: a fresh browser context has its own, empty database.
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await openTransfer(other);
  await other.locator('[data-import-files]').setInputFiles(file);
  await other.locator('[data-import]').click();
  await expect(other.locator('[data-import-result="refused"]')).toContainText('This file is locked.');
  expect(await readAttempts(other)).toEqual([]);

  await other.getByLabel('Passphrase for locked files').fill(PASSPHRASE);
  await other.locator('[data-import]').click();
  await expect(other.locator('[data-import-result="done"]')).toContainText(
    'New classes: 1. New pupils: 2. New activities: 1. New whiteboard lessons: 1.',
  );
  await expect(other.locator('[data-import-result="done"]')).toBeFocused();
  // The class's vote came with it, to the same class, as it was.
  expect(await readTable(other, 'classVotes')).toEqual(await readTable(page, 'classVotes'));
  expect(votes[0]!.classId).toBe((await readTable<{ id: string }>(other, 'classes'))[0]!.id);
  await expectNoViolations(other);
  const [attempt] = await readAttempts(other);
  expect(attempt).toMatchObject({ activityId: 'posting-kindly-ks1', status: 'in-progress' });

  await other.getByLabel('Passphrase for locked files').fill(PASSPHRASE);
  await other.locator('[data-import]').click();
  await expect(other.locator('[data-import-result="done"]')).toContainText(
    'New activities: 0. New whiteboard lessons: 0. Brought up to date: 0. Already here: 5.',
  );
  expect(await readAttempts(other)).toHaveLength(1);
  expect(await readTable(other, 'classVotes')).toHaveLength(1);

  expect((await readTable<{ name: string }>(other, 'pupils')).map((p) => p.name).sort()).toEqual(['Leo', 'Siân']);
  await laptop.close();
});

test('a file with a script for a pupil name is refused with the reason and where it is, and nothing changes', async ({ page }) => {
  await addClass(page, 'Year 5 Ash', 'ks2', ['Priya']);
  const hostile = {
    format: 'terrific-tom-progress',
    formatVersion: 1,
    exportedAt: '2026-11-25T09:00:00.000Z',
    data: {
      classes: [{ id: 'c1', name: 'Oak', ageBand: 'ks1', createdAt: 1 }],
      pupils: [{ id: 'p1', classId: 'c1', name: '<img src=x onerror=alert(1)>', avatar: 'fox', createdAt: 1 }],
      attempts: [],
    },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'tt-')), 'hostile.json');
  writeFileSync(file, JSON.stringify(hostile));
  let dialogs = 0;
  page.on('dialog', () => (dialogs += 1));
  await openTransfer(page);
  await page.locator('[data-import-files]').setInputFiles(file);
  await page.locator('[data-import]').click();
  const result = page.locator('[data-import-result="refused"]');
  await expect(result).toContainText('Nothing was changed. In hostile.json: A name in the file has characters a name cannot have');
  await expect(result).toContainText('Where: pupils → 1 → name.');
  await expectNoViolations(page);
  expect((await readTable<{ name: string }>(page, 'pupils')).map((p) => p.name)).toEqual(['Priya']);
  expect(await readTable(page, 'classes')).toHaveLength(1);
  expect(dialogs).toBe(0);
});

test('a file with a damaged whiteboard lesson brings in everything else, and says what was left out and where', async ({ page }) => {
  await addClass(page, 'Year 5 Ash', 'ks2', ['Priya']);
  const classId = 'c1a55000-0000-4000-8000-000000000001';
  const lesson = { classId, activityId: 'posting-kindly-ks2', locale: 'en', startedAt: 1_790_000_000_000, updatedAt: 1_790_000_100_000 };
  const vote = { sceneId: 'start', followed: 'kind', at: 1_790_000_050_000 };
  const file = join(mkdtempSync(join(tmpdir(), 'tt-')), 'oak.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'terrific-tom-progress',
      formatVersion: 3,
      exportedAt: '2026-11-25T09:00:00.000Z',
      data: {
        classes: [{ id: classId, name: 'Year 2 Oak', ageBand: 'ks1', createdAt: 1 }],
        pupils: [{ id: 'd0000000-0000-4000-8000-000000000001', classId, name: 'Siân', avatar: 'fox', createdAt: 1 }],
        attempts: [],
        classVotes: [
          { id: 'c0e00000-0000-4000-8000-000000000001', ...lesson, votes: [{ ...vote, counts: { kind: 20, laugh: 8 } }] },
          // 200 hands is no class: as if edited, or damaged.
          { id: 'c0e00000-0000-4000-8000-000000000002', ...lesson, votes: [{ ...vote, counts: { kind: 200 } }] },
        ],
      },
    }),
  );
  await openTransfer(page);
  await page.locator('[data-import-files]').setInputFiles(file);
  await page.locator('[data-import]').click();
  const result = page.locator('[data-import-result="done"]');
  await expect(result).toContainText('New classes: 1. New pupils: 1. New activities: 0. New whiteboard lessons: 1.');
  await expect(result.locator('[data-votes-left-out]')).toHaveText(
    'In oak.json, whiteboard lessons left out because part of them is not as Terrific Tom writes it: 1. Where: data → classVotes → 2 → votes → 1 → counts → kind. Everything else in the file was checked and added.',
  );
  await expectNoViolations(page);
  expect((await readTable<{ id: string }>(page, 'classVotes')).map((v) => v.id)).toEqual(['c0e00000-0000-4000-8000-000000000001']);
  expect((await readTable<{ name: string }>(page, 'pupils')).map((p) => p.name).sort()).toEqual(['Priya', 'Siân']);
});
