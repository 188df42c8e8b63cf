/**
 * Stars for a finished lesson. A "decision" is a scene with at least one unsafe choice; the
 * pupil's first answer at each decision counts, so putting things right afterwards is welcome
 * but the first choice is what the teacher needs to see.
 */
import type { GraphLesson } from './lesson-graph';
import type { Step } from './progress';
import { firstChoices } from './first-choice';

export interface Mistake {
  sceneId: string;
  choiceId: string;
  misconception: string;
}

export interface LessonScore {
  /** Decisions answered safely the first time. */
  score: number;
  /** Decisions met on this path. */
  maxScore: number;
  /** 1 to 3: finishing always earns a star. */
  stars: 1 | 2 | 3;
  mistakes: Mistake[];
}

export function scoreLesson(lesson: GraphLesson, steps: readonly Step[]): LessonScore {
  // The first answer at each decision (src/lib/first-choice.ts), as the teacher's report reads it.
  const firsts = firstChoices(steps, (sceneId) => lesson.scenes[sceneId]?.choices);
  const score = firsts.filter((f) => f.safe).length;
  const maxScore = firsts.length;
  const mistakes: Mistake[] = firsts.flatMap((f) =>
    f.safe ? [] : [{ sceneId: f.sceneId, choiceId: f.choiceId, misconception: f.misconception! }],
  );
  return { score, maxScore, stars: starsFor(score, maxScore), mistakes };
}

/** All safe: 3 stars; at least half safe: 2; otherwise 1. */
export function starsFor(score: number, maxScore: number): 1 | 2 | 3 {
  if (maxScore === 0 || score >= maxScore) return 3;
  return score * 2 >= maxScore ? 2 : 1;
}
