import { z } from 'zod';
import { pictureSchema } from './lesson';

/**
 * content/agreements/<lang>.yaml: the pupils' Acceptable Use agreement in a child's words, one
 * version for 5–7s (ks1) and one for 7–11s (ks2). The school's policy asks for it to be signed
 * before a pupil uses the internet in school; each version prints on one A4 sheet with lines to
 * sign at home (child, grown-up) and at school (teacher). A translation keeps the English file's
 * shape (same number of promises, same pictures): only words differ.
 */
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * One "I" promise and the pictogram that says it (drawn in src/components/art/Picture.svelte):
 * required in KS1, so a child who cannot read yet knows which promise is which.
 */
const promise = (max: number, picture: boolean) =>
  z.strictObject({ text: text(max), picture: picture ? pictureSchema : pictureSchema.optional() });

/** One version of the agreement, for an age band. */
const band = (min: number, max: number, length: number, picture: boolean) =>
  z.strictObject({
    /** The heading on the sheet, in the child's words. */
    title: text(80),
    /** Read aloud to the child before the promises: one or two short sentences. */
    intro: text(200),
    /** "I" promises, each one short enough to read aloud in one breath for its age band. */
    promises: z.array(promise(length, picture)).min(min).max(max),
  });

export const pupilAgreementSchema = z.strictObject({
  /** The page's title in the parents' area and on the teachers' home ("The pupils' agreement"). */
  title: text(80),
  /** For the grown-ups: what the agreement is, and that it is signed before internet use in school. */
  forGrownUps: text(400),
  /** KS1: five or six short promises. KS2: eight to ten. */
  bands: z.strictObject({ ks1: band(5, 6, 110, true), ks2: band(8, 10, 240, false) }),
  /** The labels of the signature lines, grouped by where they are signed. */
  signatures: z.strictObject({
    homeHeading: text(60),
    child: text(40),
    grownUp: text(40),
    schoolHeading: text(60),
    teacher: text(40),
    date: text(30),
  }),
});
export type PupilAgreement = z.infer<typeof pupilAgreementSchema>;
export type AgreementBand = keyof PupilAgreement['bands'];
