import { z } from 'zod';
import { localizedText } from './localized';
import { isoDate } from './date';

/** One step in the route for raising a concern, in the order a parent should follow it. */
export const concernStepSchema = z.strictObject({
  /** Who to go to, e.g. "your child's class teacher". */
  who: localizedText,
  /** When to go to them, e.g. "first", "if the concern is not sorted out". */
  when: localizedText,
});

/** What another school changes to make the site its own: content/school.yaml. */
export const schoolSchema = z.strictObject({
  /** The school's name as parents know it. */
  name: z.string().trim().min(1).max(120),
  /** The school's short motto for online life, shown on the home page. */
  motto: localizedText,
  /** The school's values; the first is shown most. */
  values: z.array(localizedText).min(1).max(8),
  /** The e-safety rule the mascot teaches. */
  goldenRule: localizedText,
  /**
   * How parents reach the school (office phone, email, website), printed in every parents' pack.
   * Printed as text only: the site never requests an address written here.
   */
  contacts: z
    .array(
      z.strictObject({
        label: localizedText,
        /** A number or address as it is (the same in every language), or a text per language. */
        value: z.union([z.string().trim().min(1).max(160), localizedText]),
      }),
    )
    .max(6)
    .default([]),
  /**
   * The role title of the person a member of staff tells when a child discloses something or they
   * are worried about a child (in England, the designated safeguarding lead). A title, never a
   * name: teacher notes say "tell the <role>".
   */
  safeguardingLead: localizedText,
  /**
   * Who staff, volunteers and governors go to, by role (titles, never names): the staff area's
   * self-check names one for each situation (src/schemas/staff.ts, StaffRole).
   */
  staffRoles: z.strictObject({
    principal: localizedText,
    eSafetyLead: localizedText,
    accountsLead: localizedText,
    lineManager: localizedText,
  }),
  /** The route for raising a concern, in order. */
  concernRoute: z.array(concernStepSchema).min(1).max(6),
  /** The policy the site teaches from, and when it was last reviewed by the school. */
  policy: z.strictObject({
    title: localizedText,
    reviewed: isoDate,
  }),
});

export type School = z.infer<typeof schoolSchema>;
