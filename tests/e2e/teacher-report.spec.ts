/**
 * The class at a glance and its printed report, in real Chromium: pupils play, the grid shows
 * them, the first wrong choice is counted for the teacher, and the A4 report prints as real text
 * on a sensible number of pages for a class of 35, with the header on every page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, addClass, pickPupil, loadLesson, printCalls, readAttempts, school, unlockTeacher } from './support/fixtures';
import { pdfPages } from './support/pdf';

type Lesson = ReturnType<typeof loadLesson>;

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Plays a lesson to its end, safely, except the first scene when `slipFirst` (then tries again). */
async function play(page: Page, lesson: Lesson, slipFirst: boolean) {
  await page.goto(`/en/lessons/${lesson.id}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  let sceneId = lesson.start;
  let slipped = !slipFirst;
  for (let guard = 0; !lesson.scenes[sceneId]!.end; guard += 1) {
    expect(guard).toBeLessThan(40);
    await expect(page.locator(`[data-scene="${sceneId}"]`)).toBeVisible();
    const choices = lesson.scenes[sceneId]!.choices!;
    const choice = slipped ? choices.find((c) => c.safe)! : choices.find((c) => !c.safe)!;
    slipped = true;
    await page.locator(`[data-choice="${choice.id}"]`).click();
    await page.locator('[data-next]').click();
    sceneId = choice.next;
  }
  await expect(page.getByRole('heading', { name: 'You finished the lesson!' })).toBeVisible();
}

const NAMES = Array.from({ length: 35 }, (_, i) => `Pupil ${String(i + 1).padStart(2, '0')}`);

test('pupils play, the teacher sees the grid and what to talk about, and the report prints on A4 with its header on every page', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await addClass(page, 'Year 2 Oak', 'ks1', NAMES);
  const lesson = loadLesson('en', 'posting-kindly-ks1');
  const unsafe = lesson.scenes[lesson.start]!.choices!.find((c) => !c.safe)!;
  await pickPupil(page, 'Year 2 Oak', NAMES[0]!);
  await play(page, lesson, true);
  await pickPupil(page, 'Year 2 Oak', NAMES[1]!);
  await play(page, lesson, false);
  await expect.poll(async () => (await readAttempts(page)).filter((a) => a.status === 'complete').length).toBe(2);

  await page.goto('/en/teachers/progress/');
  await unlockTeacher(page);
  await expect(page.locator('.progress[data-ready="true"]')).toBeVisible();
  // Nothing has been saved to a file yet: the teacher is reminded, with the way to do it.
  await expect(page.locator('[data-backup-reminder]')).toContainText('Save a copy now');
  const first = page.locator(`[data-pupil-row="${NAMES[0]}"]`);
  const lessonColumn =
    1 +
    (await page
      .locator('.grid thead tr:last-child th')
      .evaluateAll((ths) => ths.findIndex((th) => th.getAttribute('data-activity') === 'posting-kindly-ks1')));
  await expect(first.locator(`td:nth-child(${lessonColumn})`)).toHaveAttribute('data-status', 'complete');
  await expect(first.locator(`td:nth-child(${lessonColumn})`)).toContainText('of 3 stars');
  // The stars are drawn (no font on a school laptop lacks them), as many as the words say.
  const said = (await first.locator(`td:nth-child(${lessonColumn})`).innerText()).match(/(\d) of 3 stars/)![1];
  await expect(first.locator(`td:nth-child(${lessonColumn}) svg[data-stars]`)).toHaveAttribute('data-stars', said!);
  await expect(page.locator(`[data-pupil-row="${NAMES[2]}"] td:nth-child(${lessonColumn})`)).toContainText('not started');

  // The wrong first choice is counted under the idea behind it, with the words of the moment.
  const wrong = page.locator(`[data-misconception="${unsafe.misconception}"]`).first();
  await expect(wrong).toContainText(`1 of ${NAMES.length} pupils`);
  await expect(wrong).toContainText(unsafe.text);
  await expect(page.locator('li[data-coverage="met"]').first()).toBeVisible();
  await expect(page.locator('[data-next-steps]')).toContainText('Talk with the class about the idea');
  await expectNoViolations(page);

  // The printed report: real text on A4 pages, every page headed with the class and school.
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pages.length).toBeLessThanOrEqual(3);
  for (const [i, printed] of pages.entries()) {
    expect(Math.round(printed.width), `page ${i + 1} is A4`).toBe(595);
    expect(Math.round(printed.height)).toBe(842);
    expect(printed.text.length, `page ${i + 1} has text`).toBeGreaterThan(40);
    expect(printed.text.replace(/\s+/g, ''), `page ${i + 1} is numbered`).toContain(`${i + 1}/${pages.length}`);
  }
  // pdf.js splits words where the font kerns them, so compare without spaces.
  const squash = (text: string) => text.replace(/\s+/g, '');
  // The pages the grid runs over (one, for 35 pupils one line each): rows of a pupil and their cells.
  // (Each cell is a drawing, its words only for screen readers: a row is a name and its "done".)
  const gridPages = pages.filter((p) => /Pupil\s*\d\d\s*\d+\s*\/\s*\d+/.test(p.text));
  expect(gridPages.length).toBeGreaterThanOrEqual(1);
  for (const printed of gridPages) expect(squash(printed.text)).toContain(squash(`Year 2 Oak · ${school.name}`));
  const all = squash(pages.map((p) => p.text).join(' '));
  for (const words of ['Terrific Tom class report', 'What to talk about', 'Curriculum coverage', 'Next steps', ...NAMES])
    expect(all).toContain(squash(words));
  expect(all).not.toContain(squash('Lock the teacher screens'));

  // A certificate for each pupil who finished a topic, each on its own A4 landscape sheet.
  await page.emulateMedia({ media: 'screen' });
  await page.locator('[data-print-certificates]').click();
  await expect(page.locator('[data-certificates]')).toHaveAttribute('data-certificates', '2');
  await expect.poll(() => printCalls(page)).toBe(1);
  await expectNoViolations(page);
  await page.emulateMedia({ media: 'print' });
  const certificates = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(certificates).toHaveLength(2);
  for (const [i, sheet] of certificates.entries()) {
    expect(Math.round(sheet.width)).toBe(842);
    expect(squash(sheet.text)).toContain(squash(NAMES[i]!));
    expect(squash(sheet.text)).toContain(squash(lesson.title));
    expect(squash(sheet.text)).toContain(squash(school.name));
    // It fills the sheet, and celebrates finishing rather than counting stars.
    expect(sheet.textSpan).toBeGreaterThan(0.45);
    expect(sheet.text).not.toMatch(/out of 3|stars/i);
  }

  // One pupil's page, from their name in the grid.
  // (Printing may already have brought the report back, as the browser's afterprint does.)
  await page.emulateMedia({ media: 'screen' });
  const back = page.locator('[data-certificates] button');
  if (await back.isVisible()) await back.click();
  await page.getByRole('link', { name: `Open ${NAMES[0]}'s page` }).click();
  await expect(page.locator('[data-pupil-summary]')).toHaveAttribute('data-pupil-summary', NAMES[0]!);
  await expect(page.locator('[data-played] tr', { hasText: lesson.title })).toContainText('finished');
});

for (const locale of ['en', 'cy']) {
  test(`the data statement (${locale}) prints on one A4 page with the school's name`, async ({ page }) => {
    await page.goto(`/${locale}/teachers/data/`);
    await expectNoViolations(page);
    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pages).toHaveLength(1);
    expect(Math.round(pages[0]!.width)).toBe(595);
    const text = pages[0]!.text.replace(/\s+/g, '');
    expect(text).toContain(school.name.replace(/\s+/g, ''));
    expect(text).toContain(locale === 'en' ? 'Whatisneverstored' : 'Bethsyddbythyncaelei gadw'.replace(/\s+/g, ''));
  });
}
