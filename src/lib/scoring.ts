/**
 * Stars for a finished lesson. A "decision" is a scene with at least one unsafe choice; the
 * pupil's first answer at each decision counts, so putting things right afterwards is welcome
 * but the first choice is what the teacher needs to see.
 */
import type { GraphLesson } from './lesson-graph';
import { firstChoices, type Step } from './progress';

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
  // The first answer at each decision (firstChoices in src/lib/progress.ts), as the teacher's report reads it.
  const mistakes: Mistake[] = [];
  let score = 0;
  let maxScore = 0;
  for (const first of firstChoices(steps, (sceneId) => lesson.scenes[sceneId]?.choices)) {
    maxScore += 1;
    if (first.safe) score += 1;
    else mistakes.push({ sceneId: first.sceneId, choiceId: first.choiceId, misconception: first.misconception! });
  }
  return { score, maxScore, stars: starsFor(score, maxScore), mistakes };
}

/** All safe: 3 stars; at least half safe: 2; otherwise 1. */
export function starsFor(score: number, maxScore: number): 1 | 2 | 3 {
  if (maxScore === 0 || score >= maxScore) return 3;
  return score * 2 >= maxScore ? 2 : 1;
}
