/**
 * Game content: the words a game plays with, one file per game and language under
 * content/games/<lang>/. Rules live in games/<id>/rules.ts; only the words change between languages.
 */
import { z } from 'zod';
import { characterSchema } from './lesson';
import { KINDER, SLUG, SLUG_MAX } from '../lib/ids';

/** The progress file's rule for ids (src/lib/ids.ts): what a game stores, the device's import takes back. */
const slug = z.string().max(SLUG_MAX).regex(SLUG, 'use lower-case words joined by hyphens');
const band = z.enum(['ks1', 'ks2']);

export const commentActionSchema = z.enum(['send', 'change', 'report']);
export type CommentAction = z.infer<typeof commentActionSchema>;

/** A rewording that is not kind yet, offered beside `kinder` once the pupil chooses to make a comment kind. */
export const notKindSchema = z.strictObject({
  id: slug.refine((id) => id !== KINDER, { message: `"${KINDER}" names the kind words` }),
  text: z.string().trim().min(1).max(120),
  /** What Tom says when it is chosen: why it is not kind yet. */
  why: z.string().trim().min(1).max(200),
  /** The misconception choosing it shows, for the teacher's report. */
  misconception: slug,
});

export const kindCommentSchema = z
  .strictObject({
    id: slug,
    /** The age bands that see this comment; ages 5-7 never meet one whose answer is report. */
    bands: z.array(band).min(1),
    /** Who wrote it: a story child, or `unknown` for someone the pupil has never met. */
    author: z.union([characterSchema.exclude(['tom', 'narrator']), z.literal('unknown')]),
    text: z.string().trim().min(1).max(120),
    answer: commentActionSchema,
    /** For `change`: the kind version the comment becomes. */
    kinder: z.string().trim().min(1).max(120).optional(),
    /** For `change`: rewordings that are not kind yet; ages 5-7 choose between `kinder` and the first, ages 7-11 among all. */
    notKind: z.array(notKindSchema).min(1).max(2).optional(),
    /** What Tom says after a wrong choice: why, not just "wrong". */
    why: z.string().trim().min(1).max(200),
    /** The misconception a wrong choice shows, for the teacher's report. */
    misconception: slug,
  })
  .refine((c) => c.answer !== 'change' || c.kinder, {
    message: 'a comment to change needs its `kinder` version',
  })
  .refine((c) => c.answer !== 'change' || c.notKind, {
    message: 'a comment to change needs `notKind` rewordings, for the pupil to choose the kind words from',
  })
  .refine((c) => new Set(c.notKind?.map((o) => o.id)).size === (c.notKind?.length ?? 0), {
    message: 'each `notKind` rewording needs an id of its own',
  })
  .refine((c) => c.answer !== 'report' || !c.bands.includes('ks1'), {
    message: 'ages 5-7 play with two choices (send or change): a comment to report is for ages 7-11',
  });
export type KindComment = z.infer<typeof kindCommentSchema>;

export const kindCommentsSchema = z.strictObject({
  id: z.literal('kind-comments'),
  items: z.array(kindCommentSchema).min(1),
});

export const gateActionSchema = z.enum(['join', 'not-yet', 'ask']);
export type GateAction = z.infer<typeof gateActionSchema>;

/**
 * Age Gate: a child of a given age wants to join an app or game. The minimum age is never written
 * here: `wants` names a service in content/facts/age-limits.yaml, and the rules compare ages with
 * the value there, so a changed fact changes the right answer.
 */
export const ageGateItemSchema = z.strictObject({
  id: slug,
  bands: z.array(band).min(1),
  who: characterSchema.exclude(['tom', 'narrator']),
  /** Up to 13: a child who has just turned 13 shows what changes on that birthday. */
  age: z.int().min(4).max(13),
  /** A service id from the facts file. */
  wants: slug,
  /** What to suggest instead when the child is too young (ages 7-11 choose it; it is shown to everyone). */
  instead: z.string().trim().min(1).max(140),
  /** What Tom says after a wrong choice: why. Use {{age:<id>}} and {{name:<id>}}, never numbers for a service. */
  why: z.string().trim().min(1).max(220),
  /**
   * What a pupil believed who let this child straight in ("Yes, come in") when the answer was "not
   * yet" or "ask a grown-up first", for the teacher's report. Ages 5-7 have no "come in", and a child
   * who may come in cannot be let in wrongly, so those items need none (tests/unit/game-age-gate.test.ts
   * checks the rest); the rules name the other mistakes (see games/age-gate/rules.ts).
   */
  misconception: slug.optional(),
});
export type AgeGateItem = z.infer<typeof ageGateItemSchema>;

export const ageGateSchema = z.strictObject({
  id: z.literal('age-gate'),
  items: z.array(ageGateItemSchema).min(1),
});

/** How a service's age is set (content/facts/age-limits.yaml): its own terms, a PEGI rating, or a parent's consent only. */
export type { ServiceKind } from '../lib/age-gate-items';
import type { ServiceKind } from '../lib/age-gate-items';

/**
 * An Age Gate item as the game gets it: the service's name and limit filled in from the facts file,
 * and the age under which its own pages need a parent's consent for a child's account.
 */
export interface AgeGateRound extends AgeGateItem {
  service: { name: string; kind: ServiceKind; value: number; consentUnder?: number | undefined };
}

/** What can be in a photo. The rules decide which of them must be covered before posting. */
export const photoDetailKindSchema = z.enum([
  'other-child',
  'school-badge',
  'school-name',
  'house-number',
  'street-name',
  'me',
  'tree',
  'cake',
  'dog',
  'balloon',
]);
export type PhotoDetailKind = z.infer<typeof photoDetailKindSchema>;

export const photoDetailSchema = z.strictObject({
  id: slug,
  kind: photoDetailKindSchema,
  /** Where it is in the photo (the photo is 600 by 330), for the canvas. */
  x: z.int().min(30).max(570),
  y: z.int().min(30).max(300),
  /** What it is, in words: read aloud and shown to words-only players ("Leo, at the back"). */
  label: z.string().trim().min(1).max(80),
  /** Words on a sign or a door (a house number, a street name), drawn in the photo. */
  text: z.string().trim().min(1).max(16).optional(),
  /** What Tom says if it is left in (must cover) or covered for nothing (fine to show). */
  why: z.string().trim().min(1).max(200),
});
export type PhotoDetail = z.infer<typeof photoDetailSchema>;

/**
 * Photo Check: a photo the pupil wants to post. They check each thing in it (cover it, or it is
 * fine to show), then decide to post it or not. `postable: false` is a photo nobody should post
 * however much is covered (a friend who said no, someone upset).
 */
export const photoSchema = z.strictObject({
  id: slug,
  bands: z.array(band).min(1),
  scene: z.enum(['sports-day', 'party', 'walk-home', 'school-play', 'park']),
  /** What the pupil wants to do: "You want to post this photo of you at sports day." */
  caption: z.string().trim().min(1).max(140),
  details: z.array(photoDetailSchema).min(1).max(5),
  postable: z.boolean(),
  /** What Tom says if the post decision is wrong. */
  whyPost: z.string().trim().min(1).max(200),
  /** The misconception a wrong choice about this photo shows, for the teacher's report. */
  misconception: slug,
});
export type Photo = z.infer<typeof photoSchema>;

export const photoCheckSchema = z.strictObject({
  id: z.literal('photo-check'),
  items: z.array(photoSchema).min(1),
});

/** Every game's content file, told apart by its `id`. */
export const gameContentSchema = z.discriminatedUnion('id', [kindCommentsSchema, ageGateSchema, photoCheckSchema]);
