/**
 * What the lesson page hands its player, as one JSON string. Astro revives an object prop value
 * by value (a walk over every scene, choice and word); on a slow tablet that walk was about a third
 * of the page's wake-up, the one long task before the first tap. A string prop is revived as it
 * is, and the browser's own JSON.parse reads it in a fraction of the time.
 */
import type { Lesson } from '../../schemas/lesson';
import type { LessonArt } from './art-keys';
import type { LessonStrings } from './strings';

export interface PackedLesson {
  lesson: Lesson;
  /**
   * The first scene's drawings, rendered at build time (lesson-art.ts), so the art kit ships no
   * JavaScript; the rest of the story's come from the lesson's art.json once the page is live.
   */
  art: LessonArt;
  strings: LessonStrings;
}

export const packLesson = (packed: PackedLesson): string => JSON.stringify(packed);

export const unpackLesson = (json: string): PackedLesson => JSON.parse(json) as PackedLesson;
