import { z } from 'zod';
import { slug } from './lesson';

/**
 * The staff area as data: content/staff/<lang>.yaml. It covers the policy's second part ("Use of
 * personal social networking by employees/volunteers"), which applies to every School
 * Representative (employees, governors, volunteers and third parties), and the academy's own
 * accounts. A translation keeps the English file's shape: the same situations and options, in
 * the same order, with the same best option and the same place to go in school.
 */
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * Where to go in school, by role (titles in content/school.yaml, never names): the designated
 * safeguarding lead, the Principal, the Computing and E-Safety Leader, whoever runs the
 * academy's accounts, or the member of staff's line manager.
 */
export const staffRoleSchema = z.enum(['safeguardingLead', 'principal', 'eSafetyLead', 'accountsLead', 'lineManager']);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/**
 * The policy's own words, quoted exactly in English (the policy has no other language): a unit
 * test finds each one in content/../shared/seed/social-media-policy.txt, so a quote cannot drift.
 */
const policyQuote = text(240);

export const staffOptionSchema = z.strictObject({
  id: slug,
  /** What the adult might do, in their own words. */
  text: text(220),
  /** What the policy expects: exactly one option of each situation is it. */
  best: z.boolean(),
  /** Why, from the policy's expectations: two or three sentences, never a telling-off. */
  feedback: text(600),
});

export const situationSchema = z.strictObject({
  id: slug,
  title: text(90),
  /** The situation, as it happens to someone: two or three sentences. */
  story: text(420),
  options: z
    .array(staffOptionSchema)
    .min(3)
    .max(4)
    .refine((options) => options.filter((o) => o.best).length === 1, { message: 'mark exactly one option best' }),
  /** The policy's words the feedback rests on. */
  policy: z.array(policyQuote).min(1).max(3),
  /** Who to tell or ask in school, first. */
  where: staffRoleSchema,
  /** Why that person, in one sentence. */
  whereWhy: text(240),
});
export type Situation = z.infer<typeof situationSchema>;

/** One thing the policy expects of School Representatives, for the printed summary. */
export const expectationSchema = z.strictObject({
  heading: text(80),
  text: text(420),
  quote: policyQuote.optional(),
});

export const staffSchema = z.strictObject({
  title: text(80),
  /** Who the area is for and what it holds, one or two sentences. */
  intro: text(420),
  /** Who the policy calls School Representatives. */
  who: text(420),
  /** The area holds nothing personal and stores nothing: said plainly, once. */
  nothingStored: text(240),
  summary: z.strictObject({
    title: text(80),
    intro: text(300),
    expectations: z.array(expectationSchema).min(4).max(9),
    /** Other documents a School Representative is expected to know, named (never linked). */
    alsoReadHeading: text(80),
    alsoRead: z.array(text(240)).min(1).max(6),
    whereHeading: text(80),
  }),
  selfCheck: z.strictObject({
    title: text(80),
    intro: text(420),
    situations: z.array(situationSchema).min(5).max(10),
    /** What the adult sees at the end: what to do next. */
    doneTitle: text(80),
    doneText: text(420),
  }),
  acknowledgement: z.strictObject({
    title: text(80),
    intro: text(300),
    /** What the adult confirms, one sentence each, each with a box to tick. */
    statements: z.array(text(300)).min(3).max(8),
    /** Labels of the lines written by hand. */
    fields: z.strictObject({ name: text(40), role: text(60), signature: text(40), date: text(40) }),
    /** What happens to the signed sheet, one sentence. */
    keep: text(240),
  }),
  beforeWePost: z.strictObject({
    title: text(80),
    intro: text(420),
    checks: z
      .array(z.strictObject({ heading: text(120), text: text(420) }))
      .min(5)
      .max(10),
    /** When any answer is no: don't post, and who to ask. */
    ifNot: text(300),
  }),
});
export type Staff = z.infer<typeof staffSchema>;
