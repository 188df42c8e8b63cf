/**
 * The printed reports a teacher hands on: a class of 35, each with a go at every lesson and game
 * of their age band (put straight into IndexedDB, as `npm run bench` does), prints its class
 * report within three A4 pages, grouped by idea and with no ids anywhere; and one pupil's page
 * prints on exactly one A4 page, in English and in Welsh, about that pupil only.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect, loadLesson, school, tabTo, unlockTeacher } from './support/fixtures';
import { pdfPages } from './support/pdf';
import { scoreLesson } from '../../src/lib/scoring';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// Distinct names, none inside another, so "not another pupil's name" means what it says.
const NAMES = [
  'Aled',
  'Bethan',
  'Carys',
  'Dafydd',
  'Elin',
  'Ffion',
  'Gethin',
  'Harri',
  'Iolo',
  'Jac',
  'Kai',
  'Lowri',
  'Megan',
  'Nia',
  'Osian',
  'Prys',
  'Rhys',
  'Sioned',
  'Tomos',
  'Wil',
  'Yasmin',
  'Zac',
  'Amara',
  'Bryn',
  'Cai',
  'Deio',
  'Efa',
  'Fflur',
  'Guto',
  'Heledd',
  'Ianto',
  'Jasmine',
  'Leah',
  'Mali',
  'Noah',
];
const BAND = 'ks2';
const lessonIds = readdirSync('content/lessons/en')
  .map((f) => f.replace(/\.yaml$/, ''))
  .filter((id) => id.endsWith(`-${BAND}`));
const lessons = lessonIds.map((id) => loadLesson('en', id));

interface GameItem {
  id: string;
  bands?: string[];
  misconception?: string;
  details?: { id: string }[];
}
const games = ['age-gate', 'kind-comments', 'photo-check'].map((id) => ({
  id,
  items: (parse(readFileSync(`content/games/en/${id}.yaml`, 'utf8')) as { items: GameItem[] }).items,
}));

const id = (prefix: string, n: number) => `${prefix}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const classId = id('c', 7);
const now = Date.UTC(2026, 10, 20, 9);

/** Every pupil plays every lesson once (their path chosen by their number) and every game once. */
function classData() {
  const pupils = NAMES.map((name, p) => ({ id: id('d', p), classId, name, avatar: 'fox', createdAt: now }));
  let n = 0;
  const attempts = pupils.flatMap((pupil, p) => [
    ...lessons.map((lesson, l) => {
      const steps: { sceneId: string; choiceId: string; at: number }[] = [];
      let sceneId = lesson.start;
      for (let k = 0; lesson.scenes[sceneId]!.choices && k < 40; k += 1) {
        const choices = lesson.scenes[sceneId]!.choices!;
        // Most pupils mostly choose safely; some slip at the first scene or two.
        const safe = choices.filter((c) => c.safe);
        const slip = (p + k + l) % 5 === 0 || (p < 3 && k < 3);
        const choice = (slip && choices.find((c) => !c.safe)) || safe[(p + k) % safe.length] || choices[0]!;
        steps.push({ sceneId, choiceId: choice.id, at: now + l * 1e6 + k * 20_000 });
        sceneId = choice.next;
      }
      const result = scoreLesson(lesson, steps);
      n += 1;
      const startedAt = now + l * 1e6;
      return {
        id: id('a', n),
        pupilId: pupil.id,
        kind: 'lesson',
        activityId: lesson.id,
        locale: p % 4 === 0 ? 'cy' : 'en',
        status: 'complete',
        startedAt,
        updatedAt: startedAt + 300_000,
        finishedAt: startedAt + 300_000,
        durationMs: 240_000 + p * 1000,
        sceneId,
        steps,
        ...result,
        pledgeId: lesson.pledges[p % lesson.pledges.length]!.id,
      };
    }),
    ...games.map((game, g) => {
      const items = game.items.filter((i) => !i.bands || i.bands.includes(BAND));
      const wrong = items.filter((_, i) => (i + p + g) % 4 === 0 || (p < 3 && i < 4));
      const mistakes = wrong.map((item) =>
        game.id === 'photo-check'
          ? { sceneId: `${item.id}/post`, choiceId: 'post', misconception: 'background-does-not-matter' }
          : game.id === 'age-gate'
            ? { sceneId: item.id, choiceId: 'join', misconception: item.misconception ?? 'age-limits-are-optional' }
            : { sceneId: item.id, choiceId: 'send', misconception: item.misconception ?? 'only-a-joke' },
      );
      n += 1;
      const startedAt = now + 1e7 + g * 1e6;
      return {
        id: id('a', n),
        pupilId: pupil.id,
        kind: 'game',
        activityId: game.id,
        locale: 'en',
        status: 'complete',
        startedAt,
        updatedAt: startedAt + 120_000,
        finishedAt: startedAt + 120_000,
        durationMs: 120_000,
        sceneId: '',
        steps: [],
        score: items.length - mistakes.length,
        maxScore: items.length,
        stars: mistakes.length === 0 ? 3 : mistakes.length * 2 <= items.length ? 2 : 1,
        mistakes,
      };
    }),
  ]);
  return { classRecord: { id: classId, name: 'Year 5 Ash', ageBand: BAND, createdAt: now }, pupils, attempts };
}

