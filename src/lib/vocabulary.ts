/**
 * The few words the whole site shares: the policy's three topics and the two age bands. Plain
 * lists, so pure code, storage and islands can use them without zod; the schemas build their
 * enums from them.
 */

/** The three topics of the school's social media policy. */
export const topics = ['respectful-posting', 'age-limits', 'sharing-images'] as const;
export type Topic = (typeof topics)[number];

/** ks1 = ages 5–7 (short, concrete words, two choices); ks2 = ages 7–11 (dilemmas, three choices). */
export const ageBands = ['ks1', 'ks2'] as const;
export type AgeBand = (typeof ageBands)[number];
