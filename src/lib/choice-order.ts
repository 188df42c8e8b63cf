/**
 * The order a lesson's choices are shown in: shuffled for each attempt, so the safe answer is not
 * always first and pressing 1 gets a child nowhere. The order comes from a seed (the attempt's
 * start time and the scene id), so a resumed attempt shows the same order it showed before. Only
 * choice ids are ever stored, so the order never reaches progress files or reports.
 */
import { shuffle } from './shuffle';

/** A 32-bit hash of a string (FNV-1a): the same seed gives the same order on every device. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A small seeded random source (mulberry32): fine for ordering three buttons, not for secrets. */
export function seededRandom(seed: string): () => number {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed for one scene of one attempt. */
export function choiceSeed(attemptStartedAt: number, sceneId: string): string {
  return `${attemptStartedAt}:${sceneId}`;
}

/** The choices in the order this attempt shows them (a new array; the lesson is untouched). */
export function orderChoices<T>(choices: readonly T[], seed: string): T[] {
  return shuffle(choices, seededRandom(seed));
}
