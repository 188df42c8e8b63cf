/**
 * Flesch–Kincaid readability for English lesson text, so a long word or sentence does not slip
 * into a lesson for five-year-olds. Syllables are counted by a standard vowel-group heuristic:
 * good enough to rank texts, not a dictionary.
 */

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** US school grade; add 5 for a rough reading age. */
  grade: number;
  /** 0–100; higher is easier. */
  ease: number;
}

/** Syllables in one English word (at least one). */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // Silent endings: "make", "played", "wishes" keeps its -es syllable after s/x/z/ch/sh sounds.
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '');
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Words as readers see them: numbers and tokens count as one short word. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/\{\{[^}]+\}\}/g, 'ten')
    .split(/[\s/—–-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Sentences end at . ! ? (or the end of the text); a sentence with no words does not count. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])["'”’)]*\s+/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function readability(text: string): Readability {
  const sentences = Math.max(1, sentencesOf(text).length);
  const words = wordsOf(text);
  const count = Math.max(1, words.length);
  const syllableCount = words.reduce((sum, w) => sum + (/^\d+$/.test(w) ? 1 : syllables(w)), 0);
  const wordsPerSentence = count / sentences;
  const syllablesPerWord = syllableCount / count;
  return {
    words: words.length,
    sentences,
    syllables: syllableCount,
    grade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
    ease: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
  };
}
