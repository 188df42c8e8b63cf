/**
 * Moving through the workshop slides: pure, so the keys and the URL hash are unit tested without
 * a browser. Slides are numbered from 1, as the presenter and the URL (#3) show them.
 */

/** The slide a URL hash names ("#3"), kept within 1..total; slide 1 for anything else. */
export function slideFromHash(hash: string, total: number): number {
  const n = Number.parseInt(hash.replace(/^#/, ''), 10);
  return clamp(Number.isFinite(n) ? n : 1, total);
}

/** Keys a presenter's clicker or keyboard sends, and where each one goes. */
const FORWARD = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']);

/**
 * The slide after pressing `key`, or undefined when the key does not move. In a right-to-left
 * language the left and right arrows swap, so "forward" is always the way the text reads.
 */
export function slideAfterKey(current: number, key: string, total: number, dir: 'ltr' | 'rtl' = 'ltr'): number | undefined {
  const k = dir === 'rtl' && key === 'ArrowLeft' ? 'ArrowRight' : dir === 'rtl' && key === 'ArrowRight' ? 'ArrowLeft' : key;
  if (FORWARD.has(k)) return clamp(current + 1, total);
  if (BACK.has(k)) return clamp(current - 1, total);
  if (k === 'Home') return 1;
  if (k === 'End') return total;
  return undefined;
}

/** The minute each slide starts at, from the minutes each one takes. */
export function startMinutes(minutes: readonly number[]): number[] {
  let at = 0;
  return minutes.map((m) => {
    const start = at;
    at += m;
    return start;
  });
}

function clamp(n: number, total: number): number {
  return Math.min(Math.max(1, Math.trunc(n)), Math.max(1, total));
}

/** The BroadcastChannel both windows share: same origin, nothing leaves the device. */
export const WORKSHOP_CHANNEL = 'terrific-tom-workshop';
