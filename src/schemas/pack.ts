import { z } from 'zod';
import { slug, topicSchema } from './lesson';

/**
 * The parents' area as data. A pack is content/packs/<id>/<lang>.yaml (one per topic, one file
 * per language); the family agreement, home checklist and age guide words are
 * content/parents/<lang>.yaml; the workshop slides are content/workshop/<lang>.yaml.
 * Minimum ages are written as {{age:<service>}} and filled from content/facts, never as numbers.
 * A translation must keep the English file's shape (same counts, same links): only words differ.
 */
const text = (max: number) => z.string().trim().min(1).max(max);

/** The four topics of the school's policy that parents are asked to work on with the school. */
export const packIdSchema = z.enum([...topicSchema.options, 'working-together']);
export type PackId = z.infer<typeof packIdSchema>;

/** Something to do at home: with no device, or with one beside you. */
export const activitySchema = z.strictObject({
  title: text(80),
  /** true: done with a phone, tablet or computer; false: talk, draw or play with no screen. */
  device: z.boolean(),
  /** What to do, in two to four short sentences. */
  text: text(420),
});

/** Two or three activities for an age band, at least one with no device and one with a device. */
const activities = z
  .array(activitySchema)
  .min(2)
  .max(3)
  .refine((list) => list.some((a) => a.device) && list.some((a) => !a.device), {
    message: 'give at least one activity with no device and one with a device',
  });

/** Where a family can get help: named in print, never fetched or embedded. */
export const helpSchema = z.strictObject({
  name: text(80),
  what: text(200),
  /** Printed as text for a parent to type in; the site never requests it. Long enough for a service's exact page (Report Remove's is 130 characters). */
  address: text(160).optional(),
});

export const packSchema = z.strictObject({
  /** The folder name: one of the policy's topics, or working-together. */
  id: packIdSchema,
  title: text(80),
  /** One sentence under the title. */
  summary: text(240),
  /** What children learn in class, and the lessons and games that teach it (ids must exist). */
  learn: z.strictObject({
    points: z.array(text(240)).min(1).max(4),
    lessons: z.array(slug).max(4),
    games: z.array(slug).max(4),
  }),
  /** Why it matters, in two or three short paragraphs. */
  why: z.array(text(500)).min(1).max(3),
  /** The school's expectations in plain words, following the policy. */
  expectations: z.array(text(300)).min(1).max(5),
  /** Activities at home for 5–7s (ks1) and 7–11s (ks2). */
  activities: z.strictObject({ ks1: activities, ks2: activities }),
  /** Questions to start a conversation, as a parent would ask them. */
  talk: z.array(text(200)).min(3).max(6),
  help: z.array(helpSchema).min(1).max(5),
});
export type Pack = z.infer<typeof packSchema>;

const list = (max: number, min = 1, len = 300) => z.array(text(len)).min(min).max(max);

/** content/parents/<lang>.yaml: the family agreement, the home checklist and the age guide. */
export const parentDocsSchema = z.strictObject({
  agreement: z.strictObject({
    title: text(80),
    intro: text(400),
    /** Promises grouped by who makes them ("We all agree", "Grown-ups agree"). */
    sections: z
      .array(z.strictObject({ heading: text(80), promises: list(6) }))
      .min(2)
      .max(4),
    /** Lines a family writes its own rules on. */
    ownRulesHeading: text(80),
    /** Labels of the signature lines. */
    signatures: list(4, 2, 60),
  }),
  checklist: z.strictObject({
    title: text(80),
    intro: text(400),
    groups: z
      .array(z.strictObject({ heading: text(80), items: list(6) }))
      .min(3)
      .max(6),
  }),
  ageGuide: z.strictObject({
    title: text(80),
    intro: text(400),
    whyHeading: text(80),
    why: list(4, 1, 500),
    pegiHeading: text(80),
    pegi: list(4, 1, 500),
    /** What each PEGI number means: the five ratings in order 3, 7, 12, 16, 18. */
    pegiRatings: z
      .array(
        z.strictObject({ rating: z.union([z.literal(3), z.literal(7), z.literal(12), z.literal(16), z.literal(18)]), meaning: text(200) }),
      )
      .length(5),
    tipsHeading: text(80),
    tips: list(5),
  }),
  /** What the school does when the policy is not followed, in friendly words. */
  nonCompliance: z.strictObject({ heading: text(80), points: list(5, 2, 400) }),
});
export type ParentDocs = z.infer<typeof parentDocsSchema>;

/** One screen of the parents' workshop: one idea, at most three short points. */
export const slideSchema = z.strictObject({
  id: slug,
  title: text(90),
  points: z.array(text(140)).max(3),
  /** The pack this slide comes from: its handout page. */
  pack: packIdSchema.optional(),
  /** Something drawn from the school's settings under the points: its route for raising a concern. */
  show: z.enum(['concern-route']).optional(),
  /** What the presenter says, in the notes view only. */
  notes: text(900),
  /** Minutes to spend on this screen. */
  minutes: z.number().min(0.5).max(20),
});

/** content/workshop/<lang>.yaml */
export const workshopSchema = z
  .strictObject({ title: text(90), slides: z.array(slideSchema).min(3).max(30) })
  .refine((w) => new Set(w.slides.map((s) => s.id)).size === w.slides.length, { message: 'two slides share an id' });
export type Workshop = z.infer<typeof workshopSchema>;
