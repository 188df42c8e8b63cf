/**
 * How long a lesson really takes a child: the words on the all-safe path (scene, post, the choices
 * read, Tom's answer, the thing to remember) at a child's reading pace, time to think at each
 * choice, and a minute for the promise at the end. The number on each lesson card must be close
 * to this (tests/unit/lesson-minutes.test.ts), so a teacher can plan a session by it.
 */
import { wordsOf } from './readability';

interface Choice {
  text: string;
  safe: boolean;
  feedback: string;
  next: string;
}
interface Scene {
  text: string;
  post?: { text: string } | undefined;
  choices?: Choice[] | undefined;
  end?: { remember: string } | undefined;
}
interface MinutesLesson {
  ageBand: 'ks1' | 'ks2';
  start: string;
  scenes: Record<string, Scene>;
}

/** Words a minute read (or heard read aloud) by a 5-7 and a 7-11 year old, and seconds to choose. */
export const PACE = { ks1: { wordsPerMinute: 60, secondsToChoose: 20 }, ks2: { wordsPerMinute: 100, secondsToChoose: 15 } };

export function estimatedMinutes(lesson: MinutesLesson): number {
  const pace = PACE[lesson.ageBand];
  let words = 0;
  let choices = 0;
  let sceneId: string | undefined = lesson.start;
  const seen = new Set<string>();
  while (sceneId && !seen.has(sceneId)) {
    seen.add(sceneId);
    const scene: Scene | undefined = lesson.scenes[sceneId];
    if (!scene) break;
    words += wordsOf(scene.text).length + wordsOf(scene.post?.text ?? '').length + wordsOf(scene.end?.remember ?? '').length;
    const safe: Choice | undefined = scene.choices?.find((c) => c.safe);
    if (!scene.choices || !safe) break;
    words += scene.choices.reduce((sum, c) => sum + wordsOf(c.text).length, 0) + wordsOf(safe.feedback).length;
    choices += 1;
    sceneId = safe.next;
  }
  return words / pace.wordsPerMinute + (choices * pace.secondsToChoose) / 60 + 1;
}
