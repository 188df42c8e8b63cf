/**
 * Teacher notes, one page per lesson and game in each language: printed to A4 and read back as a
 * teacher's printer would see it, with the school's safeguarding lead and the help lines the
 * children are told about; accessible; open to staff without the PIN; and there offline.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './support/fixtures';
import { readPdf } from './support/pdf';
import { GAMES } from '../../src/data/game-list';

const LANGS = ['en', 'cy'] as const;
const school = parse(readFileSync('content/school.yaml', 'utf8')) as { name: string; safeguardingLead: Record<string, string> };
const helplines = parse(readFileSync('content/facts/helplines.yaml', 'utf8')) as { helplines: { id: string; phone: string }[] };
const childline = helplines.helplines.find((h) => h.id === 'childline')!.phone;
const lessonIds = readdirSync('content/lessons/en')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const NOTES = [...lessonIds.map((id) => `teachers/lessons/${id}/`), ...GAMES.map((g) => `teachers/games/${g.id}/`)];

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** The whole text of a PDF on one line, for phrases that may wrap across lines. */
const flat = (pages: string[]) => pages.join(' ').replace(/\s+/g, ' ');

for (const lang of LANGS) {
  for (const path of NOTES) {
    test(`/${lang}/${path} prints on A4 (three sheets at most), with the safeguarding lead and Childline`, async ({ page }) => {
      await page.goto(`/${lang}/${path}`);
      // For staff, with no pupil data: no PIN stands in the way.
      await expect(page.locator('[data-disclosure]')).toBeVisible();
      await expect(page.locator('[data-intentions] li').first()).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => document.fonts.ready);
      const { sizes, pages } = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(3);
      for (const size of sizes) {
        expect(Math.round(size.width)).toBe(595);
        expect(Math.round(size.height)).toBe(842);
      }
      pages.forEach((text, i) => {
        // More than the page number in the margin: real words on every sheet.
        expect(text.replace(/\d+\s*\/\s*\d+/g, '').trim().length, `page ${i + 1}`).toBeGreaterThan(40);
      });
      const all = flat(pages);
      expect(all).toContain(school.name);
      expect(all).toContain(school.safeguardingLead[lang]);
      expect(all).toContain(childline);
      // Screen-only parts (navigation, the Print button) stay off paper.
      expect(all).not.toContain(lang === 'en' ? 'Skip to main content' : "Neidio i'r prif gynnwys");
    });
  }

  test(`the teachers' home in ${lang} links every notes page`, async ({ page }) => {
    await page.goto(`/${lang}/teachers/`);
    for (const path of NOTES) await expect(page.locator(`a[href="/${lang}/${path}"]`)).toBeVisible();
    await page.locator(`a[href="/${lang}/${NOTES[0]}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/${NOTES[0]}$`));
    await expect(page.locator('[data-disclosure]')).toBeVisible();
  });

  for (const path of NOTES) {
    test(`/${lang}/${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
      // axe reads every node of a long page: on a shared, busy machine that takes more than the default.
      test.setTimeout(240_000);
      await page.goto(`/${lang}/${path}`);
      await expect(page.locator('[data-disclosure]')).toBeVisible();
      await expectNoViolations(page);
    });
  }

  test(`after one visit every notes page in ${lang} opens offline`, async ({ page, context }) => {
    // Nine pages loaded offline on a shared, busy machine take longer than the default allows.
    test.setTimeout(300_000);
    await page.goto(`/${lang}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    for (const path of NOTES) {
      const response = await page.goto(`/${lang}/${path}`);
      expect(response?.ok(), `/${lang}/${path}`).toBe(true);
      await expect(page.locator('[data-safeguarding-lead]')).toContainText(school.safeguardingLead[lang]!);
    }
    await context.setOffline(false);
  });
}

test('the Welsh notes tell Welsh pupils about Meic as well as Childline', async ({ page }) => {
  const meic = helplines.helplines.find((h) => h.id === 'meic')!.phone;
  await page.goto(`/cy/${NOTES[0]}`);
  await expect(page.locator('[data-helpline="meic"]')).toContainText(meic);
  await page.goto(`/en/${NOTES[0]}`);
  await expect(page.locator('[data-helpline="childline"]')).toContainText(childline);
  await expect(page.locator('[data-helpline="meic"]')).toHaveCount(0);
});

test("the pupils' pages end with where to get help: the simple rule, then Childline (and Meic in Welsh)", async ({ page }) => {
  // Four pupils' pages with their islands, on a shared, busy machine.
  test.setTimeout(240_000);
  const meic = helplines.helplines.find((h) => h.id === 'meic')!.phone;
  for (const path of ['pupils/', 'pupils/map/']) {
    await page.goto(`/en/${path}`);
    const help = page.getByRole('complementary', { name: 'Need help?' });
    await expect(help).toContainText("Tell a grown-up you trust. If they don't listen, tell another.");
    await expect(help.locator('[data-helpline="childline"]')).toContainText(childline);
    await expect(help.locator('[data-helpline="meic"]')).toHaveCount(0);
    await page.goto(`/cy/${path}`);
    const cymorth = page.getByRole('complementary', { name: 'Angen help?' });
    await expect(cymorth.locator('[data-helpline="meic"]')).toContainText(meic);
    await expect(cymorth.locator('[data-helpline="childline"]')).toContainText(childline);
  }
});