/** Every id content gives a lesson, scene, choice, game, game item, idea or promise, as a teacher must never read it. */
function rawIds(): string[] {
  const ids = new Set<string>();
  for (const file of readdirSync('content/lessons/en')) {
    const lesson = loadLesson('en', file.replace(/\.yaml$/, ''));
    ids.add(lesson.id);
    for (const [sceneId, scene] of Object.entries(lesson.scenes)) {
      ids.add(sceneId);
      for (const c of scene.choices ?? []) {
        ids.add(c.id);
        if (c.misconception) ids.add(c.misconception);
      }
    }
    for (const pledge of lesson.pledges) ids.add(pledge.id);
  }
  for (const game of games) {
    ids.add(game.id);
    for (const item of game.items) {
      ids.add(item.id);
      if (item.misconception) ids.add(item.misconception);
    }
  }
  // Only ids that cannot be ordinary words: a single word ("start", "tell") or a hyphenated one
  // the content itself says ("face-to-face") may well be in the text.
  const words = squash(
    proseOf([
      ...readdirSync('content/lessons/en').map((f) => `content/lessons/en/${f}`),
      ...games.map((g) => `content/games/en/${g.id}.yaml`),
    ]),
  );
  return [...ids].filter((i) => i.includes('-') && !words.includes(i));
}

/** Every text in these files and in the interface, leaving out the fields that hold ids. */
function proseOf(files: string[]): string {
  const idKeys = new Set([
    'id',
    'start',
    'next',
    'misconception',
    'outcomes',
    'wants',
    'who',
    'author',
    'bands',
    'topic',
    'ageBand',
    'answer',
  ]);
  const out: string[] = [];
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'string') {
      if (!idKeys.has(key)) out.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const file of files) walk(parse(readFileSync(file, 'utf8')));
  walk(JSON.parse(readFileSync('src/i18n/locales/en/ui.json', 'utf8')));
  return out.join(' ');
}

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

