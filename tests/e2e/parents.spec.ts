import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './support/fixtures';
import { readPdf } from './support/pdf';

const school = parse(readFileSync('content/school.yaml', 'utf8')) as { name: string; concernRoute: { who: { en: string; cy?: string } }[] };
const workshop = (lang: string) =>
  parse(readFileSync(`content/workshop/${lang}.yaml`, 'utf8')) as { slides: { id: string; title: string }[] };
const LANGS = ['en', 'cy'] as const;
const PACKS = ['respectful-posting', 'age-limits', 'sharing-images', 'working-together'];

/** Everything a parent or the school prints, with the most pages each may sensibly take. */
const PRINTED: { path: string; maxPages: number }[] = [
  ...PACKS.map((id) => ({ path: `parents/packs/${id}/`, maxPages: 4 })),
  { path: 'parents/agreement/', maxPages: 1 },
  // The pupils' agreement: one sheet each, signed at home and at school.
  { path: 'parents/pupil-agreement/ks1/', maxPages: 1 },
  { path: 'parents/pupil-agreement/ks2/', maxPages: 1 },
  { path: 'parents/age-guide/', maxPages: 4 },
  { path: 'parents/checklist/', maxPages: 2 },
  { path: 'parents/workshop/handout/', maxPages: 4 },
  { path: 'parents/workshop/notes/', maxPages: 4 },
];

const PARENT_PAGES = ['parents/', ...PRINTED.map((p) => p.path), 'parents/workshop/'];

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

// A4 less the 15 mm side margins in print-doc.css: 180 mm at 96 CSS pixels to the inch.
const PRINTABLE_WIDTH = Math.floor((180 / 25.4) * 96);

