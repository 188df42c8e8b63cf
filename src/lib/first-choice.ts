/**
 * The one rule for a pupil's "first choice": at each decision (a scene with at least one unsafe
 * choice), the first answer they gave, in the order the steps were made. Stars (scoring.ts, one
 * attempt) and the teacher's report (report.ts, every attempt of a pupil at a lesson) both use it,
 * so a mistake the pupil's result screen counted is the same mistake the teacher reads.
 */
import type { Step } from './progress';

/** What the rule needs to know of a scene's choices (a lesson's graph, or the report's content). */
export interface ChoiceFacts {
  id: string;
  safe: boolean;
  misconception?: string | undefined;
}

export interface FirstChoice {
  sceneId: string;
  choiceId: string;
  at: number;
  safe: boolean;
  /** The idea an unsafe choice shows; undefined for a safe one. */
  misconception: string | undefined;
}

/** Named when content gives an unsafe choice no idea (the schema forbids it; old data may not). */
export const UNNAMED_IDEA = 'unknown';

export function isDecision(choices: readonly ChoiceFacts[] | undefined): boolean {
  return (choices ?? []).some((c) => !c.safe);
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
    const choices = choicesAt(step.sceneId);
    if (!isDecision(choices)) continue;
    const choice = choices!.find((c) => c.id === step.choiceId);
    if (!choice) continue;
    answered.add(step.sceneId);
    firsts.push({
      sceneId: step.sceneId,
      choiceId: choice.id,
      at: step.at,
      safe: choice.safe,
      misconception: choice.safe ? undefined : (choice.misconception ?? UNNAMED_IDEA),
    });
  }
  return firsts;
}
