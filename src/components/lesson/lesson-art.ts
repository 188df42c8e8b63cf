/**
 * Every drawing a lesson page needs, rendered to SVG markup once, at build time. The lesson
 * island shows them with {@html}: the art kit never ships as JavaScript, so a lesson page stays
 * small however many pictures its story has. Imported only by the lesson page (server side).
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { Lesson, PictureId } from '../../schemas/lesson';
import ScenePicture from '../art/scene/ScenePicture.svelte';
import Snapshot from '../art/scene/Snapshot.svelte';
import SpeakerArt from '../art/SpeakerArt.svelte';
import Picture from '../art/Picture.svelte';
import Tom from '../art/Tom.svelte';
import Stars from '../Stars.svelte';
import { faceKey, type LessonArt } from './art-keys';

export type { LessonArt } from './art-keys';

// Svelte's server output carries hydration markers, which {@html} does not need.
const markup = <P extends Record<string, unknown>>(component: Component<P>, props: P): string =>
  render(component, { props }).body.replace(/<!--[^>]*-->/g, '');

/** `starLabels[n]` says "n out of 3 stars" in the page's language. */
export function lessonArt(lesson: Lesson, starLabels: string[]): LessonArt {
  const scenes: Record<string, string> = {};
  const posts: Record<string, string> = {};
  const speakers: Record<string, string> = {};
  const pictures: Partial<Record<PictureId, string>> = {};
  for (const [id, scene] of Object.entries(lesson.scenes)) {
    if (scene.picture) scenes[id] = markup(ScenePicture, { picture: scene.picture });
    if (scene.post?.snapshot) posts[id] = markup(Snapshot, { id: scene.post.snapshot, width: 320, label: scene.post.image ?? '' });
    speakers[faceKey(scene)] ??= markup(SpeakerArt, { speaker: scene.speaker, mood: scene.mood, size: 96 });
    for (const choice of scene.choices ?? []) {
      if (choice.picture && !pictures[choice.picture]) pictures[choice.picture] = markup(Picture, { id: choice.picture, size: 72 });
    }
  }
  return {
    scenes,
    posts,
    speakers,
    pictures,
    tom: { cheering: markup(Tom, { pose: 'cheering', size: 130 }), thinking: markup(Tom, { pose: 'thinking', size: 110 }) },
    stars: starLabels.map((label, count) => markup(Stars, { count, label, size: 48 })),
  };
}
