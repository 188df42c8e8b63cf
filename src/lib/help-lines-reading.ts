/**
 * What the help lines box reads aloud (src/components/pupil/HelpLines.astro): one function for the
 * page and the narration script each, so the recorded text is the one the box says. Pure: no DOM.
 */

export interface HelpLinesWords {
  heading: string;
  /** The one rule every age hears: tell a grown-up you trust. */
  rule: string;
  /** "If you can't tell a grown-up you know…": read only when there are lines to call. */
  cantTell: string;
  lines: readonly { name: string; phone: string }[];
}

export function helpLinesParts(words: HelpLinesWords): string[] {
  // Each number is said a digit at a time (narrationText).
  const lines = words.lines.map((h) => `${h.name}: ${h.phone}.`);
  return [words.heading, words.rule, ...(lines.length > 0 ? [words.cantTell, ...lines] : [])];
}
