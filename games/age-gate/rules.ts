/**
 * Age Gate, the rules: who is old enough for what, what a round holds, and the score. Pure: the
 * minimum age comes in with each item from the facts file, so the rules never hold a number.
 */
import type { AgeBand, GameMistake, GameResult } from '../contract';
import type { AgeGateRound, GateAction } from '../../src/schemas/game';
import { shuffle } from '../shared/shuffle';

export const GAME_ID = 'age-gate';

/** Short rounds: about three minutes for ages 5-7, four or five for ages 7-11. */
export const ROUND_SIZE: Record<AgeBand, number> = { ks1: 6, ks2: 9 };

/** Ages 5-7: come in, or not yet. Ages 7-11 can also say: ask a grown-up first. */
export function actionsFor(band: AgeBand): GateAction[] {
  return band === 'ks1' ? ['join', 'not-yet'] : ['join', 'not-yet', 'ask'];
}

/** Whether the child has reached the service's minimum age (or its PEGI rating). */
export function oldEnough(item: Pick<AgeGateRound, 'age' | 'service'>): boolean {
  return item.age >= item.service.value;
}

/** What Tom would say: too young is "not yet"; old enough but a grown-up must set it up is "ask". */
export function answerFor(item: AgeGateRound): GateAction {
  if (!oldEnough(item)) return 'not-yet';
  return item.grownUpFirst ? 'ask' : 'join';
}

/**
 * A round, in play order: only the band's items, at least one of each answer the band can give
 * (so every round teaches all of them), the rest at random.
 */
export function pickRound(items: readonly AgeGateRound[], band: AgeBand, random: () => number = Math.random): AgeGateRound[] {
  const pool = shuffle(
    items.filter((i) => i.bands.includes(band)),
    random,
  );
  const size = Math.min(ROUND_SIZE[band], pool.length);
  const firstOfEach = actionsFor(band)
    .map((action) => pool.find((i) => answerFor(i) === action))
    .filter((i): i is AgeGateRound => i !== undefined);
  const rest = pool.filter((i) => !firstOfEach.includes(i));
  return shuffle([...firstOfEach, ...rest.slice(0, Math.max(0, size - firstOfEach.length))], random);
}

export interface Judgement {
  correct: boolean;
  mistake?: GameMistake;
}

export function judge(item: AgeGateRound, action: GateAction): Judgement {
  if (action === answerFor(item)) return { correct: true };
  return { correct: false, mistake: { itemId: item.id, chosen: action, misconception: item.misconception } };
}

export interface Answer {
  item: AgeGateRound;
  action: GateAction;
}

export function tally(answers: readonly Answer[], durationMs: number): GameResult {
  const judged = answers.map((a) => judge(a.item, a.action));
  return {
    gameId: GAME_ID,
    score: judged.filter((j) => j.correct).length,
    maxScore: answers.length,
    durationMs: Math.max(0, Math.round(durationMs)),
    mistakes: judged.flatMap((j) => (j.mistake ? [j.mistake] : [])),
  };
}
