/**
 * A lesson page carries only its first scene's drawings; the rest come from art.json. The first
 * scene must have everything it shows, and nothing from later scenes may weigh down the page.
 */
import { describe, expect, it } from 'vitest';
import { faceKey, startArt, type LessonArt } from '../../src/components/lesson/art-keys';
import { loadLessons } from './support/content';

describe('the drawings in a lesson page', () => {
  for (const lesson of loadLessons('en')) {
    it(`${lesson.id}: the first scene's, and no others`, () => {
      // Stand-in markup naming each drawing, so the test sees which were picked.
      const whole: LessonArt = {
        scenes: {},
        posts: {},
        speakers: {},
        pictures: {},
        tom: { cheering: 'tom-c', thinking: 'tom-t' },
        stars: ['0', '1', '2', '3'],
      };
      for (const [id, scene] of Object.entries(lesson.scenes)) {
        if (scene.picture) whole.scenes[id] = `scene:${id}`;
        if (scene.post?.snapshot) whole.posts[id] = `post:${id}`;
        whole.speakers[faceKey(scene)] = `face:${faceKey(scene)}`;
        for (const c of scene.choices ?? []) if (c.picture) whole.pictures[c.picture] = `picture:${c.picture}`;
      }
      const first = lesson.scenes[lesson.start]!;
      const page = startArt(whole, lesson);

      expect(Object.keys(page.scenes)).toEqual(first.picture ? [lesson.start] : []);
      expect(Object.keys(page.posts)).toEqual(first.post?.snapshot ? [lesson.start] : []);
      expect(Object.keys(page.speakers)).toEqual([faceKey(first)]);
      expect(new Set(Object.keys(page.pictures))).toEqual(new Set((first.choices ?? []).flatMap((c) => (c.picture ? [c.picture] : []))));
      expect(page.tom).toEqual({ cheering: 'tom-c' });
      expect(page.stars).toEqual([]);
    });
  }
});
