/**
 * Teacher benchmarks, in headless Chromium with no slow-down (a teacher's laptop) and with 4x (an
 * old one): a class of 35 pupils with 10
 * attempts at each of 30 activities (10,500 attempts) is put straight into the browser's
 * IndexedDB, then the class view is opened and its report drawn; and 35 pupil files (one per
 * tablet, 300 attempts each) are brought together on a fresh device through the import screen.
 * The report's sums are also timed alone in Node.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { classGrid, coverage, misconceptions, nextSteps, type Activity, type LessonChoices } from '../../src/lib/report.ts';

const PUPILS = 35;
const ACTIVITIES = 30;
const TRIES = 10;
const PIN = '2468';

interface LessonFile {
  id: string;
  topic: Activity['topic'];
  ageBand: 'ks1' | 'ks2';
  title: string;
  outcomes?: string[];
  scenes: Record<string, { outcomes?: string[]; choices?: { id: string; safe: boolean; misconception?: string }[] }>;
}

/** The real lessons (their scenes and choices), and made-up activities to reach 30. */
function content() {
  const lessons = readdirSync('content/lessons/en').map((f) => parse(readFileSync(`content/lessons/en/${f}`, 'utf8')) as LessonFile);
  const choices: LessonChoices = {};
  for (const l of lessons) {
    choices[l.id] = {};
    for (const [sceneId, scene] of Object.entries(l.scenes)) if (scene.choices) choices[l.id]![sceneId] = scene.choices;
  }
  const activities: Activity[] = lessons.map((l) => ({
    id: l.id,
    kind: 'lesson',
    topic: l.topic,
    title: l.title,
    outcomes: [...new Set([...(l.outcomes ?? []), ...Object.values(l.scenes).flatMap((scene) => scene.outcomes ?? [])])],
    sceneOutcomes: Object.fromEntries(Object.entries(l.scenes).map(([sceneId, scene]) => [sceneId, scene.outcomes ?? []])),
    finishOutcomes: l.outcomes ?? [],
  }));
  for (let i = activities.length; i < ACTIVITIES; i += 1)
    activities.push({ id: `activity-${i}`, kind: 'game', topic: 'age-limits', title: `Activity ${i}`, outcomes: [] });
  return { lessons, choices, activities };
}

