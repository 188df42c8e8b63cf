/**
 * A lesson taught to the whole class from the whiteboard, in real Chromium: the teacher opens it
 * from the lesson's notes, opens the notes window beside it, runs the story with the keyboard
 * alone, taps in the class's votes, follows a wrong answer to talk about it, and the votes are
 * saved to the class (not to any pupil). The board shows no pupil or class name.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, addClass, loadLesson, readTable, tabTo } from './support/fixtures';
import { longDate } from '../../src/lib/dates';

const LESSON = 'posting-kindly-ks1';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

interface StoredVote {
  classId: string;
  activityId: string;
  locale: string;
  startedAt: number;
  finishedAt?: number;
  pledgeId?: string;
  votes: { sceneId: string; counts: Record<string, number>; followed: string }[];
}

test('a teacher runs a lesson on the whiteboard with the keyboard, the class votes, and the votes are saved to the class', async ({
  page,
  context,
}) => {
  const lesson = loadLesson('en', LESSON);
  await addClass(page, 'Year 2 Oak', 'ks1', ['Ava Jones', 'Ben']);
  const [group] = await readTable<{ id: string }>(page, 'classes');

  await page.goto(`/en/teachers/lessons/${LESSON}/`);
  const boardLink = page.locator('[data-board-link]');
  await tabTo(page, boardLink);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-gate="open"]')).toBeVisible();
  await expect(page.locator('#board-class')).toHaveValue(group!.id);
  await expectNoViolations(page);

  // The notes window, opened with the keyboard, waits for the board.
  const notesButton = page.getByRole('button', { name: 'Open the notes in a second window' });
  await tabTo(page, notesButton);
  const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await expect(notes.locator('[data-waiting]')).toBeVisible();
  await expectNoViolations(notes);

  await tabTo(page, page.locator('[data-start]'));
  await page.keyboard.press('Enter');
  const board = page.locator('.board');
  await expect(board).toHaveAttribute('data-view', 'scene');
  await expect(board).toHaveAttribute('data-scene', lesson.start);
  // Nobody's name on the projector: not a pupil's, not the class's.
  await expect(board).not.toContainText('Ava Jones');
  await expect(board).not.toContainText('Year 2 Oak');

  // The first decision: 20 hands for the safe answer, 8 for the other; the class talks about the wrong one.
  const first = lesson.scenes[lesson.start]!.choices!;
  const safe = first.find((c) => c.safe)!;
  const wrong = first.find((c) => !c.safe)!;
  await tabTo(page, page.locator(`[data-count="${safe.id}"]`));
  await page.keyboard.type('20');
  await tabTo(page, page.locator(`[data-count="${wrong.id}"]`));
  await page.keyboard.type('7');
  // One more with the + button, as a teacher counting along would.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-count="${wrong.id}"]`)).toHaveValue('8');
  await expectNoViolations(page);
  // The notes window follows, with the answers lettered as the board letters them.
  await expect(notes.locator(`[data-scene-notes="${lesson.start}"]`)).toBeVisible();
  const boardLetters = await page.locator('.answer').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.choice));
  const notesLetters = await notes
    .locator(`[data-scene-notes="${lesson.start}"] [data-answers] > li`)
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.choice));
  expect(notesLetters).toEqual(boardLetters);

  await tabTo(page, page.locator(`[data-follow="${wrong.id}"]`));
  await page.keyboard.press('Enter');
  await expect(board).toHaveAttribute('data-view', 'feedback');
  await expect(page.locator('[data-tally]')).toHaveText('8 of 28 chose this');
  await expect(page.locator(`[data-feedback="${wrong.id}"]`)).toContainText(wrong.feedback);
  await expect(notes.locator(`[data-choice="${wrong.id}"][data-followed]`)).toBeVisible();

  // A clicker's keys: back to the votes (the counts are still there), then on through the story.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(`[data-count="${safe.id}"]`)).toHaveValue('20');
  await tabTo(page, page.locator(`[data-follow="${wrong.id}"]`));
  await page.keyboard.press('Enter');
  await page.keyboard.press('PageDown');
  for (let i = 0; i < 12 && (await board.getAttribute('data-view')) !== 'end'; i += 1) {
    await expect(board).toHaveAttribute('data-view', 'scene');
    // A safe answer by its letter, as the board shows it this time, then on.
    const sceneId = (await board.getAttribute('data-scene'))!;
    const order = await page.locator('.answer').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.choice));
    const letter = 'abc'[order.findIndex((id) => lesson.scenes[sceneId]!.choices!.find((c) => c.id === id)!.safe)]!;
    await page.keyboard.press(letter);
    await expect(board).toHaveAttribute('data-view', 'feedback');
    await page.keyboard.press('ArrowRight');
  }
  await expect(board).toHaveAttribute('data-view', 'end');
  const pledge = lesson.pledges[1]!;
  await tabTo(page, page.locator(`[data-pledge="${pledge.id}"]`));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-promise]')).toHaveText(pledge.text);
  await expectNoViolations(page);

  await expect.poll(async () => (await readTable<StoredVote>(page, 'classVotes'))[0]?.pledgeId).toBe(pledge.id);
  const [record] = await readTable<StoredVote>(page, 'classVotes');
  expect(record).toMatchObject({ classId: group!.id, activityId: LESSON, locale: 'en' });
  expect(record!.finishedAt).toBeGreaterThan(0);
  expect(record!.votes[0]).toEqual(
    expect.objectContaining({ sceneId: lesson.start, counts: { [safe.id]: 20, [wrong.id]: 8 }, followed: wrong.id }),
  );
  // The votes are the class's: no pupil has an attempt.
  expect(await readTable(page, 'attempts')).toEqual([]);

  // The class report, which no pupil's tablet fed, shows what the class chose, under its idea.
  await tabTo(page, page.getByRole('link', { name: 'Open the class report' }));
  await page.keyboard.press('Enter');
  const idea = page.locator(`[data-misconception="${wrong.misconception}"]`);
  await expect(idea.locator('[data-class-vote]')).toContainText(`8 of 28 chose “${wrong.text}”`);
  await expect(idea.locator('[data-class-vote]')).toContainText(lesson.title);

  // Curriculum coverage counts the whiteboard lesson, and says it was the whole class, not each pupil.
  const taught = `Taught to the whole class on the whiteboard: “${lesson.title}” on ${longDate(record!.startedAt, 'en')}.`;
  const shown = lesson.scenes[lesson.start]!.outcomes!;
  const rows = page.locator(shown.map((id) => `[data-statement="${id}"]`).join(', '));
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute('data-coverage', 'whole-class');
    await expect(row.locator('[data-whole-class]')).toHaveText(taught);
    await expect(row).toContainText('Met on the path they took: 0 of 2 pupils');
  }
  await expect(page.locator('[data-coverage-summary]')).toContainText(
    /[1-9]\d* more met only by the whole class together on the whiteboard/,
  );
  await expect(page.locator('[data-coverage="not-yet"]').first()).toBeVisible();
});

test('in Welsh, the board reads aloud from recordings, and a practice run saves nothing', async ({ page }) => {
  const lesson = loadLesson('cy', LESSON);
  await addClass(page, 'Blwyddyn 2 Derwen', 'ks1', ['Siân'], 'cy');
  await page.goto(`/cy/teachers/lessons/${LESSON}/class/`);
  await expect(page.locator('[data-gate="open"]')).toBeVisible();
  await page.locator('#board-class').selectOption('');
  await page.locator('[data-start]').click();
  // Headless Chromium has no voice at all: the board reads the scene and the answers from the site's recordings.
  for (const nth of [0, 1]) {
    await page.locator('[data-read-aloud]').nth(nth).click();
    const audio = page.locator('audio[data-narration]');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime > 0.1)).toBe(true);
    await page.locator('[data-read-aloud]').nth(nth).click();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
  }
  const choices = lesson.scenes[lesson.start]!.choices!;
  await page.locator(`[data-count="${choices[0]!.id}"]`).fill('3');
  await page.locator(`[data-count="${choices[1]!.id}"]`).fill('2');
  await page.locator(`[data-follow="${choices[0]!.id}"]`).click();
  await expect(page.locator('[data-tally]')).toHaveText('Dewisodd 3 o 5 hwn');
  await expect(page.locator(`[data-feedback="${choices[0]!.id}"]`)).toContainText(choices[0]!.feedback);
  await expectNoViolations(page);
  expect(await readTable(page, 'classVotes')).toEqual([]);
});
