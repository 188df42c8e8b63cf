/**
 * Every e2e test runs under a guard: it fails on any request that leaves the site's origin, any
 * Content Security Policy violation, any uncaught script error and any console error.
 */
import { test as base, expect, type Page, type Locator } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Lesson } from '../../../src/schemas/lesson';

export const test = base.extend<{ guard: string[] }>({
  guard: [
    async ({ context, page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
          problems.push(`request left the origin: ${request.url()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
        });
        // The browser's print dialog would race page.pdf() ("Page is already being printed"): tests
        // count the app's calls (printCalls) and print with page.pdf() themselves.
        const calls = { count: 0 };
        Object.defineProperty(window, '__printCalls', { value: calls });
        window.print = () => {
          calls.count += 1;
        };
      });
      await use(problems);
      expect(problems, 'requests off the origin, CSP violations or script errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** How many times the page has asked the browser to print (the dialog itself is stubbed out). */
export function printCalls(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __printCalls: { count: number } }).__printCalls.count);
}

/** The school this copy is set up for (content/school.yaml): tests never hard-code its name. */
export const school = parse(readFileSync('content/school.yaml', 'utf8')) as {
  name: string;
  safeguardingLead: { en: string; cy?: string };
  concernRoute: { who: { en: string; cy?: string } }[];
};

/** A lesson from content/, to drive the tests from the real graph. */
export function loadLesson(locale: string, id: string): Lesson {
  return parse(readFileSync(`content/lessons/${locale}/${id}.yaml`, 'utf8')) as Lesson;
}

export const LESSON_ID = 'posting-kindly-ks2';

/** Every built page, as a URL path. */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name === 'index.html' ? [path] : [];
    });
  return walk('dist')
    .map((file) => `/${relative('dist', file).replace(/index\.html$/, '')}`.replace('\\', '/'))
    .sort();
}

/** Press Tab until `target` has focus: proves it can be reached with the keyboard alone. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with ${maxPresses} presses of Tab`);
}

export interface StoredAttempt {
  id: string;
  activityId: string;
  status: string;
  stars?: number;
  steps: { sceneId: string; choiceId: string }[];
  mistakes?: { sceneId: string; choiceId: string; misconception: string }[];
  durationMs?: number;
  locale: string;
  pledgeId?: string;
}

/** Every attempt, read straight from the browser's IndexedDB (not through the app's code): the pupils' packs, flattened, in id order. */
export function readAttempts(page: Page): Promise<StoredAttempt[]> {
  return readTable<StoredAttempt>(page, 'attempts');
}

/**
 * A table of the browser's IndexedDB, read without the app's code; [] when nothing was ever stored.
 * 'attempts' reads the pupils' packs (schema v5, `pupilAttempts`) and lists their attempts flat.
 */
export function readTable<T = Record<string, unknown>>(
  page: Page,
  table: 'attempts' | 'pupils' | 'classes' | 'settings' | 'classVotes',
): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('terrific-tom');
        // No database yet (nothing was ever stored): say so without creating an empty one.
        let missing = false;
        request.onupgradeneeded = () => {
          missing = true;
          request.transaction!.abort();
        };
        request.onerror = () => (missing ? resolve([]) : reject(request.error));
        request.onsuccess = () => {
          const db = request.result;
          const packed = store === 'attempts';
          const all = db
            .transaction(packed ? 'pupilAttempts' : store)
            .objectStore(packed ? 'pupilAttempts' : store)
            .getAll();
          all.onsuccess = () => {
            const rows = packed
              ? (all.result as { attempts: { id: string }[] }[])
                  .flatMap((pack) => pack.attempts)
                  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
              : all.result;
            resolve(rows as T[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

/**
 * Headless Chromium has no speech voices: stand in for the Web Speech API with the given voices,
 * recording what would be spoken in window.__spoken.
 */
export async function stubSpeech(page: Page, voiceLangs: string[]): Promise<void> {
  await page.addInitScript((langs: string[]) => {
    const spoken: string[] = [];
    const voices = langs.map((lang) => ({ lang, name: `Test voice ${lang}`, default: false, localService: true, voiceURI: lang }));
    const synth = Object.assign(new EventTarget(), {
      speaking: false,
      getVoices: () => voices,
      speak(u: { text: string; onend?: () => void }) {
        spoken.push(u.text);
        setTimeout(() => u.onend?.(), 50);
      },
      cancel() {},
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, '__spoken', { value: spoken });
    class Utterance {
      text: string;
      lang = '';
      voice: unknown = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voiceLangs);
}

/**
 * Waits until the service worker controls the page. The first install precaches the whole site
 * (about 12 MB), which on a busy machine takes longer than one expect timeout, so this waits for
 * the install itself (bounded by the test's own timeout) before it looks at the controller.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // clientsClaim (scripts/build-sw.ts) hands the page over just after activation.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

export const TEACHER_PIN = '2468';

/** Past the teacher PIN on the page that is open: set on first use, typed after that. */
export async function unlockTeacher(page: Page): Promise<void> {
  const gate = page.locator('[data-gate]');
  await expect(gate).not.toHaveAttribute('data-gate', 'checking');
  const state = await gate.getAttribute('data-gate');
  if (state === 'open') return;
  await page.locator('#pin').fill(TEACHER_PIN);
  if (state === 'set') await page.locator('#pin-again').fill(TEACHER_PIN);
  await page.locator('[data-pin-submit]').click();
  await expect(gate).toHaveAttribute('data-gate', 'open');
}

/**
 * Through the teacher's roster screen, as a teacher would: add a class and its pupils (one name
 * per line). Returns when every pupil is listed.
 */
export async function addClass(page: Page, className: string, band: 'ks1' | 'ks2', pupils: string[], locale = 'en'): Promise<void> {
  await page.goto(`/${locale}/teachers/classes/`);
  await unlockTeacher(page);
  await expect(page.locator('.roster[data-ready="true"]')).toBeVisible();
  await page.locator('#new-class-name').fill(className);
  await page.locator(`input[name="new-class-band"][value="${band}"]`).check();
  await page.locator('#new-class-name').press('Enter');
  await expect(page.locator('#pupils-heading')).toContainText(className);
  await page.locator('#many-names').fill(pupils.join('\n'));
  await page.locator('[data-add-many]').click();
  for (const name of pupils) await expect(page.locator(`[data-pupil-row="${name}"]`)).toBeVisible();
}

/** On "Who's playing?", pick the class (when there is more than one) and the pupil, with the keyboard. */
export async function pickPupil(page: Page, className: string, pupil: string, locale = 'en'): Promise<void> {
  // As "Switch player" does: straight to the picker, even when someone is playing already.
  await page.goto(`/${locale}/pupils/#switch`);
  await expect(page.locator('.who[data-ready="true"]')).toBeVisible();
  const classButton = page.locator(`[data-class="${className}"]`);
  const pupilButton = page.locator(`[data-pupil="${pupil}"]`);
  // With one class on the device its pupils show at once; with several, the class comes first.
  await expect(classButton.or(pupilButton)).toBeVisible();
  if (await classButton.isVisible()) {
    await tabTo(page, classButton);
    await page.keyboard.press('Enter');
  }
  await expect(pupilButton).toBeVisible();
  await tabTo(page, pupilButton);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/${locale}/pupils/map/`);
  await expect(page.locator('[data-player-name]')).toHaveText(pupil);
}

/** On a game page with nobody chosen (or a guest): play as a guest at this level. */
export async function playAsGuest(page: Page, level: 'ks1' | 'ks2'): Promise<void> {
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
  const guest = page.locator('[data-play-as-guest]');
  if (await guest.isVisible()) await guest.click();
  await page.locator(`[data-level="${level}"]`).click();
  await expect(page.locator(`[data-level="${level}"]`)).toHaveAttribute('aria-pressed', 'true');
}
