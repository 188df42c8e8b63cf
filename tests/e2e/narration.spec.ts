import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import {
  test,
  expect,
  LESSON_ID,
  loadLesson,
  addClass,
  pickPupil,
  playAsGuest,
  readAttempts,
  waitForServiceWorker,
} from './support/fixtures';
import { narrationKey } from '../../src/lib/narration-key';

// A KS1 lesson, in Welsh: headless Chromium has no voice at all, let alone a Welsh one, so every
// sound here comes from the site's own recordings (public/audio/narration).
const KS1_LESSON = 'posting-kindly-ks1';

/** The narration's <audio> element plays, and its clock moves on. */
async function expectPlaying(page: Page) {
  const audio = page.locator('audio[data-narration]');
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime > 0.1)).toBe(true);
  // Its clock moves on: forward, or back to the start of the next part, or it reached the end.
  const at = await audio.evaluate((a: HTMLAudioElement) => `${a.src} ${a.currentTime}`);
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement, then) => a.ended || `${a.src} ${a.currentTime}` !== then, at)).toBe(true);
}

/** Reads aloud with the n-th button on screen (or this one), and waits for the sound. */
async function readAloud(page: Page, nth: number | Locator = 0) {
  const button = typeof nth === 'number' ? page.locator('[data-read-aloud]').nth(nth) : nth;
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expectPlaying(page);
  // Tap again to stop: the recording pauses.
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => page.locator('audio[data-narration]').evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
}

/** Plays the first scenes through: each scene, its question and choices, and Tom's feedback. */
async function playScenes(page: Page, scenes: number) {
  for (let i = 0; i < scenes; i += 1) {
    await readAloud(page, 0); // the scene
    if (i === 0) {
      // While a choice is read, its button lights up, so a child who cannot read knows which is which.
      const choices = page.locator('[data-read-aloud]').nth(1);
      await choices.click();
      await expect(page.locator('[data-choice][data-speaking]')).toHaveCount(1);
      await choices.click();
      await expect(page.locator('[data-speaking]')).toHaveCount(0);
    }
    await readAloud(page, 1); // what do you do, and the choices
    await page.locator('[data-choice]').first().click();
    await expect(page.locator('.feedback')).toBeVisible();
    await readAloud(page, 0); // Tom's feedback
    await page.locator('[data-next]').click();
    if ((await page.locator('[data-choice]').count()) === 0) break;
  }
}

