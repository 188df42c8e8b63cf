/**
 * Kind Comments as an arcade game, in real Chromium: Tom walks along the floor to the station the
 * pupil steers him to (arrow keys, a number, a click); each comment drifts down the class wall as
 * its clock runs and stays put at the "take your time" pace; every kind comment sent or made kind
 * goes up on the wall as a note, and a wrong call or a comment for a grown-up puts none up. The
 * scene says where things are on its canvas (data-tom, data-fall, data-notes); a mid-round picture
 * on a laptop guards the stage. Making a comment kind asks for the kind words from among others;
 * the next comments wait on their way as paper planes (data-waiting).
 */
import type { Page } from '@playwright/test';
import { test, expect, playAsGuest, addClass, pickPupil, readAttempts } from './support/fixtures';
import { PLAYFIELD, pointOn, seedRandom } from './support/game-canvas';
import { chooseWords, kindComments, wordsButton } from './support/kind-words';

const comments = kindComments();
const commentOf = (id: string) => comments.find((c) => c.id === id)!;
const answerOf = (id: string) => commentOf(id).answer;
const ACTIONS = ['send', 'change', 'report'];

async function start(page: Page, pace: 'timed' | 'relaxed' = 'timed') {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/games/kind-comments/');
  await playAsGuest(page, 'ks2');
  if (pace === 'relaxed') await page.locator('[data-pace]').check();
  await page.locator('[data-start]').click();
  const box = page.locator('.game-box');
  await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
  return { box, canvas: page.locator(PLAYFIELD) };
}

test('Tom walks to the station the pupil steers him to, by keys and by mouse', async ({ page }) => {
  const { box, canvas } = await start(page, 'relaxed');
  await expect(canvas).toHaveAttribute('data-tom', '0');
  await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('data-tom', '1');
  await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('data-tom', '2');
  await page.keyboard.press('ArrowLeft');
  await expect(canvas).toHaveAttribute('data-tom', '1');
  // A click on the third button: Tom goes there and acts.
  const third = await pointOn(page, 'choices', 2);
  await page.mouse.click(third.x, third.y);
  await expect(canvas).toHaveAttribute('data-tom', '2');
  await expect(box).toHaveAttribute('data-phase', 'feedback');
  // The next comment starts with Tom back at the first station.
  await page.keyboard.press('Enter');
  await expect(canvas).toHaveAttribute('data-tom', '0');
});

test('a comment drifts down the wall as its clock runs, and stays up with no clock', async ({ page }) => {
  const timed = await start(page);
  // 13 seconds at level 1 for ages 7-11: at least a fifth of the way down after 3 seconds.
  await expect(timed.canvas).toHaveAttribute('data-fall', /^0\.[2-9]$/, { timeout: 8_000 });
  await expect(timed.box).toHaveAttribute('data-phase', 'choosing');

  const relaxed = await start(page, 'relaxed');
  await page.waitForTimeout(1_500);
  await expect(relaxed.canvas).toHaveAttribute('data-fall', '0');
});

test('the buttons and the panel rest on the still layer: drawn again when they change, not every frame', async ({ page }) => {
  const { box } = await start(page);
  const still = box.locator('canvas[data-underlay="still"]');
  const paints = async () => Number(await still.getAttribute('data-paints'));
  // Under the game's canvas and over the wall's picture (the picture arrives once it is encoded).
  await expect
    .poll(() => box.locator('[data-underlay]').evaluateAll((all) => all.map((el) => (el as HTMLElement).dataset.underlay)))
    .toEqual(['backdrop', 'still']);
  await page.waitForTimeout(500);
  const resting = await paints();
  expect(resting).toBeGreaterThan(0);
  // The comment falls and the clock drains for a second, about 60 frames: the layer is not drawn again.
  await page.waitForTimeout(1_000);
  expect(await paints()).toBe(resting);
  // The pupil moves to the next button: it lights up, so the layer is drawn again, a few times at most.
  await page.keyboard.press('ArrowRight');
  await expect.poll(paints).toBeGreaterThan(resting);
  await page.waitForTimeout(500);
  expect(await paints()).toBeLessThanOrEqual(resting + 3);
});

