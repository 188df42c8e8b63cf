/**
 * Social media consent in real Chromium: the teacher copies each family's answers from the consent
 * forms with the keyboard alone, the list for trips and events names only the pupils who must be
 * left out (and why), prints on one A4 page for a whole class, and the answers travel in a progress
 * file to a fresh device.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, addClass, printCalls, readTable, school, tabTo, unlockTeacher } from './support/fixtures';
import { pdfPages } from './support/pdf';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

interface StoredPupil {
  id: string;
  classId: string;
  name: string;
  createdAt: number;
  updatedAt?: number;
  consent?: { images: string; work: string };
}

/** Puts a pupil straight into IndexedDB, as no screen of the site would (a name with markup in it). */
async function storePupilDirectly(page: Page, pupil: StoredPupil & { avatar: string }) {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('terrific-tom');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('pupils', 'readwrite');
          tx.objectStore('pupils').put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    pupil,
  );
}

/** The group of answers for one pupil and one question, by the name a screen reader hears. */
const question = (page: Page, kind: 'Photos and videos' | 'Work', name: string) =>
  page.getByRole('group', { name: `${kind} (${name})`, exact: true });

async function openClass(page: Page, className: string) {
  await page.goto('/en/teachers/classes/');
  await unlockTeacher(page);
  await page.locator(`[data-open-class="${className}"]`).click();
  await expect(page.locator('[data-consent]')).toBeVisible();
}

async function openList(page: Page) {
  await expect(page.locator('.consent-page[data-ready="true"]')).toBeVisible();
}

