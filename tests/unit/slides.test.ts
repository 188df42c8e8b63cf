import { describe, it, expect } from 'vitest';
import { slideAfterKey, slideFromHash, startMinutes } from '../../src/lib/slides';

describe('workshop slides', () => {
  it('reads the slide from the URL hash, kept within the deck', () => {
    expect(slideFromHash('#3', 9)).toBe(3);
    expect(slideFromHash('', 9)).toBe(1);
    expect(slideFromHash('#0', 9)).toBe(1);
    expect(slideFromHash('#42', 9)).toBe(9);
    expect(slideFromHash('#notes', 9)).toBe(1);
  });

  it('moves forward and back with a keyboard or a presenter clicker, and stops at the ends', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(slideAfterKey(4, key, 9)).toBe(5);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(slideAfterKey(4, key, 9)).toBe(3);
    expect(slideAfterKey(9, 'ArrowRight', 9)).toBe(9);
    expect(slideAfterKey(1, 'PageUp', 9)).toBe(1);
    expect(slideAfterKey(5, 'Home', 9)).toBe(1);
    expect(slideAfterKey(5, 'End', 9)).toBe(9);
    expect(slideAfterKey(5, 'Enter', 9)).toBeUndefined();
  });

  it('in a right-to-left language the left arrow goes forward', () => {
    expect(slideAfterKey(4, 'ArrowLeft', 9, 'rtl')).toBe(5);
    expect(slideAfterKey(4, 'ArrowRight', 9, 'rtl')).toBe(3);
    expect(slideAfterKey(4, 'PageDown', 9, 'rtl')).toBe(5);
  });

  it('works out when each slide starts from the minutes each takes', () => {
    expect(startMinutes([3, 4, 6])).toEqual([0, 3, 7]);
  });
});