test('each kind comment sent or made kind goes up on the class wall; a wrong call puts nothing up', async ({ page }) => {
  test.setTimeout(120_000);
  const { box, canvas } = await start(page, 'relaxed');
  let expected = 0;
  for (let turn = 0; turn < 6; turn += 1) {
    await expect(box).toHaveAttribute('data-phase', 'choosing');
    const item = (await box.getAttribute('data-item'))!;
    const answer = answerOf(item);
    // The third comment is answered wrongly on purpose: "send" for an unkind one, "change" for a kind one.
    const wrong = turn === 2;
    const chosen = wrong ? (answer === 'send' ? 'change' : 'send') : answer;
    await page.keyboard.press(String(ACTIONS.indexOf(chosen) + 1));
    if (chosen === 'change' && answer === 'change') await chooseWords(page, commentOf(item));
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    if (!wrong && answer !== 'report') expected += 1;
    await expect(canvas).toHaveAttribute('data-notes', String(expected));
    await page.keyboard.press('Enter');
  }
  expect(expected).toBeGreaterThan(0);
});

test('mid-round on a laptop: the wall, its notes, Tom at his station and the grown-up', async ({ page }) => {
  await seedRandom(page, 20261128);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { box, canvas } = await start(page, 'relaxed');
  for (let turn = 0; turn < 2; turn += 1) {
    const item = (await box.getAttribute('data-item'))!;
    const answer = answerOf(item);
    await page.keyboard.press(String(ACTIONS.indexOf(answer) + 1));
    if (answer === 'change') await chooseWords(page, commentOf(item));
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('data-phase', 'choosing');
  }
  await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('data-tom', '1');
  await expect(canvas).toHaveScreenshot('kind-comments-laptop-choosing.png', { maxDiffPixelRatio: 0.01 });
});

/** Plays on, as Tom would, to the next comment whose answer is to make it kind; false if the round ends first. */
async function toNextUnkind(page: Page, box: ReturnType<Page['locator']>): Promise<string | undefined> {
  for (let turn = 0; turn < 12; turn += 1) {
    await expect(box.and(page.locator('[data-phase="choosing"]')).or(page.locator('.results'))).toBeVisible();
    if (await page.locator('.results').isVisible()) return undefined;
    const item = (await box.getAttribute('data-item'))!;
    if (answerOf(item) === 'change') return item;
    await page.keyboard.press(String(ACTIONS.indexOf(answerOf(item)) + 1));
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    await page.keyboard.press('Enter');
  }
  return undefined;
}

