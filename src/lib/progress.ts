/**
 * Where a pupil is in a lesson, worked out from the choices they made. Attempts store only ids,
 * so the same steps replay against any translation of the lesson.
 */
import type { GraphLesson } from './lesson-graph';

export interface Step {
  sceneId: string;
  choiceId: string;
  /** When the choice was made (ms since the epoch). */
  at: number;
}

export interface Replay {
  /** The scene the pupil should see now. */
  sceneId: string;
  /** The steps that still fit the lesson; a later edit to the lesson can cut a saved path short. */
  steps: Step[];
}

/** Follow saved steps from the start for as long as they fit the lesson. */
export function replay(lesson: GraphLesson, steps: readonly Step[]): Replay {
  let sceneId = lesson.start;
  const kept: Step[] = [];
  for (const step of steps) {
    if (step.sceneId !== sceneId) break;
    const choice = lesson.scenes[sceneId]?.choices?.find((c) => c.id === step.choiceId);
    if (!choice) break;
    kept.push(step);
    sceneId = choice.next;
  }
  return { sceneId, steps: kept };
}

export function isEnding(lesson: GraphLesson, sceneId: string): boolean {
  return lesson.scenes[sceneId]?.end !== undefined;
}

/** Longest gap between two steps that counts as time spent on the lesson. */
export const MAX_ACTIVE_GAP_MS = 3 * 60 * 1000;

/**
 * Time spent on a lesson: the sum of gaps between steps, each capped, so a lesson left open over
 * lunch, or resumed the next day, does not count the time away.
 */
export function activeDurationMs(startedAt: number, stepTimes: readonly number[], finishedAt: number): number {
  let total = 0;
  let previous = startedAt;
  for (const at of [...stepTimes, finishedAt]) {
    total += Math.min(Math.max(at - previous, 0), MAX_ACTIVE_GAP_MS);
    previous = at;
  }
  return total;
}