/** The printed text, without the spaces pdf.js puts where a font kerns. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('the teacher records consent with the keyboard, and the printed list names only who must be left out', async ({ page }) => {
  test.setTimeout(180_000);
  await addClass(page, 'Year 4 Willow', 'ks2', ['Ava', 'Ben', 'Cai', 'Dewi']);
  const [willow] = await readTable<{ id: string }>(page, 'classes');
  const markup = '<b>Bold</b> & <i>Eve</i>';
  await storePupilDirectly(page, { id: 'pupil-with-markup', classId: willow!.id, name: markup, avatar: 'fox', createdAt: 1 });
  await openClass(page, 'Year 4 Willow');

  // Every answer starts as "Form not returned": nothing counts as consent until the form is back.
  const avaImages = question(page, 'Photos and videos', 'Ava');
  await expect(avaImages.getByRole('radio', { name: 'Form not returned' })).toBeChecked();

  // Tab reaches the checked answer of each question in turn; the arrow keys choose (and save).
  // Answers run: Consent given, No consent, Form not returned.
  const keys: [string, 'Photos and videos' | 'Work', number][] = [
    ['Ava', 'Photos and videos', 2],
    ['Ava', 'Work', 2],
    ['Ben', 'Photos and videos', 1],
    ['Ben', 'Work', 2],
    ['Cai', 'Photos and videos', 2],
    ['Cai', 'Work', 1],
  ];
  await tabTo(page, avaImages.getByRole('radio', { name: 'Form not returned' }), 60);
  for (const [i, [name, kind, ups]] of keys.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    const group = question(page, kind, name);
    await expect(group.getByRole('radio', { name: 'Form not returned' })).toBeFocused();
    for (let n = 0; n < ups; n += 1) await page.keyboard.press('ArrowUp');
    await expect(group.getByRole('radio', { name: ups === 2 ? 'Consent given' : 'No consent' })).toBeChecked();
    await expect(group.getByRole('radio', { name: ups === 2 ? 'Consent given' : 'No consent' })).toBeFocused();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Cai, Work: No consent.' })).toBeAttached();
  await expect
    .poll(async () =>
      Object.fromEntries(
        (await readTable<StoredPupil>(page, 'pupils')).map((p) => [p.name, p.consent ? `${p.consent.images}/${p.consent.work}` : '-']),
      ),
    )
    .toEqual({ Ava: 'yes/yes', Ben: 'no/yes', Cai: 'yes/no', Dewi: '-', [markup]: '-' });
  // Setting consent dates the pupil's record, so a merge with an older copy keeps this answer.
  for (const pupil of await readTable<StoredPupil>(page, 'pupils')) {
    if (pupil.consent) expect(pupil.updatedAt).toBeGreaterThan(pupil.createdAt);
  }

  // A name with markup in it is shown as text, never as markup.
  const odd = page.locator(`[data-consent-pupil="${markup}"]`);
  await expect(odd.locator('legend').first()).toHaveText(markup);
  await expect(odd.locator('b, i')).toHaveCount(0);
  await expect(question(page, 'Work', markup).getByRole('radio', { name: 'Form not returned' })).toBeChecked();

  // Targets of at least 24 by 24 CSS pixels (WCAG 2.5.8), and no violations with the answers showing.
  for (const label of await page.locator('[data-consent] label').all()) {
    const box = (await label.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  await expectNoViolations(page);

  // The list for trips and events: only the pupils who must be left out, under the reason.
  await page.locator('[data-consent-list-link]').click();
  await openList(page);
  await expect(page.locator('[data-consent-sheet]')).toHaveAttribute('data-consent-sheet', 'Year 4 Willow');
  const images = page.locator('[data-withheld="images"]');
  const work = page.locator('[data-withheld="work"]');
  await expect(images.locator('[data-reason="no"] li')).toHaveText(['Ben']);
  await expect(images.locator('[data-reason="not-returned"] li')).toHaveText([markup, 'Dewi']);
  await expect(work.locator('[data-reason="no"] li')).toHaveText(['Cai']);
  await expect(work.locator('[data-reason="not-returned"] li')).toHaveText([markup, 'Dewi']);
  await expect(page.locator('[data-consent-sheet]')).not.toContainText('Ava');
  await expect(images).not.toContainText('Cai');
  await expect(work).not.toContainText('Ben');
  await expect(page.locator('[data-consent-sheet] b, [data-consent-sheet] i')).toHaveCount(0);
  await expectNoViolations(page);

  await page.locator('[data-print-consent]').click();
  expect(await printCalls(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-lock-teacher]')).toBeHidden();
  await expect(page.locator('[data-print-consent]')).toBeHidden();
  const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  expect(pages).toHaveLength(1);
  expect(Math.round(pages[0]!.width)).toBe(595);
  const text = squeeze(pages[0]!.text);
  for (const expected of [
    school.name,
    'Year 4 Willow',
    'Mustnotappearinphotosorvideos',
    'Workmustnotbeposted',
    'Ben',
    'Cai',
    'Dewi',
    squeeze(markup),
  ]) {
    expect(text).toContain(squeeze(expected));
  }
  expect(text).toMatch(/Printedon\d{1,2}[A-Z][a-z]+\d{4}\./);
  expect(text).not.toContain('Ava');
  // No screen furniture on paper: no navigation, lock or print button.
  expect(text).not.toContain('Printthelist');
  expect(text).not.toContain('Lock');
});

test('a class where every family said yes is told so plainly, in English and in Welsh', async ({ page }) => {
  await addClass(page, 'Year 1 Oak', 'ks1', ['Efa']);
  await openClass(page, 'Year 1 Oak');
  await question(page, 'Photos and videos', 'Efa').getByRole('radio', { name: 'Consent given' }).check();
  await question(page, 'Work', 'Efa').getByRole('radio', { name: 'Consent given' }).check();
  await expect.poll(async () => (await readTable<StoredPupil>(page, 'pupils'))[0]?.consent).toEqual({ images: 'yes', work: 'yes' });

  await page.goto('/en/teachers/classes/consent/');
  await openList(page);
  await expect(page.locator('[data-withheld="images"] [data-nobody]')).toHaveText(
    'Nobody: every family in this class has given consent for photos and videos.',
  );
  await expect(page.locator('[data-withheld="work"] [data-nobody]')).toHaveText(
    'Nobody: every family in this class has given consent for their child’s work to be posted.',
  );
  await expect(page.locator('[data-consent-sheet] li')).toHaveCount(0);

  await page.goto('/cy/teachers/classes/consent/');
  await openList(page);
  await expect(page.locator('[data-withheld="images"] [data-nobody]')).toContainText('Neb:');
  await expectNoViolations(page);
  await page.goto('/cy/teachers/classes/');
  await page.locator('[data-open-class="Year 1 Oak"]').click();
  await expect(
    page.getByRole('group', { name: 'Lluniau a fideos (Efa)' }).getByRole('radio', { name: 'Caniatâd wedi’i roi' }),
  ).toBeChecked();
  await expectNoViolations(page);
});

test('a class of 40 with no forms back, every name as long as a name may be, prints on one A4 page with every name on both lists', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // 24 characters, the longest a name may be (NAME_MAX): still one line in a printed column.
  const names = Array.from({ length: 40 }, (_, i) => `Pupil ${String(i + 1).padStart(2, '0')} Llewellyn-Wynne`);
  await addClass(page, 'Year 6 Rowan', 'ks2', names);
  await page.goto('/en/teachers/classes/consent/');
  await openList(page);
  await expect(page.locator('[data-withheld="images"] [data-reason="not-returned"] li')).toHaveCount(40);
  await expect(page.locator('[data-withheld="work"] [data-reason="not-returned"] li')).toHaveCount(40);
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  expect(pages).toHaveLength(1);
  const text = squeeze(pages[0]!.text);
  for (const name of names) expect(text.split(squeeze(name)).length - 1, name).toBe(2);
});

test('the answers travel in a progress file to a fresh device, and the list there is the same', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await addClass(page, 'Year 3 Birch', 'ks2', ['Jay', 'Mia', 'Nia']);
  await openClass(page, 'Year 3 Birch');
  await question(page, 'Photos and videos', 'Jay').getByRole('radio', { name: 'No consent' }).check();
  await question(page, 'Work', 'Jay').getByRole('radio', { name: 'Consent given' }).check();
  await question(page, 'Photos and videos', 'Mia').getByRole('radio', { name: 'Consent given' }).check();
  await question(page, 'Work', 'Mia').getByRole('radio', { name: 'Consent given' }).check();
  await expect.poll(async () => (await readTable<StoredPupil>(page, 'pupils')).filter((p) => p.consent).length).toBe(2);

  await page.goto('/en/teachers/devices/');
  await unlockTeacher(page);
  await expect(page.locator('.transfer[data-ready="true"]')).toBeVisible();
  await page.locator('[data-lock]').uncheck();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'tt-')), download.suggestedFilename());
  await download.saveAs(file);

  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await other.goto('/en/teachers/devices/');
  await unlockTeacher(other);
  await expect(other.locator('.transfer[data-ready="true"]')).toBeVisible();
  await other.locator('[data-import-files]').setInputFiles(file);
  await other.locator('[data-import]').click();
  await expect(other.locator('[data-import-result="done"]')).toContainText('New classes: 1. New pupils: 3.');
  const stored = Object.fromEntries((await readTable<StoredPupil>(other, 'pupils')).map((p) => [p.name, p.consent]));
  expect(stored).toEqual({ Jay: { images: 'no', work: 'yes' }, Mia: { images: 'yes', work: 'yes' }, Nia: undefined });

  await other.goto('/en/teachers/classes/consent/');
  await openList(other);
  await expect(other.locator('[data-withheld="images"] [data-reason="no"] li')).toHaveText(['Jay']);
  await expect(other.locator('[data-withheld="images"] [data-reason="not-returned"] li')).toHaveText(['Nia']);
  await expect(other.locator('[data-withheld="work"] li')).toHaveText(['Nia']);
  await expect(other.locator('[data-consent-sheet]')).not.toContainText('Mia');
  await laptop.close();
});

test('the data statement says what the consent answers are, where they come from, why they are kept and that they go with the pupil', async ({
  page,
}) => {
  await page.goto('/en/teachers/data/');
  const statement = page.locator('.statement');
  await expect(statement).toContainText("the family's answers on the school's social media consent form");
  await expect(statement).toContainText('They are kept on this device so that staff who post on the academy');
  await expect(statement).toContainText('their results and consent answers go with them');
  await expect(statement).toContainText('consent answers included');
  await page.goto('/cy/teachers/data/');
  await expect(page.locator('.statement')).toContainText('ffurflen caniatâd cyfryngau cymdeithasol yr ysgol');
});
