/**
 * The shape of a lesson's pre-rendered art and the keys into it. Shared by the build
 * (lesson-art.ts) and the island, so it imports nothing that draws.
 */
import type { Lesson, PictureId } from '../../schemas/lesson';

export const faceKey = (scene: { speaker: string; mood: string }) => `${scene.speaker}/${scene.mood}`;

export interface LessonArt {
  /** Scene id -> the scene's picture. */
  scenes: Record<string, string>;
  /** Scene id -> the image in the scene's post, labelled with the post's `image` words. */
  posts: Record<string, string>;
  /** "speaker/mood" -> the speaker's face beside their words (decorative: the name is written). */
  speakers: Record<string, string>;
  /** Pictogram id -> the pictogram on a KS1 choice (decorative: the choice's words say it). */
  pictures: Partial<Record<PictureId, string>>;
  /** Tom as he appears after a choice and at the end. */
  tom: { cheering?: string; thinking?: string };
  /** The stars a finished lesson earns (index: how many), each labelled in words. */
  stars: string[];
}

/**
 * Only what the lesson's first scene shows (and Tom, who greets a pupil coming back to finish).
 * This much goes in the page; the rest is fetched from the lesson's art.json once the page is
 * live. A whole story's drawings in the page made it 200 kB of markup (16 kB over the wire),
 * which held back the first paint on a slow phone.
 */
export function startArt(art: LessonArt, lesson: Lesson): LessonArt {
  const scene = lesson.scenes[lesson.start];
  const pick = <T extends string>(from: Partial<Record<T, string>>, keys: T[]): Partial<Record<T, string>> =>
    Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]])) as Partial<Record<T, string>>;
  return {
    scenes: pick(art.scenes, [lesson.start]) as Record<string, string>,
    posts: pick(art.posts, [lesson.start]) as Record<string, string>,
    speakers: scene ? (pick(art.speakers, [faceKey(scene)]) as Record<string, string>) : {},
    pictures: pick(
      art.pictures,
      (scene?.choices ?? []).flatMap((c) => (c.picture ? [c.picture] : [])),
    ),
    tom: art.tom.cheering === undefined ? {} : { cheering: art.tom.cheering },
    stars: [],
  };
}
