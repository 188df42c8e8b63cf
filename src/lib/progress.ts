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

/**
 * The one rule for a pupil's "first choice": at each decision (a scene with at least one unsafe
 * choice), the first answer they gave, in the order the steps were made. Stars (scoring.ts, one
 * attempt) and the teacher's report (report.ts, every attempt of a pupil at a lesson) both use it,
 * so a mistake the pupil's result screen counted is the same mistake the teacher reads. It lives
 * here, beside replay, so the lesson page loads no extra file for it.
 */
/** What the rule needs to know of a scene's choices (a lesson's graph, or the report's content). */
export interface ChoiceFacts {
  id: string;
  safe: boolean;
  misconception?: string | undefined;
}

export interface FirstChoice {
  sceneId: string;
  choiceId: string;
  safe: boolean;
  /** The idea an unsafe choice shows; undefined for a safe one. */
  misconception: string | undefined;
}

/**
 * The first answer at each decision, in step order. Steps at scenes or choices no longer in the
 * lesson are skipped (content changed since), and so is a later answer at the same scene.
 */
export function firstChoices(steps: readonly Step[], choicesAt: (sceneId: string) => readonly ChoiceFacts[] | undefined): FirstChoice[] {
  const answered = new Set<string>();
  const firsts: FirstChoice[] = [];
  for (const step of steps) {
    if (answered.has(step.sceneId)) continue;
    const choices = choicesAt(step.sceneId) ?? [];
    // A decision: a scene with at least one unsafe choice.
    if (choices.every((c) => c.safe)) continue;
    const choice = choices.find((c) => c.id === step.choiceId);
    if (!choice) continue;
    answered.add(step.sceneId);
    firsts.push({
      sceneId: step.sceneId,
      choiceId: choice.id,
      safe: choice.safe,
      // 'unknown' when content gives an unsafe choice no idea (the schema forbids it; old data may not).
      misconception: choice.safe ? undefined : (choice.misconception ?? 'unknown'),
    });
  }
  return firsts;
}
