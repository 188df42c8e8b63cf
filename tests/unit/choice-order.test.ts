import { describe, expect, it } from 'vitest';
import { choiceSeed, orderChoices } from '../../src/lib/choice-order';
import { replay } from '../../src/lib/progress';
import { scoreLesson } from '../../src/lib/scoring';
import { loadLessons } from './support/content';

const lessons = loadLessons('en');

describe('choice order', () => {
  it('is the same for the same attempt and scene, so a resumed lesson looks as it did', () => {
    const choices = ['a', 'b', 'c'];
    const seed = choiceSeed(1_764_000_000_000, 'group-chat');
    expect(orderChoices(choices, seed)).toEqual(orderChoices(choices, seed));
    expect(choices).toEqual(['a', 'b', 'c']);
  });

  it('is a reordering: every choice once, none added', () => {
    for (let t = 0; t < 200; t += 1) {
      expect([...orderChoices(['a', 'b', 'c'], choiceSeed(t, 'x'))].sort()).toEqual(['a', 'b', 'c']);
    }
  });

  it('puts the safe answer first about as often as any other place, over every decision of every lesson', () => {
    const firstSafe: number[] = [];
    for (const lesson of lessons) {
      for (const [sceneId, scene] of Object.entries(lesson.scenes)) {
        if (!scene.choices || scene.beat) continue;
        for (let attempt = 0; attempt < 60; attempt += 1) {
          const shown = orderChoices(scene.choices, choiceSeed(1_764_000_000_000 + attempt * 7919, sceneId));
          firstSafe.push(shown[0]!.safe ? 1 : 0);
        }
      }
    }
    const share = firstSafe.reduce((a, b) => a + b, 0) / firstSafe.length;
    // Before shuffling the safe answer was first in 63 of 64 decisions (98%).
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.7);
  });

  it('never changes what is stored or scored: pressing the first button each time is not a safe path', () => {
    let allFirstThree = 0;
    let runs = 0;
    for (const lesson of lessons) {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const startedAt = 1_764_000_000_000 + attempt * 104_729;
        const steps: { sceneId: string; choiceId: string; at: number }[] = [];
        let sceneId = lesson.start;
        // A story can loop back ("think again"), so a child who always presses 1 may go round.
        while (lesson.scenes[sceneId]?.choices && steps.length < 60) {
          const first = orderChoices(lesson.scenes[sceneId]!.choices!, choiceSeed(startedAt, sceneId))[0]!;
          steps.push({ sceneId, choiceId: first.id, at: startedAt + steps.length });
          sceneId = first.next;
        }
        // What is stored is ids: replaying them walks the same path whatever order was shown.
        expect(replay(lesson, steps).sceneId).toBe(sceneId);
        if (lesson.scenes[sceneId]?.choices) continue;
        runs += 1;
        if (scoreLesson(lesson, steps).stars === 3) allFirstThree += 1;
      }
    }
    expect(allFirstThree / runs).toBeLessThan(0.25);
  });
});
