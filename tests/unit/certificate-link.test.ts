import { describe, expect, it } from 'vitest';
import { certificateLink } from '../../src/lib/certificate-link';

/** What Certificate.svelte reads back from the address. */
const read = (href: string) => Object.fromEntries(new URL(href, 'http://school.test').searchParams);

describe('the certificate link at the end of a lesson', () => {
  it('carries the lesson and the stars, and the promise and the attempt when there are some', () => {
    expect(read(certificateLink('/en/certificate/', { lessonId: 'posting-kindly-ks1', stars: 3 }))).toEqual({
      lesson: 'posting-kindly-ks1',
      stars: '3',
    });
    const href = certificateLink('/cy/certificate/', { lessonId: 'age-limits-ks2', stars: 2, pledgeId: 'ask-first', attemptId: 'a-1' });
    expect(href.startsWith('/cy/certificate/?')).toBe(true);
    expect(read(href)).toEqual({ lesson: 'age-limits-ks2', stars: '2', pledge: 'ask-first', attempt: 'a-1' });
  });

  it('leaves out a promise not made and a guest attempt', () => {
    expect(read(certificateLink('/en/certificate/', { lessonId: 'x', stars: 1, pledgeId: null, attemptId: undefined }))).toEqual({
      lesson: 'x',
      stars: '1',
    });
  });
});
