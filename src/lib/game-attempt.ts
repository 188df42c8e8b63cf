/**
 * A game's result as the record the device stores: stars by the same rule as lessons, and each
 * mistake kept like a lesson's (the item as the "scene", the action as the "choice"), so the
 * teacher's views read games and lessons alike. Pure, so the round-trip test stores exactly what
 * the game page stores.
 */
import type { GameResult } from '../../games/contract';
import type { GameAttempt } from './records';
import { starsFor } from './scoring';
import { isItemId, isLocaleTag, isSlug } from './ids';

/** A game produced an id the device's own import would refuse: a bug in the game, never the pupil's doing. */
export class RecordRuleError extends Error {
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(`a game result breaks the record rules: ${field} "${value}"`);
    this.name = 'RecordRuleError';
  }
}

/**
 * How many of a round's turns the clock ran out on: every wrong choice is a mistake, so the turns
 * that are neither right nor a mistake were never answered.
 */
export function unanswered(result: GameResult): number {
  return Math.max(0, result.maxScore - result.score - result.mistakes.length);
}

export function gameAttempt(result: GameResult, who: { pupilId: string; locale: string; finishedAt: number }): GameAttempt {
  // Refuse here rather than store a record that would make every later backup of the device unreadable.
  if (!isSlug(result.gameId)) throw new RecordRuleError('gameId', result.gameId);
  if (!isLocaleTag(who.locale)) throw new RecordRuleError('locale', who.locale);
  for (const m of result.mistakes) {
    if (!isItemId(m.itemId)) throw new RecordRuleError('itemId', m.itemId);
    if (!isSlug(m.chosen)) throw new RecordRuleError('chosen', m.chosen);
    if (!isSlug(m.misconception)) throw new RecordRuleError('misconception', m.misconception);
  }
  return {
    pupilId: who.pupilId,
    gameId: result.gameId,
    locale: who.locale,
    score: result.score,
    maxScore: result.maxScore,
    stars: starsFor(result.score, result.maxScore),
    durationMs: result.durationMs,
    finishedAt: who.finishedAt,
    mistakes: result.mistakes.map((m) => ({ sceneId: m.itemId, choiceId: m.chosen, misconception: m.misconception })),
  };
}
