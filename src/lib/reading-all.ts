/**
 * Every part a lesson (and the home page's welcome) can read aloud, for the narration script and
 * the home page at build time. Kept out of lesson-reading.ts, which the read-aloud player loads
 * whole on a pupil's first tap (src/speech/narration.ts): the player never needs the whole list.
 */
import {
  choiceParts,
  feedbackParts,
  pledgeParts,
  rememberParts,
  resumeParts,
  sceneParts,
  type ReadLesson,
  type ReadingWords,
} from './lesson-reading';
import type { ReadPart } from './narration-key';

/** Every part the lesson can read aloud, on any path and in any order of choices (the recorder drops repeats). */
export function lessonReadingParts(lesson: ReadLesson, w: ReadingWords): ReadPart[] {
  const parts: ReadPart[] = [];
  for (const scene of Object.values(lesson.scenes)) {
    parts.push(...sceneParts(scene, w));
    if (scene.choices) {
      // Every position a choice can be shown in gets its number.
      parts.push(...choiceParts(scene, scene.choices, w));
      for (const choice of scene.choices) parts.push(...feedbackParts(choice, w));
    }
    if (scene.end) parts.push(...rememberParts(scene.end.remember, w));
  }
  parts.push(...pledgeParts(lesson.pledges, w), ...resumeParts(w));
  return parts;
}

/** The home page's welcome. */
export function welcomeParts(hello: string, intro: string, ruleLabel: string, rule: string): string[] {
  return [hello, intro, `${ruleLabel}:`, rule];
}
