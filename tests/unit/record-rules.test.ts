/**
 * The one set of id rules (src/lib/ids.ts) that the content schemas, the game-result writer and the
 * progress file's import check share, and the game page's mapping from a result to a stored attempt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isItemId, isRecordId, isSlug, newId } from '../../src/lib/ids';
import { gameAttempt, RecordRuleError, unanswered } from '../../src/lib/game-attempt';
import { readProgressFile } from '../../src/lib/progress-file-check';
import { slug as lessonSlug } from '../../src/schemas/lesson';
import type { GameResult } from '../../games/contract';

const result: GameResult = {
  gameId: 'photo-check',
  score: 7,
  maxScore: 10,
  durationMs: 93_500,
  mistakes: [
    { itemId: 'party-cake/zara', chosen: 'leave', misconception: 'background-does-not-matter' },
    { itemId: 'sad-friend/post', chosen: 'post', misconception: 'my-photo-so-my-choice' },
  ],
};

describe('the id rules', () => {
  it('allow kebab-case slugs, and item ids of up to three slugs joined by "/"', () => {
    for (const ok of ['ask-first', 'a', 'party-cake', 'x9']) expect(isSlug(ok)).toBe(true);
    for (const bad of ['', 'Ask', 'ask_first', '-ask', 'ask-', 'a--b', 'a/b', 'a b', 'x'.repeat(81)]) expect(isSlug(bad)).toBe(false);
    for (const ok of ['party-cake', 'party-cake/zara', 'a/b/c']) expect(isItemId(ok)).toBe(true);
    for (const bad of ['a/b/c/d', '/a', 'a/', 'a//b', '../a', 'a/./b', 'A/b', '<a>/b', 'a\\b']) expect(isItemId(bad)).toBe(false);
  });

  it('take every id the device makes for its records, and nothing that could be markup', () => {
    for (let i = 0; i < 50; i += 1) expect(isRecordId(newId())).toBe(true);
    for (const bad of ['', '-a', 'a b', '<script>', 'x'.repeat(65)]) expect(isRecordId(bad)).toBe(false);
  });

  it('are the rules the content schemas hold lesson ids to', () => {
    expect(lessonSlug.safeParse('ask-first').success).toBe(true);
    expect(lessonSlug.safeParse('x'.repeat(81)).success).toBe(false);
    expect(lessonSlug.safeParse('ask/first').success).toBe(false);
  });
});

describe("a game's result as the stored attempt", () => {
  it("keeps each item as the scene and the action as the choice, with stars by the lessons' rule", () => {
    expect(gameAttempt(result, { pupilId: 'p1', locale: 'cy', finishedAt: 1_795_610_095_000 })).toEqual({
      pupilId: 'p1',
      gameId: 'photo-check',
      locale: 'cy',
      score: 7,
      maxScore: 10,
      stars: 2,
      durationMs: 93_500,
      finishedAt: 1_795_610_095_000,
      mistakes: [
        { sceneId: 'party-cake/zara', choiceId: 'leave', misconception: 'background-does-not-matter' },
        { sceneId: 'sad-friend/post', choiceId: 'post', misconception: 'my-photo-so-my-choice' },
      ],
    });
    expect(gameAttempt({ ...result, score: 10, mistakes: [] }, { pupilId: 'p1', locale: 'en', finishedAt: 1 }).stars).toBe(3);
    expect(gameAttempt({ ...result, score: 4 }, { pupilId: 'p1', locale: 'en', finishedAt: 1 }).stars).toBe(1);
  });

  it('counts the turns the clock ran out on: neither right nor a mistake', () => {
    // 7 right and 2 mistakes of 10: one ran out of time.
    expect(unanswered(result)).toBe(1);
    expect(unanswered({ ...result, score: 8 })).toBe(0);
    expect(unanswered({ ...result, score: 0, mistakes: [] })).toBe(10);
  });

  it('refuses to store an id that the import would refuse, naming it', () => {
    const bad = { ...result, mistakes: [{ itemId: 'party cake', chosen: 'leave', misconception: 'background-does-not-matter' }] };
    expect(() => gameAttempt(bad, { pupilId: 'p1', locale: 'en', finishedAt: 1 })).toThrow(RecordRuleError);
    expect(() => gameAttempt(result, { pupilId: 'p1', locale: 'english', finishedAt: 1 })).toThrow('locale "english"');
    expect(() => gameAttempt({ ...result, gameId: 'Photo Check' }, { pupilId: 'p1', locale: 'en', finishedAt: 1 })).toThrow('gameId');
  });
});

describe('files made before the rules were shared', () => {
  it('a version 1 file with Photo Check mistakes, as the site wrote it in November 2026, is taken back whole', () => {
    const text = readFileSync('tests/fixtures/imports/v1-photo-check-mistakes.json', 'utf8');
    const read = readProgressFile(text);
    expect(read).toEqual({ ok: true, value: JSON.parse(text) });
  });
});
