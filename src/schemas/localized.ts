import { z } from 'zod';

/**
 * Text that a school writes once per language. English is required: other languages fall back
 * to it, marked as English, rather than to a blank.
 */
export const localizedText = z.object({ en: z.string().trim().min(1) }).catchall(z.string().trim().min(1));

export type LocalizedText = z.infer<typeof localizedText>;
