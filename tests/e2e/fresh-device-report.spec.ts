/**
 * The teacher's shortest day: a laptop that has never opened the site, the tablets' progress
 * files on a memory stick, and a printed class report. Every click is counted, the two the
 * operating system asks for (Open in the file dialog, Print in the print dialog) included.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { test, expect, printCalls, TEACHER_PIN } from './support/fixtures';
import { pdfPages } from './support/pdf';

interface ProgressFile {
  data: {
    classes: { id: string; name: string }[];
    pupils: { id: string; name: string }[];
    attempts: { id: string; pupilId: string }[];
  };
}

/** Two tablets' files from one class: the fixture's pupil, and a classmate on another tablet. */
function tabletFiles(): string[] {
  const first = JSON.parse(readFileSync('tests/fixtures/imports/v1-photo-check-mistakes.json', 'utf8')) as ProgressFile;
  const second = structuredClone(first);
  second.data.pupils = [{ ...first.data.pupils[0]!, id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', name: 'Leo' }];
  second.data.attempts = [{ ...first.data.attempts[0]!, id: 'ad8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6b', pupilId: second.data.pupils[0]!.id }];
  const dir = mkdtempSync(join(tmpdir(), 'tt-stick-'));
  return [first, second].map((file, i) => {
    const path = join(dir, `tablet-${i + 1}.json`);
    writeFileSync(path, JSON.stringify(file));
    return path;
  });
}

test('from a fresh laptop to a printed class report in 8 clicks, with the PIN set once', async ({ page }) => {
  test.setTimeout(120_000);
  const files = tabletFiles();
  let clicks = 0;
  const click = async (target: Locator) => {
    clicks += 1;
    await target.click();
  };

  await page.goto('/en/');
  await click(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teachers' }));
  await click(page.getByRole('link', { name: 'Back up and move progress' }));

  // A new device: the PIN is chosen here, typed and typed again to be sure, and sent with Enter.
  await page.locator('#pin').fill(TEACHER_PIN);
  await page.locator('#pin-again').fill(TEACHER_PIN);
  await page.locator('#pin-again').press('Enter');
  await expect(page.locator('.transfer[data-ready="true"]')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await click(page.locator('[data-import-files]'));
  await (await chooser).setFiles(files);
  clicks += 1; // Open, in the operating system's file dialog.
  await click(page.locator('[data-import]'));
  await expect(page.locator('[data-import-result="done"]')).toContainText('New classes: 1. New pupils: 2. New activities: 2.');

  await click(page.locator('[data-report-link]'));
  // The PIN was typed once on this device: the report opens without asking again.
  await expect(page.locator('.progress[data-ready="true"] [data-grid]')).toBeVisible();
  await expect(page.locator('[data-grid]')).toContainText('Siân');
  await expect(page.locator('[data-grid]')).toContainText('Leo');
  await click(page.locator('[data-print-report]'));
  expect(await printCalls(page)).toBe(1);
  clicks += 1; // Print, in the browser's print dialog.
  expect(clicks).toBeLessThanOrEqual(8);

  // What the printer gets: the class's report on A4, real text, both pupils.
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = pages.map((p) => p.text).join('\n');
  expect(text).toContain('Year 2 Oak');
  expect(text).toContain('Siân');
  expect(text).toContain('Leo');
  expect(Math.round(pages[0]!.height)).toBe(842);
});
