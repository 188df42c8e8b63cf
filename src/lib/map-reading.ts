/**
 * Tom's map's read-aloud suggestion, read after the pupil's name (which has no recording): one
 * function for the map and the narration script, so the recorded text is the one the map says.
 * A file of its own, so the map does not share a chunk with the lesson player's reading.
 */
export function nextLessonPart(tryNext: string, title: string): string {
  return `${tryNext} ${title}.`;
}
