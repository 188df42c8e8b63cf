/**
 * Kind Comments' second choice in e2e tests: once "make it kind" is chosen for an unkind comment,
 * the canvas offers the kind words among rewordings that are not kind yet, and says which words
 * are on which button (data-offered). These pick the kind words, or words not kind yet, by key.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect } from './fixtures';
import { PLAYFIELD } from './game-canvas';

export interface CommentItem {
  id: string;
  answer: 'send' | 'change' | 'report';
  kinder?: string;
  notKind?: { id: string; text: string; why: string; misconception: string }[];
}

export const kindComments = (locale = 'en'): CommentItem[] =>
  (parse(readFileSync(`content/games/${locale}/kind-comments.yaml`, 'utf8')) as { items: CommentItem[] }).items;

/** Which button (from 0) has the kind words (`kind`), or the first words not kind yet. */
export async function wordsButton(page: Page, comment: CommentItem, kind = true): Promise<number> {
  await expect(page.locator('.game-box')).toHaveAttribute('data-phase', 'follow-up');
  const offered = JSON.parse((await page.locator(PLAYFIELD).getAttribute('data-offered'))!) as string[];
  const index = kind ? offered.indexOf(comment.kinder!) : offered.findIndex((words) => words !== comment.kinder);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

/** Presses the number key of the kind words (or of words not kind yet). */
export async function chooseWords(page: Page, comment: CommentItem, kind = true): Promise<void> {
  await page.keyboard.press(String((await wordsButton(page, comment, kind)) + 1));
}
