/**
 * A lesson page carries its lesson once, in a data block the player reads when it wakes
 * (src/components/lesson/packed.ts). No words in a lesson may end that block early.
 */
import { describe, expect, it } from 'vitest';
import { dataBlockText, packLesson, PACKED_LESSON_ID, readPackedLesson, type PackedLesson } from '../../src/components/lesson/packed';
import { loadLessons } from './support/content';

const lesson = loadLessons('en')[0]!;
const packed: PackedLesson = {
  lesson: { ...lesson, title: 'A title with </script><script>alert(1)</script> and <!-- in it' },
  art: {
    scenes: { [lesson.start]: '<svg><title>x</title></svg>' },
    posts: {},
    speakers: {},
    pictures: {},
    tom: { cheering: '', thinking: '' },
    stars: ['', '', '', ''],
  },
  strings: {} as PackedLesson['strings'],
};

/** A document with only the data block, as the browser's getElementById would find it. */
const pageWith = (text: string | null) => ({
  getElementById: (id: string) => (id === PACKED_LESSON_ID && text !== null ? ({ textContent: text } as HTMLElement) : null),
});

describe('the lesson in its data block', () => {
  it('has no "<" that could close the block, and reads back exactly', () => {
    const text = dataBlockText(packLesson(packed));
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(packed);
  });

  it('is read from the page in the browser, and from the function on the server', () => {
    const json = packLesson(packed);
    expect(readPackedLesson(null, pageWith(dataBlockText(json)))).toEqual(packed);
    expect(readPackedLesson(() => json, pageWith(null))).toEqual(packed);
  });

  it('says what is missing when a page has no data block', () => {
    expect(() => readPackedLesson(null, pageWith(null))).toThrow(`#${PACKED_LESSON_ID}`);
  });
});
