import { z } from 'zod';
import { isoDate } from './date';

/** One outcome statement, quoted exactly from its source document. */
export const outcomeSchema = z.strictObject({
  /** Stable id that lessons and games name, e.g. efcw.online-relationships.7-11.respect. */
  id: z.string().regex(/^[a-z]+(\.[a-z0-9-]+)+$/),
  /** The strand or heading the statement sits under in its source. */
  strand: z.string().trim().min(1),
  /** The age band, as the source names it. */
  ageBand: z.enum(['4-7', '7-11', 'end-of-primary']),
  /** The statement's number in its source, where the source numbers them (RSHE 2025 does). */
  number: z.int().min(1).optional(),
  /** The statement, word for word from the source (English: the frameworks are published in English). */
  statement: z.string().trim().min(1),
});

/** A curriculum framework: content/curriculum/<framework>.yaml. */
export const curriculumSchema = z.strictObject({
  framework: z.string().trim().min(1),
  /** Where the statements were copied from, so anyone can check them. */
  source: z.strictObject({ title: z.string().min(1), publisher: z.string().min(1), url: z.url(), edition: z.string().min(1) }),
  /** When someone last compared these statements with the source. */
  checkedOn: isoDate,
  outcomes: z.array(outcomeSchema).min(1),
});

export type Curriculum = z.infer<typeof curriculumSchema>;
