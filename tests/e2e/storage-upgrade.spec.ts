/**
 * A device that played before schema v5 (one IndexedDB record per attempt) opens this version in
 * real Chromium: every attempt moves into its pupil's record, and stars, an unfinished lesson and
 * the teacher's class all carry on. The database is written as version 4 left it, without the app.
 */
import { test, expect, loadLesson, pickPupil, readAttempts, unlockTeacher } from './support/fixtures';
import { v4 } from '../../src/db/migrations/v4';

const CLASS = { id: 'c1a55000-0000-4000-8000-000000000005', name: 'Year 5 Ash', ageBand: 'ks2', createdAt: 1763900000000 };
const SIAN = { id: 'd0000000-0000-4000-8000-000000000051', classId: CLASS.id, name: 'Siân', avatar: 'fox', createdAt: 1763900000001 };
const LEO = { id: 'd0000000-0000-4000-8000-000000000052', classId: CLASS.id, name: 'Leo', avatar: 'owl', createdAt: 1763900000002 };

test('a device from before schema v5 keeps every attempt: stars, an unfinished lesson and the class report', async ({ page }) => {
  const kind = loadLesson('en', 'posting-kindly-ks2');
  const ages = loadLesson('en', 'age-limits-ks2');
  const kindFirst = kind.scenes[kind.start]!.choices!.find((c) => c.safe)!;
  const agesFirst = ages.scenes[ages.start]!.choices!.find((c) => c.safe)!;
  const at = 1764000000000;
  const attempts = [
    // Siân finished one lesson with two stars and stopped halfway through another.
    {
      id: 'a0000000-0000-4000-8000-000000000501',
      pupilId: SIAN.id,
      kind: 'lesson',
      activityId: 'posting-kindly-ks2',
      locale: 'en',
      status: 'complete',
      startedAt: at,
      updatedAt: at + 500,
      steps: [{ sceneId: kind.start, choiceId: kindFirst.id, at: at + 100 }],
      sceneId: kindFirst.next,
      finishedAt: at + 500,
      durationMs: 500,
      score: 1,
      maxScore: 2,
      stars: 2,
      mistakes: [],
    },
    {
      id: 'a0000000-0000-4000-8000-000000000502',
      pupilId: SIAN.id,
      kind: 'lesson',
      activityId: 'age-limits-ks2',
      locale: 'en',
      status: 'in-progress',
      startedAt: at + 1000,
      updatedAt: at + 1100,
      steps: [{ sceneId: ages.start, choiceId: agesFirst.id, at: at + 1100 }],
      sceneId: agesFirst.next,
    },
    // Leo played a game, and an attempt from before pupils existed is still on the device.
    {
      id: 'a0000000-0000-4000-8000-000000000503',
      pupilId: LEO.id,
      kind: 'game',
      activityId: 'age-gate',
      locale: 'en',
      status: 'complete',
      startedAt: at + 2000,
      updatedAt: at + 2500,
      steps: [],
      sceneId: '',
      finishedAt: at + 2500,
      durationMs: 500,
      score: 8,
      maxScore: 10,
      stars: 2,
      mistakes: [],
    },
    {
      id: 'a0000000-0000-4000-8000-000000000504',
      pupilId: 'device',
      kind: 'lesson',
      activityId: 'sharing-images-ks2',
      locale: 'en',
      status: 'in-progress',
      startedAt: at - 9000,
      updatedAt: at - 9000,
      steps: [],
      sceneId: 'start',
    },
  ];

  await page.goto('/en/about/');
  await page.evaluate(
    ({ stores, rows }) =>
      new Promise<void>((resolve, reject) => {
        // Dexie's version 4 is IndexedDB version 40; its schema strings become stores and indexes.
        const open = indexedDB.open('terrific-tom', 40);
        open.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(stores)) {
            const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim());
            const store = open.result.createObjectStore(name, { keyPath: primary });
            for (const index of indexes) {
              const compound = /^\[(.+)\]$/.exec(index);
              store.createIndex(index, compound ? compound[1]!.split('+') : index);
            }
          }
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(rows), 'readwrite');
          for (const [name, list] of Object.entries(rows)) for (const row of list) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { stores: v4.stores as Record<string, string>, rows: { classes: [CLASS], pupils: [SIAN, LEO], attempts } },
  );

  // The first page that opens storage upgrades it; Siân's map shows what she did before.
  await pickPupil(page, CLASS.name, SIAN.name);
  await expect(page.locator('[data-map-who][data-loaded="true"]')).toBeVisible();
  const finished = page.locator('[data-lesson="posting-kindly-ks2"]');
  await expect(finished).toHaveAttribute('data-status', 'complete');
  await expect(finished.locator('[data-lesson-stars] path[fill="#f5b700"]')).toHaveCount(2);
  await expect(page.locator('[data-lesson="age-limits-ks2"]')).toHaveAttribute('data-status', 'in-progress');

  // The unfinished lesson carries on where she left it, in the same attempt.
  await page.goto('/en/lessons/age-limits-ks2/');
  await expect(page.getByRole('heading', { name: 'Welcome back!' })).toBeFocused();
  await page.getByRole('button', { name: 'Carry on' }).click();
  await expect(page.locator(`[data-scene="${agesFirst.next}"]`)).toBeVisible();
  const second = ages.scenes[agesFirst.next]!.choices![0]!;
  await page.locator(`[data-choice="${second.id}"]`).click();
  await expect(page.locator('[data-next]')).toBeVisible();

  await expect.poll(async () => (await readAttempts(page)).find((a) => a.id === attempts[1]!.id)?.steps.length).toBe(2);
  const stored = await readAttempts(page);
  expect(stored.map((a) => a.id)).toEqual(attempts.map((a) => a.id));
  for (const before of [attempts[0]!, attempts[2]!, attempts[3]!]) expect(stored.find((a) => a.id === before.id)).toEqual(before);
  const tables = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('terrific-tom');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          resolve([...open.result.objectStoreNames]);
          open.result.close();
        };
      }),
  );
  expect(tables).toContain('pupilAttempts');
  expect(tables).not.toContain('attempts');

  // The teacher's report reads the moved attempts: both pupils, Leo's game among them.
  await page.goto('/en/teachers/progress/');
  await unlockTeacher(page);
  await expect(page.locator('.progress[data-ready="true"] [data-grid]')).toBeVisible();
  await expect(page.locator('[data-grid]')).toContainText('Siân');
  await expect(page.locator('[data-grid]')).toContainText('Leo');
});
