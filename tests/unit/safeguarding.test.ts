/**
 * What a designated safeguarding lead signs off, checked over the real lesson files: once harm has
 * spread, a stranger makes contact or a child sees something frightening, every path from that
 * moment meets a grown-up who helps; every path lets the pupil see the other child's side.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonSchema, type Lesson } from '../../src/schemas/lesson';
import { pathAvoiding } from '../../src/lib/lesson-graph';

const read = (path: string): unknown => parse(readFileSync(path, 'utf8'));
const english: Lesson[] = readdirSync('content/lessons/en')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => lessonSchema.parse(read(`content/lessons/en/${f}`)));

/** Lessons whose story has a moment of spread, stranger contact or a frightening picture. */
const RISKY = [
  'posting-kindly-ks2',
  'sharing-images-ks2',
  'age-limits-ks1',
  'age-limits-ks2',
  'age-limits-2-ks2',
  'sharing-images-2-ks1',
  'sharing-images-2-ks2',
  'posting-kindly-2-ks2',
];

describe('pathAvoiding', () => {
  const lesson = {
    start: 'a',
    scenes: {
      a: {
        choices: [
          { id: 'x', safe: true, next: 'b' },
          { id: 'y', safe: false, misconception: 'm', next: 'c' },
        ],
      },
      b: { choices: [{ id: 'x', safe: true, next: 'end' }] },
      c: { choices: [{ id: 'x', safe: true, next: 'a' }] },
      end: { end: {} },
    },
  };
  it('finds a way round a scene, and none when every way passes it', () => {
    expect(pathAvoiding(lesson, 'a', (id) => id === 'c')).toEqual(['a', 'b', 'end']);
    expect(pathAvoiding(lesson, 'a', (id) => id === 'b')).toBeUndefined();
    expect(pathAvoiding(lesson, 'c', (id) => id === 'b')).toBeUndefined();
  });
});

describe('a grown-up helps after every risky moment', () => {
  for (const lesson of english) {
    const risky = Object.entries(lesson.scenes)
      .filter(([, s]) => s.risk)
      .map(([id]) => id);
    if (RISKY.includes(lesson.id)) {
      it(`${lesson.id} marks its risky moments`, () => {
        expect(risky.length).toBeGreaterThanOrEqual(1);
      });
    }
    for (const sceneId of risky) {
      it(`${lesson.id}: every path from "${sceneId}" (${lesson.scenes[sceneId]!.risk}) meets a grown-up who helps`, () => {
        expect(pathAvoiding(lesson, sceneId, (id) => lesson.scenes[id]!.adultHelps === true)).toBeUndefined();
      });
    }
  }
});

describe("the other child's side is on every path", () => {
  for (const lesson of english) {
    it(`${lesson.id}: every path from the start passes a scene from another child's point of view`, () => {
      const way = pathAvoiding(lesson, lesson.start, (id) => lesson.scenes[id]!.viewpoint !== undefined);
      expect(way, way && `this path never sees the other side: ${way.join(' > ')}`).toBeUndefined();
    });
  }
});
