import { describe, expect, it } from 'vitest';
import { longDate } from '../../src/lib/dates';

describe('longDate', () => {
  it('writes English dates the British way and Welsh dates in Welsh, without the browser’s locale data', () => {
    expect(longDate(new Date(2026, 10, 26, 9, 30), 'en-GB')).toBe('26 November 2026');
    expect(longDate(new Date(2026, 10, 26, 9, 30), 'cy-GB')).toBe('26 Tachwedd 2026');
    expect(longDate(new Date(2027, 0, 1).getTime(), 'cy')).toBe('1 Ionawr 2027');
  });

  it('shows an ISO day as that day in any time zone, and leaves a malformed one as it is', () => {
    expect(longDate('2026-02-03', 'cy')).toBe('3 Chwefror 2026');
    expect(longDate('2026-12-31', 'en')).toBe('31 December 2026');
    expect(longDate('soon', 'en')).toBe('soon');
  });

  it('uses the browser for other languages', () => {
    expect(longDate('2026-11-26', 'fr-FR')).toMatch(/26 novembre 2026/);
  });
});
