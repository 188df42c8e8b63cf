/**
 * Every scene of every lesson has a picture a KS1 child can follow the story from, composed from
 * the art kit: the snapshots it names exist, each post's image is drawn, and the Welsh lesson
 * shows the same picture as the English one (only the words of its text alternative differ).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLessons } from './support/content';

const SNAPSHOTS = 'src/components/art/snapshots';
const languages = readdirSync('content/lessons');
const lessons = languages.flatMap((lang) => loadLessons(lang).map((lesson) => ({ lang, lesson })));

describe.each(lessons)('$lang/$lesson.id', ({ lesson }) => {
  const scenes = Object.entries(lesson.scenes);

  it('has a picture with words for it in every scene', () => {
    const missing = scenes.filter(([, s]) => !s.picture?.alt).map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it('names only snapshots the kit has, and draws every image a post describes', () => {
    const named = scenes.flatMap(([, s]) => [s.picture?.shows, s.post?.snapshot]).filter((id): id is string => id !== undefined);
    expect(named.filter((id) => !existsSync(`${SNAPSHOTS}/${id}.svelte`))).toEqual([]);
    const undrawn = scenes.filter(([, s]) => s.post?.image && !s.post.snapshot).map(([id]) => id);
    expect(undrawn).toEqual([]);
  });
});

describe.each(lessons.filter((l) => l.lang !== 'en'))('$lang/$lesson.id', ({ lesson }) => {
  it('shows the same picture as the English lesson', () => {
    const english = lessons.find((l) => l.lang === 'en' && l.lesson.id === lesson.id)?.lesson;
    expect(english).toBeDefined();
    const composition = (l: typeof lesson) =>
      Object.fromEntries(Object.entries(l.scenes).map(([id, s]) => [id, { ...s.picture, alt: undefined, snapshot: s.post?.snapshot }]));
    expect(composition(lesson)).toEqual(composition(english!));
  });
});
