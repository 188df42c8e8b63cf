import { z } from 'zod';
import { findGraphProblems } from '../lib/lesson-graph';
import { ageBands, topics } from '../lib/vocabulary';
import { SLUG, SLUG_MAX } from '../lib/ids';
import { scenePictureSchema } from './scene-picture';

/**
 * Kebab-case ids: stable across rewording and translation, so stored attempts keep their meaning.
 * The rule is the one the progress file's import checks (src/lib/ids.ts).
 */
export const slug = z.string().max(SLUG_MAX).regex(SLUG, 'use lower-case words joined by hyphens, e.g. "ask-first"');

/** The three topics of the school's social media policy. */
export const topicSchema = z.enum(topics);

/** ks1 = ages 5–7 (short, concrete words, two choices); ks2 = ages 7–11 (dilemmas, three choices). */
export const ageBandSchema = z.enum(ageBands);

/**
 * Who speaks or appears in a scene. Each id has original SVG art in src/components/art.
 * Names are the same in every language; Cerys and Osian are Welsh names, so a Welsh class meets
 * children with names like their own.
 */
export const characterSchema = z.enum(['tom', 'narrator', 'ava', 'sam', 'jay', 'priya', 'leo', 'zara', 'cerys', 'osian']);

/** How the speaker looks in this scene; the art has one pose for each. */
export const moodSchema = z.enum(['happy', 'sad', 'worried', 'thinking', 'cheering']);

/**
 * Pictograms a KS1 pupil can answer from without reading (src/components/art/Picture.svelte draws
 * each one). Add an id here and a drawing there together.
 */
export const pictureIds = [
  'ask',
  'tell-adult',
  'kind-words',
  'unkind-words',
  'laugh',
  'post',
  'dont-post',
  'camera',
  'no-camera',
  'download',
  'stop',
  'game',
  'lock',
  'home',
  'wait',
  'thumbs-up',
  'no-phone',
] as const;
export const pictureSchema = z.enum(pictureIds);

const text = (max: number) => z.string().trim().min(1).max(max);

export const choiceSchema = z.strictObject({
  /** Unique within the scene; this id, not the text, is what an attempt stores. */
  id: slug,
  /** What the pupil picks, as they would say it. */
  text: text(160),
  /** True when this is a safe, kind or sensible choice. */
  safe: z.boolean(),
  /** Tom's feedback, shown straight after the choice: says why, never just "wrong". */
  feedback: text(320),
  /** Required when `safe` is false: the misunderstanding this choice shows, for the teacher's view. */
  misconception: slug.optional(),
  /** The scene this choice leads to. */
  next: slug,
  /** A pictogram that says the same as the text: required in KS1, so a pupil who cannot read can answer. */
  picture: pictureSchema.optional(),
});

/** A message shown on a pretend phone screen in the scene: the post the story is about. */
export const postSchema = z
  .strictObject({
    author: characterSchema,
    text: text(200),
    /** A short picture-description of an image in the post, read by screen readers and read aloud. */
    image: text(160).optional(),
    /** The image itself: a snapshot drawing (src/components/art/snapshots/<id>.svelte); `image` is its text alternative. */
    snapshot: slug.optional(),
  })
  .refine((p) => p.snapshot === undefined || p.image !== undefined, {
    message: 'a post with a snapshot needs `image`, the words for it',
  });

export const endSchema = z.strictObject({
  /** One sentence the pupil can remember, shown big with the stars. */
  remember: text(140),
});

