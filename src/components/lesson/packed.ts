/**
 * What the lesson page hands its player, as one JSON string. Astro revives an object prop value
 * by value (a walk over every scene, choice and word); on a slow tablet that walk was about a third
 * of the page's wake-up, the one long task before the first tap. A string is read by the browser's
 * own JSON.parse in a fraction of the time.
 *
 * The string travels to the browser once, in a data block beside the player (`<script
 * type="application/json">`, which is never run). As an island prop it went twice: once rendered
 * as the first scene and again escaped inside the island's props attribute, 57% of a lesson's HTML
 * (a quote became seven characters), all parsed before the first paint. So the page hands the
 * server render a function that returns the string; Astro sends a function prop to the browser as
 * null, and there the player reads the data block instead.
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

/** The id of the lesson page's data block. */
export const PACKED_LESSON_ID = 'lesson-packed';

/** On the server, the packed lesson; in the browser, null (read the data block). */
export type PackedProp = (() => string) | null | undefined;

export const packLesson = (packed: PackedLesson): string => JSON.stringify(packed);

/**
 * The packed lesson as the text of a data block: `<` only ever appears inside JSON strings, where
 * `\u003c` means the same, so no `</script>` in a lesson can end the block early.
 */
export const dataBlockText = (json: string): string => json.replace(/</g, '\\u003c');

export const unpackLesson = (json: string): PackedLesson => JSON.parse(json) as PackedLesson;

/** The lesson from the server's function, or in the browser from the page's data block. */
export function readPackedLesson(prop: PackedProp, doc?: Pick<Document, 'getElementById'>): PackedLesson {
  if (prop) return unpackLesson(prop());
  const block = (doc ?? document).getElementById(PACKED_LESSON_ID);
  if (!block?.textContent) throw new Error(`The lesson page has no #${PACKED_LESSON_ID} data block`);
  return unpackLesson(block.textContent);
}