for (const lang of LANGS) {
  for (const { path, maxPages } of PRINTED) {
    test(`/${lang}/${path} prints on A4 with text on every page and nothing overflowing`, async ({ page }) => {
      await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 1000 });
      await page.goto(`/${lang}/${path}`);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => document.fonts.ready);
      // Nothing is wider than the printable width, and nothing is cut off inside its box.
      const overflowing = await page.evaluate((width) => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          const style = getComputedStyle(el);
          if (style.display === 'none' || style.position === 'absolute') continue;
          const box = el.getBoundingClientRect();
          if (box.right > width + 1 || (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible')) {
            out.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(box.right)} px`);
          }
        }
        return out;
      }, PRINTABLE_WIDTH);
      expect(overflowing).toEqual([]);

      const { sizes, pages } = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(maxPages);
      expect(sizes).toHaveLength(pages.length);
      for (const size of sizes) {
        expect(Math.round(size.width)).toBe(595);
        expect(Math.round(size.height)).toBe(842);
      }
      pages.forEach((text, i) => {
        // More than the page number in the margin: real words on every sheet.
        const words = text.replace(/\d+\s*\/\s*\d+/g, '').trim();
        expect(words.length, `page ${i + 1} of ${path}`).toBeGreaterThan(40);
      });
      const all = pages.join('\n').replace(/\s+/g, ' ');
      expect(all).toContain(school.name);
      // Screen-only parts (navigation, the Print button) stay off paper.
      expect(all).not.toContain(lang === 'en' ? 'Skip to main content' : "Neidio i'r prif gynnwys");
    });
  }
}

test('each pack names the school and its route for a concern, and links lessons that open', async ({ page }) => {
  for (const lang of LANGS) {
    for (const id of PACKS) {
      await page.goto(`/${lang}/parents/packs/${id}/`);
      await expect(page.locator('[data-school-name]')).toContainText(school.name);
      for (const step of school.concernRoute) await expect(page.locator('.route')).toContainText(step.who[lang] ?? step.who.en);
      // Written in the page's language: no "only in English" marker while a translation exists.
      await expect(page.locator('.fallback')).toHaveCount(0);
    }
  }
  await page.goto('/en/parents/packs/respectful-posting/');
  await page.getByRole('link', { name: 'Kind words online' }).click();
  await expect(page).toHaveURL(/\/en\/lessons\/posting-kindly-ks1\/$/);
});

test("the pupils' agreement opens from the teachers' home and the parents' area, and prints the promises and every signature line", async ({
  page,
}) => {
  const agreement = (lang: string) =>
    parse(readFileSync(`content/agreements/${lang}.yaml`, 'utf8')) as {
      bands: Record<'ks1' | 'ks2', { title: string; promises: { picture?: string }[] }>;
      signatures: Record<string, string>;
    };
  await page.goto('/cy/teachers/');
  await page.locator('[data-pupil-agreement] a').first().click();
  await expect(page).toHaveURL(/\/cy\/parents\/pupil-agreement\/ks1\/$/);
  const cy = agreement('cy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cy.bands.ks1.title);
  // A child who cannot read yet finds each promise by its picture.
  await expect(page.locator('[data-promises] li')).toHaveCount(cy.bands.ks1.promises.length);
  await expect(page.locator('[data-promises] li svg.picture')).toHaveCount(cy.bands.ks1.promises.length);
  const { pages } = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const printed = pages.join(' ').replace(/\s+/g, ' ');
  for (const label of Object.values(cy.signatures)) expect(printed).toContain(label);

  await page.goto('/en/parents/');
  await page.getByRole('link', { name: /The pupils' agreement: Ages 7 to 11/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(agreement('en').bands.ks2.title);
  await expect(page.locator('[data-promises] li')).toHaveCount(agreement('en').bands.ks2.promises.length);
});

test('the age guide shows every service from the facts file with the date it was checked', async ({ page }) => {
  const facts = parse(readFileSync('content/facts/age-limits.yaml', 'utf8')) as {
    services: { id: string; kind: string; value: number; consent?: { under: number }; checkedOn: string }[];
  };
  await page.goto('/cy/parents/age-guide/');
  for (const s of facts.services) {
    const row = page.locator(`[data-service="${s.id}"]`);
    // A service with no minimum age (Roblox) shows the age under which a parent must agree instead.
    if (s.kind === 'parental-consent') await expect(row).toContainText(`dan ${s.consent!.under} oed`);
    else await expect(row).toContainText(String(s.value));
    const date = new Intl.DateTimeFormat('cy-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(s.checkedOn));
    await expect(row).toContainText(date);
  }
});

for (const lang of LANGS) {
  test(`every parents' page in ${lang} has no violations on a phone and does not scroll sideways`, async ({ page }) => {
    // Every parents' page in turn: a ceiling for a busy machine, not a wait.
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of PARENT_PAGES) {
      await page.goto(`/${lang}/${path}`);
      await expectNoViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}

test('the presenter moves with the keys and the notes window follows, and leads', async ({ page, context }) => {
  const slides = workshop('en').slides;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/en/parents/workshop/');
  const deck = page.locator('[data-deck][data-ready="true"]');
  await expect(deck).toHaveAttribute('data-current', '1');
  const notes = await context.newPage();
  await notes.goto('/en/parents/workshop/notes/');
  await expect(notes.locator('[data-deck][data-ready="true"]')).toHaveAttribute('data-current', '1');

  await page.keyboard.press('ArrowRight');
  await expect(deck).toHaveAttribute('data-current', '2');
  await expect(page.getByRole('heading', { level: 2, name: slides[1]!.title })).toBeVisible();
  await expect(page.locator('.slide:visible')).toHaveCount(1);
  await expect(page.locator('[data-count]')).toHaveText(`Slide 2 of ${slides.length}`);
  await expect(page).toHaveURL(/#2$/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Space');
  await expect(deck).toHaveAttribute('data-current', '4');
  await page.keyboard.press('PageUp');
  await expect(deck).toHaveAttribute('data-current', '3');
  // The notes window shows the same slide's notes, and what comes next.
  await expect(notes.locator('[data-deck]')).toHaveAttribute('data-current', '3');
  await expect(notes.locator('.note:visible h2')).toHaveText(slides[2]!.title);
  await expect(notes.locator('.note:visible')).toContainText(`Next: ${slides[3]!.title}`);

  // Driving from the notes window moves the slides on the projector.
  await notes.keyboard.press('End');
  await expect(deck).toHaveAttribute('data-current', String(slides.length));
  await expect(page.locator('.slide:visible')).toContainText(school.concernRoute[0]!.who.en);
  await expectNoViolations(page);
  await expectNoViolations(notes);

  // A reload keeps the slide (the URL says which).
  await page.reload();
  await expect(page.locator('[data-deck][data-ready="true"]')).toHaveAttribute('data-current', String(slides.length));
  await page.keyboard.press('Home');
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-current', '1');
});

test('the Welsh workshop moves with the buttons too', async ({ page }) => {
  await page.goto('/cy/parents/workshop/');
  await page.getByRole('button', { name: 'Nesaf' }).click();
  await expect(page.locator('[data-count]')).toHaveText(`Sleid 2 o ${workshop('cy').slides.length}`);
  await page.getByRole('button', { name: 'Blaenorol' }).click();
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-current', '1');
});

test('after one visit the parents area works offline in both languages', async ({ page, context }) => {
  await page.goto('/en/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  for (const lang of LANGS) {
    for (const path of PARENT_PAGES) {
      const response = await page.goto(`/${lang}/${path}`);
      expect(response?.ok(), `/${lang}/${path}`).toBe(true);
      await expect(page.locator('[data-school-name]').first()).toContainText(school.name);
    }
  }
  await page.goto('/en/parents/workshop/#2');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-current', '3');
  await context.setOffline(false);
});
