/**
 * How a game's clock gets quicker, the same for every game with one: a level's share of the
 * level-1 time, never under a floor long enough to read what is on screen. Pure, no Phaser, so
 * the rules (and their unit tests) use it.
 */
import type { AgeBand } from '../contract';

export const LEVEL_SPEED = [1, 0.8, 0.65] as const;
export const TOP_LEVEL = LEVEL_SPEED.length;

/** The level from a count of what is behind (children, photos): a new level every `size`, up to the top. */
export function levelAfter(done: number, size: number): number {
  return Math.min(TOP_LEVEL, 1 + Math.floor(done / size));
}

/** Whole seconds on the clock at this level, from `base` at level 1, never under `floor`. */
export function levelSeconds(base: number, level: number, floor: number): number {
  return Math.max(floor, Math.round(base * LEVEL_SPEED[Math.min(level, TOP_LEVEL) - 1]!));
}

/** A game's clock: its level-1 seconds by band, how many turns make a level, and its floor. */
export interface ClockRule {
  seconds: Record<AgeBand, number>;
  /** Turns (children, comments, photos) to a level. */
  levelEvery: number;
  /** The fewest seconds it ever gives. */
  floor: number;
}

/** A game's `levelOf(done)` and `clockSeconds(band, done)` from its rule, so each game writes only its numbers. */
export function clockFor(rule: ClockRule) {
  const levelOf = (done: number): number => levelAfter(done, rule.levelEvery);
  const clockSeconds = (band: AgeBand, done: number): number => levelSeconds(rule.seconds[band], levelOf(done), rule.floor);
  return { levelOf, clockSeconds };
}
