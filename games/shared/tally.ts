/**
 * A round's result from its judged answers, the same way for every game: one point per right
 * answer, each wrong one kept as a mistake (ids, never words). Pure: no Phaser, so the rules and
 * the words-only twins share it.
 */
import type { GameMistake, GameResult } from '../contract';

export interface Judged {
  correct: boolean;
  mistake?: GameMistake;
}

export function tallyRound(gameId: string, judged: readonly Judged[], durationMs: number): GameResult {
  return {
    gameId,
    score: judged.filter((j) => j.correct).length,
    maxScore: judged.length,
    durationMs: Math.max(0, Math.round(durationMs)),
    mistakes: judged.flatMap((j) => (j.mistake ? [j.mistake] : [])),
  };
}