test('a KS1 lesson in Welsh reads aloud from recordings, with no voice on the device, online and offline', async ({ page, context }) => {
  test.slow();
  const lesson = loadLesson('cy', KS1_LESSON);
  expect(lesson.ageBand).toBe('ks1');
  // When the first tap lands and when the first sound starts, for the report.
  await page.addInitScript(() => {
    const w = window as unknown as { __tap?: number; __sound?: number };
    document.addEventListener('pointerdown', () => (w.__tap ??= performance.now()), true);
    document.addEventListener('playing', () => (w.__sound ??= performance.now()), true);
  });
  await page.goto(`/cy/lessons/${KS1_LESSON}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  // The service worker is in control, so what is read is kept for offline use.
  await waitForServiceWorker(page);

  await readAloud(page, 0);
  const ms = await page.evaluate(() => {
    const w = window as unknown as { __tap: number; __sound: number };
    return Math.round(w.__sound - w.__tap);
  });
  test.info().annotations.push({ type: 'tap to first sound', description: `${ms} ms` });
  console.log(`narration: tap to first sound ${ms} ms`);

  await playScenes(page, 3);
  // The rest of the lesson's recordings have been kept by now (src/speech/narration.ts).
  await expect(page.locator('html')).toHaveAttribute('data-narration-kept', 'cy', { timeout: 60_000 });
  const kept = await page.evaluate(async () => (await (await caches.open('narration')).keys()).length);
  const index = await page.evaluate(
    async () => (await (await fetch('/audio/narration/cy/index.json')).json()) as { groups: Record<string, string[]> },
  );
  expect(kept).toBe(new Set([...index.groups['posting-kindly-ks1']!, ...index.groups['pupils']!]).size);

  await context.setOffline(true);
  // The teacher slows reading down on this device (the devices page, itself from the precache).
  await page.goto('/cy/teachers/devices/');
  await expect(async () => {
    await page.getByRole('radio', { name: 'Arafach' }).check();
    expect(await page.evaluate(() => localStorage.getItem('terrific-tom:reading-speed'))).toBe('slower');
  }).toPass();
  await page.goto(`/cy/lessons/${KS1_LESSON}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  // A different way through than online: the second choice each time.
  await readAloud(page, 0);
  await readAloud(page, 1);
  await page.locator('[data-choice]').last().click();
  await readAloud(page, 0);
  expect(await page.locator('audio[data-narration]').evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(0.8);
  await context.setOffline(false);
});

test("Who's playing? reads its prompt aloud in Welsh from a recording", async ({ page }) => {
  await page.goto('/cy/pupils/');
  // Once the page has woken: a tap on the button drawn before that does nothing.
  await expect(page.locator('.who[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Darllen yn uchel/ }).first()).toBeVisible();
  await readAloud(page, 0);
});

test('the devices page keeps every Welsh recording at once, so a lesson never read aloud here reads aloud offline', async ({
  page,
  context,
}) => {
  test.slow();
  await page.goto('/cy/teachers/devices/');
  await waitForServiceWorker(page);
  // The button appears once the service worker controls the page.
  await page.reload();
  const welsh = page.locator('[data-keep="cy"]');
  const button = welsh.getByRole('button', { name: /^Cadw pob recordiad Cymraeg ar y ddyfais hon \(\d+\.\d MB\)$/ });
  await button.click();
  await expect(welsh.locator('[data-kept]')).toBeVisible({ timeout: 120_000 });
  const index = await page.evaluate(
    async () => (await (await fetch('/audio/narration/cy/index.json')).json()) as { groups: Record<string, string[]> },
  );
  const kept = await page.evaluate(async () => (await (await caches.open('narration')).keys()).length);
  expect(kept).toBe(new Set(Object.values(index.groups).flat()).size);
  // English was not asked for, so it is not kept.
  await expect(page.locator('[data-keep="en"]').getByRole('button')).toBeVisible();

  await context.setOffline(true);
  await page.goto('/cy/lessons/sharing-images-2-ks1/');
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await readAloud(page, 0);
  await readAloud(page, 1);
  await context.setOffline(false);
});

test("a KS1 round of Kind Comments in Welsh reads each comment and Tom's reply aloud from recordings, and the results", async ({
  page,
}) => {
  test.slow();
  const comments = (
    parse(readFileSync('content/games/cy/kind-comments.yaml', 'utf8')) as { items: { id: string; text: string; why: string }[] }
  ).items;
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/audio/narration/cy/')) asked.push(request.url());
  });
  await page.goto('/cy/games/kind-comments/');
  await playAsGuest(page, 'ks1');
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  // No clock, so the test reads at its own pace.
  await page.locator('[data-pace]').check();
  await page.locator('[data-start]').click();
  await expect(page.locator('.game[data-mode="canvas"]')).toBeVisible({ timeout: 20_000 });
  const box = page.locator('.game-box');
  await expect(box).toHaveAttribute('data-phase', 'choosing');
  const itemId = await box.getAttribute('data-item');
  const shown = comments.find((c) => c.id === itemId)!;
  const button = page.locator('.toolbar [data-read-aloud]');
  await expect(button).toContainText('Darllen yn uchel');

  // The comment on the canvas: its own words, from its recording.
  await readAloud(page, button);
  expect(asked.some((url) => url.endsWith(`/${narrationKey('cy', shown.text)}.mp3`))).toBe(true);

  // Answer, and Tom's reply is read, from its recording ("Gwych!" or "Ddim yn hollol.").
  // The comment is still being read when the pupil answers: the answer stops it, so the reply is
  // never read over the comment, and the same button is there to read the reply.
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expectPlaying(page);
  await box.focus();
  await page.keyboard.press('2');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => page.locator('audio[data-narration]').evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
  // "Make it kind" on an unkind comment asks for the kind words first: any will do here.
  await expect(box).toHaveAttribute('data-phase', /^(feedback|follow-up)$/);
  if ((await box.getAttribute('data-phase')) === 'follow-up') await page.keyboard.press('1');
  await expect(box).toHaveAttribute('data-phase', 'feedback');
  asked.length = 0;
  await readAloud(page, page.locator('.toolbar [data-read-aloud]'));
  expect(
    asked.some(
      (url) => url.includes(`/${narrationKey('cy', 'Ardderchog!')}.mp3`) || url.includes(`/${narrationKey('cy', 'Ddim yn hollol.')}.mp3`),
    ),
  ).toBe(true);

  // Through to the end of the round: the results read aloud too (the score itself has no recording).
  const results = page.locator('.game[data-mode="results"]');
  for (let step = 0; step < 30 && !(await results.isVisible()); step += 1) {
    await box.focus();
    await page.keyboard.press((await box.getAttribute('data-phase')) === 'feedback' ? 'Enter' : '1');
    await expect(box.or(results).first()).toBeVisible();
  }
  await expect(results).toBeVisible();
  await readAloud(page, page.locator('.results [data-read-aloud]'));
});

const ROUNDS = [
  ['age-gate', 'ks1'],
  ['photo-check', 'ks1'],
  ['kind-comments', 'ks2'],
  ['photo-check', 'ks2'],
] as const;
for (const [game, band] of ROUNDS) {
  test(`a ${band.toUpperCase()} round of ${game} in Welsh reads its turn aloud from the site's recordings, with no voice on the device`, async ({
    page,
  }) => {
    test.slow();
    const asked: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/audio/narration/cy/') && response.ok()) asked.push(response.url());
    });
    await page.goto(`/cy/games/${game}/`);
    await playAsGuest(page, band);
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
    await page.locator('[data-pace]').check();
    await page.locator('[data-start]').click();
    await expect(page.locator('.game[data-mode="canvas"]')).toBeVisible({ timeout: 20_000 });
    const button = page.locator('.toolbar [data-read-aloud]');
    await expect(button).toContainText('Darllen yn uchel');
    await readAloud(page, button);
    // Heard from a recording: the only voice there is.
    expect(asked.length).toBeGreaterThan(0);
  });
}

