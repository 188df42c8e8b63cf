import { z } from 'zod';
import { SLUG } from '../lib/ids';

/**
 * The picture at the top of every lesson scene, composed from the art kit
 * (src/components/art/scene): a place, up to three people with the face the moment needs, and
 * the thing the scene is about (a phone, a tablet, a photo...), which can show a snapshot (a small
 * drawing in src/components/art/snapshots/<id>.svelte: the dog drawing, the sports-day photo).
 * A KS1 child follows the story from these and the spoken words; `alt` says the same in words.
 */
export const places = ['classroom', 'playground', 'home', 'bedroom', 'kitchen', 'park', 'street', 'school-hall', 'sports-field'] as const;

/**
 * Who can be in a picture: Tom, the children of the stories, "you" (the pupil, seen from behind,
 * looking at what they look at), and the grown-ups who help (drawn, not named in the text).
 */
export const people = [
  'tom',
  'you',
  'ava',
  'sam',
  'jay',
  'priya',
  'leo',
  'zara',
  'cerys',
  'osian',
  'teacher',
  'mum',
  'dad',
  'gran',
  'grandad',
] as const;

/** Things a scene can be about; those with a screen or paper show a snapshot when given one. */
export const things = ['phone', 'tablet', 'laptop', 'console', 'camera', 'photo', 'drawing', 'letter', 'poster'] as const;

export const pictureMoods = ['happy', 'sad', 'worried', 'thinking', 'cheering'] as const;

export const personSchema = z.strictObject({
  who: z.enum(people),
  mood: z.enum(pictureMoods).default('happy'),
});

export const scenePictureSchema = z
  .strictObject({
    place: z.enum(places),
    /** Left to right. "you" is drawn from behind, so the pupil looks into the scene with them. */
    people: z.array(personSchema).max(3).default([]),
    thing: z.enum(things).optional(),
    /** A snapshot id (a file in src/components/art/snapshots) drawn on the thing's screen or paper. */
    shows: z.string().regex(SLUG).optional(),
    /** The text alternative: what the picture shows, in a sentence a child would understand. */
    alt: z.string().trim().min(1).max(220),
  })
  .refine((p) => p.shows === undefined || p.thing !== undefined, {
    message: 'a picture that "shows" a snapshot needs a thing to show it on (phone, tablet, photo...)',
  })
  .refine((p) => new Set(p.people.map((x) => x.who)).size === p.people.length, {
    message: 'a person can be in a picture once',
  });

export type ScenePicture = z.infer<typeof scenePictureSchema>;
export type PicturePerson = z.infer<typeof personSchema>;
export type Place = (typeof places)[number];
export type Person = (typeof people)[number];
export type Thing = (typeof things)[number];
