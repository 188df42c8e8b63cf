import { test, expect, loadLesson, tabTo, readAttempts, addClass, pickPupil, LESSON_ID, type StoredAttempt } from './support/fixtures';
import type { Page } from '@playwright/test';
import type { Choice, Lesson } from '../../src/schemas/lesson';

const lesson = loadLesson('en', LESSON_ID);
const lessonUrl = `/en/lessons/${LESSON_ID}/`;

async function chooseWithKeyboard(page: Page, choice: Choice) {
  await tabTo(page, page.locator(`[data-choice="${choice.id}"]`));
  await page.keyboard.press('Enter');
  await expect(page.getByText(choice.feedback)).toBeVisible();
  await tabTo(page, page.locator('[data-next]'));
  await page.keyboard.press('Enter');
}

/** Choose with `pick` at each scene from `from` until an ending; returns the choices made. */
async function playToEnd(page: Page, l: Lesson, from: string, pick: (choices: Choice[], visits: number) => Choice) {
  const made: { sceneId: string; choiceId: string }[] = [];
  const visits = new Map<string, number>();
  let sceneId = from;
  for (let guard = 0; !l.scenes[sceneId]!.end; guard += 1) {
    expect(guard, 'the lesson should end').toBeLessThan(40);
    const seen = visits.get(sceneId) ?? 0;
    visits.set(sceneId, seen + 1);
    await expect(page.locator(`[data-scene="${sceneId}"]`)).toBeVisible();
    const choice = pick(l.scenes[sceneId]!.choices!, seen);
    await chooseWithKeyboard(page, choice);
    made.push({ sceneId, choiceId: choice.id });
    sceneId = choice.next;
  }
  return { made, ending: sceneId };
}

const safest = (choices: Choice[]) => choices.find((c) => c.safe)!;

// Each test starts on a fresh device: a class with one pupil, who picks themselves.
test.beforeEach(async ({ page }) => {
  await addClass(page, 'Year 5 Ash', 'ks2', ['Priya']);
  await pickPupil(page, 'Year 5 Ash', 'Priya');
});

test('a pupil plays the lesson to the end with the keyboard alone, and the result survives a reload', async ({ page }) => {
  await page.goto(lessonUrl);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  const { made, ending } = await playToEnd(page, lesson, lesson.start, safest);

  await expect(page.getByRole('heading', { name: 'You finished the lesson!' })).toBeFocused();
  await expect(page.getByText('3 out of 3 stars')).toBeVisible();
  await expect(page.getByText(lesson.scenes[ending]!.end!.remember)).toBeVisible();

  await expect.poll(async () => (await readAttempts(page))[0]?.status).toBe('complete');
  const [attempt] = await readAttempts(page);
  expect(attempt).toMatchObject({ activityId: LESSON_ID, status: 'complete', stars: 3, mistakes: [], locale: 'en' });
  expect(attempt!.steps.map(({ sceneId, choiceId }) => ({ sceneId, choiceId }))).toEqual(made);
  expect(attempt!.durationMs).toBeGreaterThan(0);
  // Ids only: no lesson text is stored.
  expect(JSON.stringify(attempt)).not.toContain(lesson.scenes[lesson.start]!.text.slice(0, 20));

  await page.goto('/en/pupils/map/');
  const card = page.locator(`[data-lesson="${LESSON_ID}"]`);
  await expect(card).toHaveAttribute('data-status', 'complete');
  await expect(card.getByText('3 out of 3 stars')).toBeVisible();
  await page.reload();
  await expect(card).toHaveAttribute('data-status', 'complete');
  await expect(card.getByText('3 out of 3 stars')).toBeVisible();
  await expect(card.getByRole('link', { name: /Play again/ })).toBeVisible();
});

test('closing the tab mid-lesson loses nothing already answered', async ({ page, context }) => {
  await page.goto(lessonUrl);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  // An unkind first answer, so the pupil goes down the path where they put things right.
  const first = lesson.scenes[lesson.start]!.choices!.find((c) => !c.safe)!;
  await chooseWithKeyboard(page, first);
  const second = lesson.scenes[first.next]!.choices![0]!;
  await tabTo(page, page.locator(`[data-choice="${second.id}"]`));
  await page.keyboard.press('Enter');
  await expect(page.getByText(second.feedback)).toBeVisible();
  await expect.poll(async () => (await readAttempts(page))[0]?.steps.length).toBe(2);
  await page.close();

  const again = await context.newPage();
  await again.goto(lessonUrl);
  await expect(again.getByRole('heading', { name: 'Welcome back!' })).toBeFocused();
  await tabTo(again, again.getByRole('button', { name: 'Carry on' }));
  await again.keyboard.press('Enter');
  await expect(again.locator(`[data-scene="${second.next}"]`)).toBeVisible();

  await playToEnd(again, lesson, second.next, safest);
  await expect(again.getByRole('heading', { name: 'You finished the lesson!' })).toBeVisible();
  await expect.poll(async () => (await readAttempts(again))[0]?.status).toBe('complete');
  const attempts: StoredAttempt[] = await readAttempts(again);
  expect(attempts).toHaveLength(1);
  expect(attempts[0]!.stars).toBeLessThan(3);
  expect(attempts[0]!.mistakes?.[0]).toEqual({ sceneId: lesson.start, choiceId: first.id, misconception: first.misconception });
});

test('starting again discards the unfinished attempt', async ({ page }) => {
  await page.goto(lessonUrl);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await chooseWithKeyboard(page, safest(lesson.scenes[lesson.start]!.choices!));
  await expect.poll(async () => (await readAttempts(page)).length).toBe(1);
  await page.reload();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator(`[data-scene="${lesson.start}"]`)).toBeVisible();
  await expect.poll(async () => (await readAttempts(page)).length).toBe(0);
});
