/**
 * Stars for a finished lesson. A "decision" is a scene with at least one unsafe choice; the
 * pupil's first answer at each decision counts, so putting things right afterwards is welcome
 * but the first choice is what the teacher needs to see.
 */
import type { GraphLesson } from './lesson-graph';
import type { Step } from './progress';

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

export function isDecision(lesson: GraphLesson, sceneId: string): boolean {
  return (lesson.scenes[sceneId]?.choices ?? []).some((c) => !c.safe);
}

export function scoreLesson(lesson: GraphLesson, steps: readonly Step[]): LessonScore {
  const answered = new Set<string>();
  const mistakes: Mistake[] = [];
  let score = 0;
  let maxScore = 0;
  for (const step of steps) {
    if (answered.has(step.sceneId) || !isDecision(lesson, step.sceneId)) continue;
    answered.add(step.sceneId);
    const choice = lesson.scenes[step.sceneId]?.choices?.find((c) => c.id === step.choiceId);
    if (!choice) continue;
    maxScore += 1;
    if (choice.safe) score += 1;
    else mistakes.push({ sceneId: step.sceneId, choiceId: choice.id, misconception: choice.misconception ?? 'unknown' });
  }
  return { score, maxScore, stars: starsFor(score, maxScore), mistakes };
}

/** All safe: 3 stars; at least half safe: 2; otherwise 1. */
export function starsFor(score: number, maxScore: number): 1 | 2 | 3 {
  if (maxScore === 0 || score >= maxScore) return 3;
  return score * 2 >= maxScore ? 2 : 1;
}
