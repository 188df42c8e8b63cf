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
  /** minimum-age: the age the service's terms require; pegi: the game's PEGI age rating. */
  kind: z.enum(['minimum-age', 'pegi']),
  value: z.int().min(0).max(21),
  /** One short sentence for teachers and parents: a recent change, or what younger children may use. */
  note: localizedText.optional(),
  /** Where the value was read, so anyone can check it again. */
  source: z.strictObject({ title: z.string().trim().min(1), url: z.url() }),
  /** When someone last checked the value against the source; tests fail a year later. */
  checkedOn: isoDate,
});

/** content/facts/age-limits.yaml */
export const ageLimitsSchema = z
  .strictObject({ services: z.array(serviceFactSchema).min(1) })
  .refine((f) => new Set(f.services.map((s) => s.id)).size === f.services.length, {
    message: 'two services share an id',
  });

export type ServiceFact = z.infer<typeof serviceFactSchema>;
export type AgeLimits = z.infer<typeof ageLimitsSchema>;
