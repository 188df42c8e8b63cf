import { z } from 'zod';

/**
 * content/glossary/cy.yaml: the Welsh term chosen for each idea, and the other words for it that
 * must not appear (tests/unit/welsh.test.ts checks every Welsh text). content/glossary/cy-accepted.yaml:
 * words the Welsh spelling dictionary (dictionary-cy) lacks but the project uses on purpose.
 */
const text = (max: number) => z.string().trim().min(1).max(max);

/** A regular expression, checked to compile (matched ignoring case, Unicode aware). */
const pattern = text(200).refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

export const glossaryTermSchema = z
  .strictObject({
    /** The idea, in English, as an author would look for it. */
    concept: text(80),
    /** The chosen Welsh term, with any note on its forms. */
    use: text(200),
    /** Other words or phrases for the same idea, with their mutated forms: whole words, any case. */
    avoid: z.array(text(60)).default([]),
    /** Regular expressions for variants a word list cannot say. */
    patterns: z.array(pattern).default([]),
  })
  .refine((t) => t.avoid.length + t.patterns.length > 0, { message: 'a term needs at least one variant to avoid' });

export const glossarySchema = z.strictObject({ terms: z.array(glossaryTermSchema).min(1) });
export type Glossary = z.infer<typeof glossarySchema>;

export const acceptedWordsSchema = z
  .strictObject({
    words: z.array(
      z.strictObject({
        /** One word as it is written (any case matches). */
        word: text(40).regex(/^[\p{L}][\p{L}'-]*$/u, 'one word: letters, apostrophes and hyphens'),
        /** Why it is right although the dictionary lacks it: a name, a brand, a term, a mutation the dictionary misses. */
        reason: text(200),
      }),
    ),
  })
  .refine((a) => new Set(a.words.map((w) => w.word.toLowerCase())).size === a.words.length, { message: 'a word is listed twice' });
export type AcceptedWords = z.infer<typeof acceptedWordsSchema>;
