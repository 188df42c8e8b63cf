import { z } from 'zod';
import { isoDate } from './date';
import { localizedText } from './localized';

/**
 * One fact that changes over time: a service's minimum age in its terms, or a game's PEGI rating.
 * Lessons write {{age:<id>}} and read the value from here, so a change is made in one place.
 */
export const serviceFactSchema = z.strictObject({
  /** Stable kebab-case id that lessons name, e.g. whatsapp. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The service's own name, as users see it. */
  name: z.string().trim().min(1),
  /**
   * minimum-age: the age the service's terms require; pegi: the game's PEGI age rating (advice for
   * families, enforced only when a shop sells a boxed game); parental-consent: no minimum age, but a
   * child needs a parent's consent (see `consent`), as Roblox's terms say. For parental-consent,
   * `value` is 0.
   */
  kind: z.enum(['minimum-age', 'pegi', 'parental-consent']),
  value: z.int().min(0).max(21),
  /**
   * The age under which the service needs a parent's consent for a child's own account, from the
   * service's own help or terms (Epic's and Microsoft's accounts for under-13s, Roblox for under-18s).
   * Age Gate's answer for a younger child is "ask a grown-up first".
   */
  consent: z
    .strictObject({ under: z.int().min(1).max(21), source: z.strictObject({ title: z.string().trim().min(1), url: z.url() }) })
    .optional(),
  /** One short sentence for teachers and parents: a recent change, or what younger children may use. */
  note: localizedText.optional(),
  /** Where the value was read, so anyone can check it again. */
  source: z.strictObject({ title: z.string().trim().min(1), url: z.url() }),
  /** When someone last checked the value against the source; tests fail a year later. */
  checkedOn: isoDate,
});

/**
 * An age set by law, not by a service: the UK digital age of consent (13, Data Protection Act 2018).
 * Content writes {{law:<id>}}; it is never taken from a platform's own minimum age.
 */
export const lawFactSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** What the law sets, in each language. */
  name: localizedText,
  value: z.int().min(0).max(21),
  /** One sentence for teachers and parents: what the age means. */
  note: localizedText,
  source: z.strictObject({ title: z.string().trim().min(1), url: z.url() }),
  checkedOn: isoDate,
});
export type LawFact = z.infer<typeof lawFactSchema>;

/** content/facts/age-limits.yaml: services' ages and ratings, and ages set by law. */
export const ageLimitsSchema = z
  .strictObject({ services: z.array(serviceFactSchema).min(1), laws: z.array(lawFactSchema).default([]) })
  .refine((f) => f.services.every((s) => s.kind !== 'parental-consent' || (s.consent && s.value === 0)), {
    message: 'a parental-consent service has value 0 and says under which age a parent must consent (`consent`)',
  })
  .refine((f) => new Set(f.services.map((s) => s.id)).size === f.services.length, {
    message: 'two services share an id',
  });

export type ServiceFact = z.infer<typeof serviceFactSchema>;

/**
 * A help line a child can call when they cannot tell a grown-up they know. Content writes
 * {{phone:childline}} and {{name:childline}}; pupils' pages, lesson endings, teacher notes and
 * parents' packs all read the same entry.
 */
export const helplineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Its own name, the same in every language. */
  name: z.string().trim().min(1),
  /** As the service writes it, e.g. "0800 1111". */
  phone: z.string().regex(/^[0-9 ]+$/),
  /** Its own website, printed as text for grown-ups (never fetched or linked from pupils' pages). */
  url: z.url(),
  /** Who it is for and when it is open, in each language. */
  about: localizedText,
  /** The languages whose pupils are told about it; absent: every language. */
  locales: z.array(z.string()).optional(),
  source: z.strictObject({ title: z.string().trim().min(1), url: z.url() }),
  checkedOn: isoDate,
});
export type Helpline = z.infer<typeof helplineSchema>;

/** content/facts/helplines.yaml */
export const helplinesSchema = z.strictObject({
  helplines: z.array(helplineSchema).min(1),
  /**
   * What every pupil hears about getting help. ks1: the simple rule for ages 5–7 ("tell a grown-up
   * you trust; if they don't listen, tell another"); ks2: the same, with the help lines.
   */
  tellSomeone: z.strictObject({ ks1: localizedText, ks2: localizedText }),
});
export type Helplines = z.infer<typeof helplinesSchema>;