export const sceneSchema = z
  .strictObject({
    speaker: characterSchema,
    mood: moodSchema.default('happy'),
    /** What the scene looks like, composed from the art kit (src/schemas/scene-picture.ts): every scene has one. */
    picture: scenePictureSchema,
    text: text(400),
    /**
     * A story beat: every choice is fine (how the pupil wants to go on), and the page says so. A
     * scene whose choices are all safe must be marked as one; any other scene with choices is a
     * decision, with at least one choice a child would really consider that is not safe.
     */
    beat: z.literal(true).optional(),
    post: postSchema.optional(),
    /**
     * Set on a scene that replays a moment from another child's point of view ("You are Jay now"):
     * after a choice that hurt someone, the pupil sees what it was like to be on the other side.
     */
    viewpoint: characterSchema.optional(),
    /**
     * Set on the moment harm has left the group or a child meets it: a picture or message has
     * spread ("spread"), a stranger makes contact ("stranger"), or a child sees something
     * frightening ("frightening"). From here every path must pass a scene where a grown-up helps.
     */
    risk: z.enum(['spread', 'stranger', 'frightening']).optional(),
    /** Set on a scene where a trusted grown-up helps (is told, listens, acts). */
    adultHelps: z.literal(true).optional(),
    /** Two or three options (KS1: two); absent on an ending. */
    choices: z.array(choiceSchema).min(2).max(3).optional(),
    /** Present only on an ending scene. */
    end: endSchema.optional(),
    /**
     * Curriculum outcome ids (content/curriculum) that this scene teaches. Coverage follows the
     * path a pupil actually took: a statement counts as met only when their path passed a scene
     * that teaches it. Checked against content/curriculum at build time.
     */
    outcomes: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine((s) => (s.choices === undefined) !== (s.end === undefined), {
    message: 'a scene needs either choices or an end, not both and not neither',
  })
  .refine((s) => !s.choices || (s.beat === true) === s.choices.every((c) => c.safe), {
    message: 'a scene whose choices are all safe is a story beat (beat: true); a beat has no unsafe choice',
  });

export const lessonSchema = z
  .strictObject({
    id: slug,
    topic: topicSchema,
    ageBand: ageBandSchema,
    title: text(80),
    /** One or two sentences for the lesson card and the teacher. */
    summary: text(240),
    /**
     * Where the lesson comes among the stories of its topic and age band: 1 first, then 2. Tom's
     * map and "what next" follow it, so a child meets the first story of a topic first.
     */
    order: z.int().min(1).max(9).default(1),
    /** About how long the lesson takes, in minutes (the all-safe path: src/lib/lesson-minutes.ts). */
    minutes: z.int().min(1).max(60),
    /**
     * Outcome ids for the lesson as a whole. Deprecated: name outcomes on the scenes that teach
     * them; the lesson's outcomes are then the union of its scenes'.
     */
    outcomes: z.array(z.string().min(1)).min(1).optional(),
    /** The first scene's id. */
    start: slug,
    /** The scene graph, by scene id. Order here is reading order for people editing the file. */
    scenes: z.record(slug, sceneSchema),
    /**
     * Tom's pledge: at the end the pupil picks the promise they want to make, in words close to
     * their own. The id is stored with the attempt and printed on the certificate.
     */
    pledges: z
      .array(z.strictObject({ id: slug, text: text(120) }))
      .min(2)
      .max(4),
  })
  .superRefine((lesson, ctx) => {
    for (const problem of findAgeBandProblems(lesson)) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: ['scenes', problem.sceneId] });
    }
    const pledgeIds = lesson.pledges.map((p) => p.id);
    if (new Set(pledgeIds).size !== pledgeIds.length) {
      ctx.addIssue({ code: 'custom', message: 'two pledges share an id', path: ['pledges'] });
    }
    if (!lesson.outcomes && !Object.values(lesson.scenes).some((s) => s.outcomes)) {
      ctx.addIssue({ code: 'custom', message: 'no scene names the outcomes it teaches', path: ['scenes'] });
    }
    for (const problem of findGraphProblems(lesson)) {
      ctx.addIssue({
        code: 'custom',
        message: problem.message,
        path: problem.sceneId ? ['scenes', problem.sceneId] : [],
      });
    }
  });

/** KS1: two choices, each with a picture. KS2: two or three choices (three for real dilemmas). */
function findAgeBandProblems(lesson: {
  ageBand: 'ks1' | 'ks2';
  scenes: Record<string, { choices?: { id: string; picture?: string | undefined }[] | undefined }>;
}): { sceneId: string; message: string }[] {
  if (lesson.ageBand !== 'ks1') return [];
  const problems: { sceneId: string; message: string }[] = [];
  for (const [sceneId, scene] of Object.entries(lesson.scenes)) {
    const choices = scene.choices ?? [];
    if (choices.length > 2) {
      problems.push({ sceneId, message: `scene "${sceneId}" has ${choices.length} choices: a KS1 scene has two` });
    }
    for (const choice of choices.filter((c) => !c.picture)) {
      problems.push({
        sceneId,
        message: `choice "${choice.id}" in scene "${sceneId}" has no picture: every KS1 choice needs one`,
      });
    }
  }
  return problems;
}

export type Lesson = z.infer<typeof lessonSchema>;

/** Every outcome a lesson teaches somewhere: its scenes' (and, while files still have it, its own). */
export function lessonOutcomes(lesson: Pick<Lesson, 'outcomes' | 'scenes'>): string[] {
  const ids = [...(lesson.outcomes ?? []), ...Object.values(lesson.scenes).flatMap((s) => s.outcomes ?? [])];
  return [...new Set(ids)];
}
export type Scene = z.infer<typeof sceneSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Character = z.infer<typeof characterSchema>;
export type Mood = z.infer<typeof moodSchema>;
export type PictureId = z.infer<typeof pictureSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type AgeBand = z.infer<typeof ageBandSchema>;
