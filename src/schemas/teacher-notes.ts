import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A teacher's notes for one lesson or game: content/teacher-notes/<lang>/<activity-id>.yaml,
 * printed as one A4 page at /<lang>/teachers/lessons/<id>/ (or /games/<id>/). The learning
 * intentions are not written here: they are the curriculum statements the activity's scenes name.
 * What to do if a child discloses something is the same for every activity and comes from the
 * school's settings and the help-lines file, so it is not written here either.
 */
export const teacherNotesSchema = z.strictObject({
  /** The lesson or game id; the file name must match. */
  activity: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: z.enum(['lesson', 'game']),
  /** What happens in it, in two to four sentences a teacher can read in the corridor. */
  overview: text(600),
  /** The story or the round in order: the moments a class will talk about, one line each. */
  sequence: z.array(text(300)).min(2).max(10),
  /** Words to teach or check first, each with a meaning a child would understand. */
  keyWords: z
    .array(z.strictObject({ word: text(40), meaning: text(200) }))
    .min(3)
    .max(8),
  /** Questions for the class, open rather than yes/no. */
  discussion: z.array(text(240)).min(3).max(8),
  /** How to adapt it. */
  adapt: z.strictObject({
    /** For younger pupils or a class that finds it hard. */
    younger: text(400),
    /** For older pupils or a class that wants more. */
    older: text(400),
    /** For pupils with special educational needs and disabilities. */
    send: text(400),
  }),
  /** What may touch a child's own life (a child who is being bullied, a child with an account), and how to handle it. */
  sensitivities: z.array(text(400)).min(1).max(6),
});

export type TeacherNotes = z.infer<typeof teacherNotesSchema>;