test('"Welcome back!" reads itself aloud in Welsh from a recording, for a pupil part-way through a KS1 lesson', async ({ page }) => {
  test.slow();
  await addClass(page, 'Dosbarth Derwen', 'ks1', ['Siân'], 'cy');
  await pickPupil(page, 'Dosbarth Derwen', 'Siân', 'cy');
  await page.goto(`/cy/lessons/${KS1_LESSON}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await page.locator('[data-choice]').first().click();
  await expect(page.locator('.feedback')).toBeVisible();
  await expect.poll(async () => (await readAttempts(page)).length).toBe(1);

  await page.reload();
  await expect(page.getByRole('heading', { name: "Croeso'n ôl!" })).toBeFocused();
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  await readAloud(page, page.locator('.resume [data-read-aloud]'));
  await page.getByRole('button', { name: 'Parhau' }).click();
  await expect(page.locator('.feedback, [data-choice]').first()).toBeVisible();
});

test("the pupils' agreements, for both ages, read their promises aloud in Welsh from recordings", async ({ page }) => {
  for (const band of ['ks1', 'ks2']) {
    await page.goto(`/cy/parents/pupil-agreement/${band}/`);
    await readAloud(page, page.locator('.listen [data-read-aloud]'));
  }
});

test('a KS2 lesson reads aloud from recordings too, in Welsh, with no voice on the device', async ({ page }) => {
  const lesson = loadLesson('cy', LESSON_ID);
  expect(lesson.ageBand).toBe('ks2');
  const asked: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/audio/narration/cy/') && response.ok()) asked.push(response.url());
  });
  await page.goto(`/cy/lessons/${LESSON_ID}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  await readAloud(page, 0); // the scene
  expect(asked.some((url) => url.endsWith(`/${narrationKey('cy', lesson.scenes[lesson.start]!.text)}.mp3`))).toBe(true);
  await readAloud(page, 1); // what do you do, and the choices
  await page.locator('[data-choice]').first().click();
  await readAloud(page, 0); // Tom's feedback
});
