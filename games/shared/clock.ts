/**
 * How a game's clock gets quicker, the same for every game with one: a level's share of the
 * level-1 time, never under a floor long enough to read what is on screen. Pure, no Phaser, so
 * the rules (and their unit tests) use it.
 */
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
