/**
 * What Tom's map reads aloud: one function for the map and the narration script each, so the
 * recorded text is the one the map says.
 * A file of its own, so the map does not share a chunk with the lesson player's reading.
 */
/** The suggestion, read after the pupil's name (which has no recording). */
export function nextLessonPart(tryNext: string, title: string): string {
  return `${tryNext} ${title}.`;
}

/** A place on the map: its name, then what is learnt there. */
export function placeParts(name: string, about: string): string[] {
  return [`${name}.`, about];
}
