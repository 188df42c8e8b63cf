/**
 * The staff area as a member of staff, a volunteer or a governor uses it: the self-check worked
 * through with the keyboard alone in both languages, the three sheets printed to A4 with the
 * school's name, checked with axe while answers are open, and used with the network off.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, school, tabTo } from './support/fixtures';
import { readPdf } from './support/pdf';
import type { Staff } from '../../src/schemas/staff';

const LANGS = ['en', 'cy'] as const;
const staff = (lang: string) => parse(readFileSync(`content/staff/${lang}.yaml`, 'utf8')) as Staff;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

for (const lang of LANGS) {
  test(`the self-check is worked through with the keyboard alone (${lang})`, async ({ page }) => {
    const content = staff(lang);
    const situations = content.selfCheck.situations;
    await page.goto(`/${lang}/staff/`);
    await tabTo(page, page.getByRole('link', { name: content.selfCheck.title }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/staff/self-check/$`));

    // A wrong first choice in the first two situations, then what the policy expects.
    for (const [i, situation] of situations.entries()) {
      const section = page.locator(`[data-situation="${situation.id}"]`);
      await expect(section).toBeVisible();
      await expect(page.locator('[data-situation]:visible')).toHaveCount(1);
      const best = situation.options.find((o) => o.best)!;
      const first = i < 2 ? situation.options.find((o) => !o.best)! : best;
      await tabTo(page, section.locator(`[data-option="${first.id}"]`));
      await page.keyboard.press('Enter');
      // Focus lands on what changed: the feedback for that answer, and nothing else's.
      const verdict = section.locator(`[data-feedback-for="${first.id}"]`);
      await expect(verdict).toBeFocused();
      await expect(verdict).toContainText(first.feedback.replace(/\{\{phone:childline\}\}/, '0800 1111').slice(0, 40));
      await expect(section.locator('[data-feedback-for]:visible')).toHaveCount(1);
      await expect(section.locator(`[data-option="${first.id}"]`)).toHaveAttribute('aria-pressed', 'true');
      if (!first.best) {
        await expect(verdict.locator('.expects')).toContainText(best.text);
        if (i === 0) await expectNoViolations(page);
        // Trying the answer the policy expects, after, shows its feedback instead.
        await tabTo(page, section.locator(`[data-option="${best.id}"]`));
        await page.keyboard.press('Enter');
        await expect(section.locator(`[data-feedback-for="${best.id}"]`)).toBeFocused();
      }
      // The policy's own words, in English, and where to go in school.
      await expect(section.locator('.quotes q[lang="en"]')).toHaveCount(situation.policy.length);
      await expect(section.locator('.where')).toContainText(situation.whereWhy);
      await tabTo(page, section.locator('[data-next]'));
      await page.keyboard.press('Enter');
      if (i < situations.length - 1) {
        await expect(page.locator(`#title-${situations[i + 1]!.id}`)).toBeFocused();
      }
    }

    const done = page.locator('[data-done]');
    await expect(page.locator('#done-title')).toBeFocused();
    await expect(done).toContainText(content.selfCheck.doneTitle);
    // Only the first choice counts: two of seven were not what the policy expects.
    await expect(done.locator('[data-tally]')).toContainText(lang === 'en' ? '5 of 7' : '5 o 7');
    await expectNoViolations(page);
    await tabTo(page, done.locator('[data-restart]'));
    await page.keyboard.press('Enter');
    await expect(page.locator(`#title-${situations[0]!.id}`)).toBeFocused();
    await expect(page.locator(`[data-situation="${situations[0]!.id}"] [data-answer]`)).toBeHidden();
    // Nothing was stored: the area keeps no record of anyone's answers.
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });
}

// A4 less the 15 mm side margins in print-doc.css: 180 mm at 96 CSS pixels to the inch.
const PRINTABLE_WIDTH = Math.floor((180 / 25.4) * 96);

for (const lang of LANGS) {
  for (const sheet of ['summary', 'acknowledgement', 'before-we-post'] as const) {
    test(`/${lang}/staff/${sheet}/ prints on one A4 page with the school's name`, async ({ page }) => {
      const content = staff(lang);
      await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 1000 });
      await page.goto(`/${lang}/staff/${sheet}/`);
      await page.getByRole('button', { name: lang === 'en' ? 'Print' : 'Argraffu' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __printCalls: { count: number } }).__printCalls.count)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => document.fonts.ready);
      const { pages, sizes } = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pages).toHaveLength(1);
      expect(Math.round(sizes[0]!.width)).toBe(595);
      expect(Math.round(sizes[0]!.height)).toBe(842);
      const text = pages[0]!.replace(/\s+/g, ' ');
      expect(text).toContain(school.name);
      expect(text).not.toContain(lang === 'en' ? 'Skip to main content' : "Neidio i'r prif gynnwys");
      const squash = (s: string) => s.replace(/\s+/g, ' ');
      if (sheet === 'summary') {
        for (const e of content.summary.expectations) expect(text).toContain(squash(e.heading));
        expect(text).toContain(school.safeguardingLead[lang]!.charAt(0).toUpperCase() + school.safeguardingLead[lang]!.slice(1));
      }
      if (sheet === 'acknowledgement') {
        for (const label of Object.values(content.acknowledgement.fields)) expect(text).toContain(label);
        // Every promise is on the sheet to tick (the last words of each, as lines may wrap).
        for (const s of content.acknowledgement.statements) expect(text).toContain(squash(s).split(' ').slice(-3).join(' '));
      }
      if (sheet === 'before-we-post') for (const c of content.beforeWePost.checks) expect(text).toContain(squash(c.heading));
    });
  }
}

test('staff find the area from the home page and the teachers’ page, and it works with the network off', async ({ page, context }) => {
  await page.goto('/en/');
  await page.getByRole('link', { name: /I work or volunteer here/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(staff('en').title);
  await expect(page.getByRole('link', { name: 'Staff', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.goto('/cy/teachers/');
  await page.getByRole('link', { name: staff('cy').title }).click();
  await expect(page).toHaveURL(/\/cy\/staff\/$/);
  // Every role the self-check names, titled as the school titles it.
  await expect(page.locator('[data-roles] dt')).toHaveCount(4);

  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  for (const path of ['/en/staff/self-check/', '/cy/staff/summary/', '/en/staff/acknowledgement/', '/cy/staff/before-we-post/']) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
  }
  await page.goto('/cy/staff/self-check/');
  const first = staff('cy').selfCheck.situations[0]!;
  await page.locator(`[data-option="${first.options[1]!.id}"]`).click();
  await expect(page.locator(`[data-feedback-for="${first.options[1]!.id}"]`)).toBeVisible();
  await context.setOffline(false);
});
