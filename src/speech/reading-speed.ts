/**
 * How fast this device plays the read-aloud recordings: a teacher can slow them for a child who
 * needs more time (the devices page). Kept in localStorage; any failure reads as normal.
 */
export const READING_SPEEDS = { normal: 1, slower: 0.8 } as const;
export type ReadingSpeed = keyof typeof READING_SPEEDS;

const KEY = 'terrific-tom:reading-speed';

export function readingSpeed(): ReadingSpeed {
  try {
    return localStorage.getItem(KEY) === 'slower' ? 'slower' : 'normal';
  } catch {
    return 'normal';
  }
}

export function setReadingSpeed(speed: ReadingSpeed): void {
  try {
    localStorage.setItem(KEY, speed);
  } catch {
    // Private mode or full storage: the speed stays normal, which still works.
  }
}