async function seed(page: Page) {
  await page.goto('/en/teachers/progress/');
  await unlockTeacher(page);
  await expect(page.locator('.progress[data-ready="true"]')).toBeVisible();
  await page.evaluate(
    ({ classRecord, pupils, attempts }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('terrific-tom');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // Each pupil's attempts packed in one record, as the app stores them (schema v5).
          const tx = open.result.transaction(['classes', 'pupils', 'pupilAttempts'], 'readwrite');
          tx.objectStore('classes').put(classRecord);
          for (const p of pupils) tx.objectStore('pupils').put(p);
          const packs = new Map<string, (typeof attempts)[number][]>();
          for (const a of attempts) packs.set(a.pupilId, [...(packs.get(a.pupilId) ?? []), a]);
          for (const [pupilId, list] of packs)
            tx.objectStore('pupilAttempts').put({ pupilId, attemptIds: list.map((a) => a.id), attempts: list });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    classData(),
  );
  await page.reload();
  await expect(page.locator('.progress[data-ready="true"] [data-grid]')).toBeVisible();
}

test('a class of 35 prints its report within three A4 pages, by idea, with no ids on screen or paper', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await seed(page);
  await expect(page.locator('[data-pupil-row]')).toHaveCount(35);
  // "What to talk about" is by idea: one item per misconception, each pupil counted once.
  const ideas = page.locator('[data-misconceptions] > li');
  await expect(ideas.first()).toBeVisible();
  const shown = await ideas.evaluateAll((items) => items.map((li) => li.getAttribute('data-misconception')));
  expect(new Set(shown).size).toBe(shown.length);
  for (const pupils of await ideas.evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-idea-pupils')))))
    expect(pupils).toBeLessThanOrEqual(35);
  await expectNoViolations(page);

  const ids = rawIds();
  const screen = squash(await page.locator('main').innerText());
  expect(ids.filter((i) => screen.includes(i))).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  // Kept beside the test's other output, to look at as well as read back.
  writeFileSync(testInfo.outputPath('class-report.pdf'), pdf);
  await testInfo.attach('class-report.pdf', { path: testInfo.outputPath('class-report.pdf'), contentType: 'application/pdf' });
  const pages = await pdfPages(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(3);
  for (const [i, printed] of pages.entries()) {
    expect(Math.round(printed.width), `page ${i + 1} is A4`).toBe(595);
    expect(Math.round(printed.height)).toBe(842);
    expect(printed.text.length, `page ${i + 1} has text`).toBeGreaterThan(200);
  }
  const paper = squash(pages.map((p) => p.text).join(' '));
  for (const name of NAMES) expect(paper).toContain(squash(name));
  for (const words of ['What to talk about', 'Curriculum coverage', 'Next steps', `Year 5 Ash · ${school.name}`])
    expect(paper).toContain(squash(words));
  expect(ids.filter((i) => paper.includes(i))).toEqual([]);
  // No heading stranded at the foot of a page: each page's last line is not a section heading.
  for (const printed of pages.slice(0, -1))
    for (const heading of ['What to talk about', 'Curriculum coverage', 'Next steps'])
      expect(squash(printed.text).endsWith(squash(heading))).toBe(false);
});

for (const locale of ['en', 'cy'] as const) {
  test(`one pupil's page (${locale}) is reached by keyboard from the class and prints on one A4 page about that pupil only`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await seed(page);
    // The pupil with the most to talk about: they slipped at the start of every lesson and game.
    const pupil = NAMES[0]!;
    const link = page.getByRole('link', { name: `Open ${pupil}'s page` });
    await tabTo(page, link, 80);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/teachers\/progress\/pupil\/#pupil=/);
    await expect(page.locator('.pupil-report[data-ready="true"] [data-pupil-summary]')).toBeVisible();
    if (locale === 'cy') {
      // The family's language: the teacher opens the page in Welsh, keyboard only.
      await tabTo(page, page.locator('[data-print-language="cy"]'));
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/cy\/teachers\/progress\/pupil\/#pupil=/);
      await unlockTeacher(page);
      await expect(page.locator('.pupil-report[data-ready="true"] [data-pupil-summary]')).toBeVisible();
    }
    const summary = page.locator('[data-pupil-summary]');
    await expect(summary).toHaveAttribute('data-pupil-summary', pupil);
    await expect(summary.locator('[data-played] tbody tr')).toHaveCount(lessons.length + games.length);
    await expect(summary.locator('[data-pupil-ideas] > li').first()).toBeVisible();
    await expect(summary.locator('[data-pledges] li').first()).toBeVisible();
    await tabTo(page, page.locator('[data-print-pupil]'));
    await expectNoViolations(page);
    const screen = squash(await page.locator('main').innerText());
    expect(rawIds().filter((i) => screen.includes(i))).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(testInfo.outputPath(`pupil-${locale}.pdf`), pdf);
    await testInfo.attach(`pupil-${locale}.pdf`, { path: testInfo.outputPath(`pupil-${locale}.pdf`), contentType: 'application/pdf' });
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const [sheet] = pages;
    expect(Math.round(sheet!.width)).toBe(595);
    const paper = squash(sheet!.text);
    expect(paper).toContain(squash(pupil));
    expect(paper).toContain(squash(school.name));
    // As a word: "Wil" is in "will".
    for (const other of NAMES.slice(1)) expect(sheet!.text, `${other} is not on ${pupil}'s page`).not.toMatch(new RegExp(`\\b${other}\\b`));
    expect(rawIds().filter((i) => paper.includes(i))).toEqual([]);
    const words =
      locale === 'en'
        ? [`What ${pupil} played`, `${pupil}'s promises`, 'What to talk about at home']
        : [`Beth chwaraeodd ${pupil}`, `Addewidion ${pupil}`, 'Beth i siarad amdano gartref'];
    for (const w of words) expect(paper).toContain(squash(w));
  });
}
