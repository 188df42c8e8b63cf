import { describe, expect, it } from 'vitest';
import { estimatedMinutes } from '../../src/lib/lesson-minutes';
import { loadLessons } from './support/content';

describe('lesson minutes', () => {
  it('counts the words on the all-safe path at a child’s pace, and time to choose', () => {
    const lesson = {
      ageBand: 'ks1' as const,
      start: 'a',
      scenes: {
        a: {
          text: 'one two three',
          choices: [
            { text: 'four five', safe: true, feedback: 'six', next: 'b' },
            { text: 'seven', safe: false, feedback: 'not counted', next: 'b' },
          ],
        },
        b: { text: 'eight', end: { remember: 'nine ten' } },
      },
    };
    // 10 words at 60 a minute, one choice of 20 seconds, a minute for the promise.
    expect(estimatedMinutes(lesson)).toBeCloseTo(10 / 60 + 20 / 60 + 1);
  });

  it.each(loadLessons('en'))('$id: the card says about as long as the lesson takes', (lesson) => {
    const estimate = estimatedMinutes(lesson);
    expect(
      Math.abs(lesson.minutes - estimate),
      `card says ${lesson.minutes}, the path takes about ${estimate.toFixed(1)}`,
    ).toBeLessThanOrEqual(Math.max(1.5, estimate * 0.2));
  });
});