const id = (prefix: string, n: number) => `${prefix}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** 35 pupils x 30 activities x 10 attempts, the lessons' with real choices, some of them unsafe. */
function classData(lessons: LessonFile[], activities: Activity[]) {
  const classId = id('c', 1);
  const now = Date.UTC(2026, 10, 20);
  const pupils = Array.from({ length: PUPILS }, (_, p) => ({
    id: id('d', p),
    classId,
    name: `Pupil ${p + 1}`,
    avatar: 'fox',
    createdAt: now,
  }));
  let n = 0;
  const attempts = pupils.flatMap((pupil, p) =>
    activities.flatMap((activity, a) =>
      Array.from({ length: TRIES }, (_, t) => {
        const lesson = lessons.find((l) => l.id === activity.id);
        const steps = lesson
          ? Object.entries(lesson.scenes)
              .filter(([, s]) => s.choices)
              .slice(0, 6)
              .map(([sceneId, s], k) => ({
                sceneId,
                choiceId: s.choices![(p + t + k) % s.choices!.length]!.id,
                at: now + a * 1e6 + t * 1e4 + k,
              }))
          : [];
        const startedAt = now + a * 1e6 + t * 1e4;
        n += 1;
        return {
          id: id('a', n),
          pupilId: pupil.id,
          kind: lesson ? 'lesson' : 'game',
          activityId: activity.id,
          locale: 'en',
          status: 'complete',
          startedAt,
          updatedAt: startedAt + 5000,
          finishedAt: startedAt + 5000,
          sceneId: '',
          steps,
          score: (p + t) % 4,
          maxScore: 3,
          stars: (p + t) % 4,
          mistakes: lesson ? [] : [{ sceneId: `item-${t}`, choiceId: 'send', misconception: 'only-a-joke' }],
        };
      }),
    ),
  );
  return { classRecord: { id: classId, name: 'Year 4 Bench', ageBand: 'ks2', createdAt: now }, pupils, attempts };
}

async function withPin(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const gate = page.locator('[data-gate]');
  await page.locator('[data-gate="set"], [data-gate="enter"], [data-gate="open"]').waitFor();
  const state = await gate.getAttribute('data-gate');
  if (state === 'open') return;
  await page.locator('#pin').fill(PIN);
  if (state === 'set') await page.locator('#pin-again').fill(PIN);
  await page.locator('[data-pin-submit]').click();
  await page.locator('[data-gate="open"]').waitFor();
}

const ms = (n: number) => `${Math.round(n)} ms`;

export async function benchTeacher(browser: Browser, base: string): Promise<string[][]> {
  const rows: string[][] = [];
  for (const rate of [1, 4]) rows.push(...(await benchAtRate(browser, base, rate)));
  return rows;
}

async function benchAtRate(browser: Browser, base: string, rate: number): Promise<string[][]> {
  const slow = rate === 1 ? 'no slow-down' : `${rate}x CPU slow-down`;
  const { lessons, choices, activities } = content();
  const data = classData(lessons, activities);
  const rows: string[][] = [];

  // The sums alone, in Node: the floor under what the page can do.
  const started = performance.now();
  const grid = classGrid(data.pupils as never, data.attempts as never, activities);
  const wrong = misconceptions(data.attempts as never, choices);
  coverage(
    activities.flatMap((a) => a.outcomes),
    activities,
    data.pupils as never,
    data.attempts as never,
  );
  nextSteps(grid, wrong, activities, 'ks2');
  if (rate === 1) rows.push([`report sums in Node (${data.attempts.length} attempts)`, ms(performance.now() - started)]);

  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await withPin(page, `${base}/en/teachers/progress/`);
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
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    data,
  );
  const pageTimes: number[] = [];
  const buildTimes: number[] = [];
  const readTimes: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const t0 = Date.now();
    await page.goto(`${base}/en/teachers/progress/`);
    await page.locator('.progress[data-ready="true"] [data-grid]').waitFor();
    pageTimes.push(Date.now() - t0);
    buildTimes.push(await page.evaluate(() => performance.getEntriesByName('class-view')[0]?.duration ?? NaN));
    readTimes.push(await page.evaluate(() => performance.getEntriesByName('class-view:read')[0]?.duration ?? NaN));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[1]!;
  rows.push([`${slow}: class view built from storage, report drawn (35 x 30 x 10, median of 3)`, ms(median(buildTimes))]);
  rows.push([`${slow}:   of which reading the class from IndexedDB`, ms(median(readTimes))]);
  rows.push([`${slow}: the same, from navigation (page, PIN check, storage)`, ms(median(pageTimes))]);
  await context.close();

  // 35 tablets' files, each one pupil of the same class with 300 attempts, onto a fresh device.
  const dir = mkdtempSync(join(tmpdir(), 'tt-bench-'));
  const files = data.pupils.map((pupil, p) => {
    const file = join(dir, `tablet-${p + 1}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        format: 'terrific-tom-progress',
        formatVersion: 1,
        exportedAt: new Date().toISOString(),
        data: { classes: [data.classRecord], pupils: [pupil], attempts: data.attempts.filter((a) => a.pupilId === pupil.id) },
      }),
    );
    return file;
  });
  const laptop = await browser.newContext({ serviceWorkers: 'block' });
  const other = await laptop.newPage();
  const cdp2 = await laptop.newCDPSession(other);
  await cdp2.send('Emulation.setCPUThrottlingRate', { rate });
  await withPin(other, `${base}/en/teachers/devices/`);
  await other.locator('.transfer[data-ready="true"]').waitFor();
  await other.locator('[data-import-files]').setInputFiles(files);
  const t0 = Date.now();
  await other.locator('[data-import]').click();
  await other.locator('[data-import-result="done"]').waitFor({ timeout: 120_000 });
  rows.push([`${slow}: import 35 pupil files (${data.attempts.length} attempts) on a fresh device`, ms(Date.now() - t0)]);
  const phase = (name: string) => other.evaluate((n) => performance.getEntriesByName(n)[0]?.duration ?? NaN, name);
  const read = await phase('import:read');
  rows.push([`${slow}:   reading and checking the files`, ms(read)]);
  rows.push([`${slow}:   merging and writing in one transaction`, ms((await phase('import:write')) - read)]);
  await laptop.close();
  return rows;
}
