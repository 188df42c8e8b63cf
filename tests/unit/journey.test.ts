import { describe, expect, it } from 'vitest';
import { nextLesson, topicStars, type JourneyLesson, type Progress } from '../../src/lib/journey';

const lessons: JourneyLesson[] = [
  { id: 'age-ks1', topic: 'age-limits', ageBand: 'ks1' },
  { id: 'post-ks1', topic: 'respectful-posting', ageBand: 'ks1' },
  { id: 'photo-ks1', topic: 'sharing-images', ageBand: 'ks1' },
  { id: 'post-ks2', topic: 'respectful-posting', ageBand: 'ks2' },
];
const done = (stars: number): Progress => ({ status: 'complete', bestStars: stars });

describe('the pupil journey', () => {
  it('starts with the first topic for the pupil’s age band', () => {
    expect(nextLesson(lessons, 'ks1', new Map())?.id).toBe('post-ks1');
    expect(nextLesson(lessons, 'ks2', new Map())?.id).toBe('post-ks2');
  });

  it('suggests carrying on an unfinished lesson before starting a new one', () => {
    const progress = new Map([['age-ks1', { status: 'in-progress', bestStars: 0 } as Progress]]);
    expect(nextLesson(lessons, 'ks1', progress)?.id).toBe('age-ks1');
  });

  it('moves on in topic order and says when everything is done', () => {
    expect(nextLesson(lessons, 'ks1', new Map([['post-ks1', done(2)]]))?.id).toBe('photo-ks1');
    const all = new Map([
      ['post-ks1', done(1)],
      ['photo-ks1', done(3)],
      ['age-ks1', done(2)],
    ]);
    expect(nextLesson(lessons, 'ks1', all)).toBeUndefined();
  });

  it('adds up a topic’s best stars across both age bands', () => {
    const progress = new Map([
      ['post-ks1', done(2)],
      ['post-ks2', done(3)],
    ]);
    expect(topicStars(lessons, 'respectful-posting', progress)).toEqual({ stars: 5, max: 6 });
    expect(topicStars(lessons, 'age-limits', progress)).toEqual({ stars: 0, max: 3 });
  });
});