test("making a comment kind: the wall offers the kind words among others; by mouse the kind words go up, words not kind yet get Tom's why", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { box, canvas } = await start(page, 'relaxed');
  const rowButtons = await canvas.getAttribute('data-choices');

  // The right call, by mouse: the clock stops, and three rewordings (ages 7-11) take the buttons' place.
  const first = (await toNextUnkind(page, box))!;
  const notes = Number(await canvas.getAttribute('data-notes'));
  const points = async () => Number((await canvas.getAttribute('data-score'))!.replace(/\D/g, ''));
  const before = await points();
  const change = await pointOn(page, 'choices', ACTIONS.indexOf('change'));
  await page.mouse.click(change.x, change.y);
  await expect(box).toHaveAttribute('data-phase', 'follow-up');
  await expect(box).toHaveAttribute('data-item', first);
  const offered = JSON.parse((await canvas.getAttribute('data-offered'))!) as string[];
  const comment = commentOf(first);
  expect([...offered].sort()).toEqual([comment.kinder!, ...comment.notKind!.map((o) => o.text)].sort());
  await expect(page.locator('.game-box [aria-live]')).toContainText('Good call! Which words are kind?');
  // Tom waits aside while the pupil reads; the arrow keys move between the words.
  await page.keyboard.press('ArrowDown');
  await expect(canvas).toHaveAttribute('data-tom', String(ACTIONS.indexOf('change')));
  const kind = await pointOn(page, 'choices', await wordsButton(page, comment));
  await page.mouse.click(kind.x, kind.y);
  await expect(box).toHaveAttribute('data-phase', 'feedback');
  await expect(page.locator('.game-box [aria-live]')).toContainText(`Now it says: “${comment.kinder}”`);
  await expect(canvas).toHaveAttribute('data-notes', String(notes + 1));
  // The point shows in the score line the moment it lands.
  await expect.poll(points).toBe(before + 1);
  // The turn's own buttons are back, under Tom's panel.
  await expect(canvas).toHaveAttribute('data-choices', rowButtons!);
  await page.keyboard.press('Enter');

  // The next one, by keys: words that are not kind yet. No note goes up, and Tom says why.
  const second = await toNextUnkind(page, box);
  test.skip(!second, 'this round had one comment to make kind');
  const notesNow = Number(await canvas.getAttribute('data-notes'));
  await page.keyboard.press(String(ACTIONS.indexOf('change') + 1));
  const unkind = commentOf(second!);
  const index = await wordsButton(page, unkind, false);
  const offeredNow = JSON.parse((await canvas.getAttribute('data-offered'))!) as string[];
  const chosen = unkind.notKind!.find((o) => o.text === offeredNow[index])!;
  await page.keyboard.press(String(index + 1));
  await expect(box).toHaveAttribute('data-phase', 'feedback');
  await expect(page.locator('.game-box [aria-live]')).toContainText(`Not quite. ${chosen.why} The kind words: “${unkind.kinder}”`);
  await expect(canvas).toHaveAttribute('data-notes', String(notesNow));
  const pointsNow = await points();
  await page.waitForTimeout(800);
  expect(await points()).toBe(pointsNow);
});

test('words not kind yet are stored as that rewording, with its misconception, for the teacher', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await addClass(page, 'Year 2 Oak', 'ks1', ['Siân']);
  await pickPupil(page, 'Year 2 Oak', 'Siân');
  await page.goto('/en/games/kind-comments/');
  await expect(page.locator('.game[data-ready="true"]')).toBeVisible();
  await page.locator('[data-pace]').check();
  await page.locator('[data-start]').click();
  const box = page.locator('.game-box');
  const wrongWords: string[] = [];
  for (let turn = 0; turn < 6; turn += 1) {
    await expect(box).toHaveAttribute('data-phase', 'choosing', { timeout: 20_000 });
    // The next two comments are on their way as paper planes, fewer at the end of the round.
    await expect(page.locator(PLAYFIELD)).toHaveAttribute('data-waiting', String(Math.min(2, 5 - turn)));
    const comment = commentOf((await box.getAttribute('data-item'))!);
    await page.keyboard.press(String(ACTIONS.indexOf(comment.answer) + 1));
    if (comment.answer === 'change') {
      // Ages 5-7 choose between two: the kind words and the first rewording that is not kind yet.
      const offered = JSON.parse((await page.locator(PLAYFIELD).getAttribute('data-offered'))!) as string[];
      expect([...offered].sort()).toEqual([comment.kinder!, comment.notKind![0]!.text].sort());
      await chooseWords(page, comment, false);
      wrongWords.push(comment.id);
    }
    await expect(box).toHaveAttribute('data-phase', 'feedback');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.results')).toHaveAttribute('data-score', String(6 - wrongWords.length));
  // What Tom says on the results page: why those words were not kind yet.
  await expect(page.locator('.results')).toContainText(commentOf(wrongWords[0]!).notKind![0]!.why);
  await expect(page.getByText('Saved for Siân.')).toBeVisible();
  const [attempt] = await readAttempts(page);
  expect(attempt!.mistakes).toEqual(
    wrongWords.map((id) => {
      const notKind = commentOf(id).notKind![0]!;
      return { sceneId: id, choiceId: notKind.id, misconception: notKind.misconception };
    }),
  );
});
