import { describe, expect, it } from 'vitest';
import { activeDurationMs, isEnding, MAX_ACTIVE_GAP_MS, replay, type Step } from '../../src/lib/progress';
import { scoreLesson, starsFor } from '../../src/lib/scoring';
import { loadLesson } from './support/fixtures';

const lesson = loadLesson('valid-small');
const step = (sceneId: string, choiceId: string, at = 0): Step => ({ sceneId, choiceId, at });

describe('progress', () => {
  it('follows choices to the next scene and stops at a choice the scene does not have', () => {
    expect(replay(lesson, [step('the-photo', 'post-it')]).sceneId).toBe('ava-is-sad');
    expect(replay(lesson, [step('the-photo', 'shout')])).toEqual({ sceneId: 'the-photo', steps: [] });
  });

  it('replays saved steps to the scene the pupil had reached', () => {
    const steps = [step('the-photo', 'post-it'), step('ava-is-sad', 'ignore')];
    expect(replay(lesson, steps)).toEqual({ sceneId: 'ava-is-sad', steps });
  });

  it('stops replaying where saved steps no longer fit an edited lesson', () => {
    const steps = [step('the-photo', 'post-it'), step('ava-is-sad', 'removed-choice'), step('ava-is-sad', 'say-sorry')];
    expect(replay(lesson, steps)).toEqual({ sceneId: 'ava-is-sad', steps: steps.slice(0, 1) });
    expect(replay(lesson, [step('elsewhere', 'x')])).toEqual({ sceneId: 'the-photo', steps: [] });
  });

  it('knows an ending', () => {
    expect(isEnding(lesson, 'put-right')).toBe(true);
    expect(isEnding(lesson, 'the-photo')).toBe(false);
  });

  it('counts active time, capping long gaps so time away is not counted', () => {
    expect(activeDurationMs(1000, [6000, 11000], 21000)).toBe(20000);
    expect(activeDurationMs(0, [10_000], 10_000 + 24 * 3600_000)).toBe(10_000 + MAX_ACTIVE_GAP_MS);
    expect(activeDurationMs(5000, [], 4000)).toBe(0);
  });
});

describe('scoring', () => {
  it('gives three stars when every first choice is safe', () => {
    const result = scoreLesson(lesson, [step('the-photo', 'ask-first')]);
    expect(result).toEqual({ score: 1, maxScore: 1, stars: 3, mistakes: [] });
  });

  it('counts only the first answer at each decision, and records the misconception', () => {
    const result = scoreLesson(lesson, [step('the-photo', 'post-it'), step('ava-is-sad', 'ignore'), step('ava-is-sad', 'say-sorry')]);
    expect(result.score).toBe(0);
    expect(result.maxScore).toBe(2);
    expect(result.stars).toBe(1);
    expect(result.mistakes).toEqual([
      { sceneId: 'the-photo', choiceId: 'post-it', misconception: 'funny-means-ok' },
      { sceneId: 'ava-is-sad', choiceId: 'ignore', misconception: 'only-a-joke' },
    ]);
  });

  it('always gives at least one star for finishing', () => {
    expect(starsFor(0, 4)).toBe(1);
    expect(starsFor(1, 4)).toBe(1);
    expect(starsFor(2, 4)).toBe(2);
    expect(starsFor(3, 4)).toBe(2);
    expect(starsFor(4, 4)).toBe(3);
    expect(starsFor(0, 0)).toBe(3);
  });
});
