import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson';
import { compareGraphs, findGraphProblems, reachableFrom } from '../../src/lib/lesson-graph';
import { checkLessonFiles } from '../../scripts/lib/check-lessons';
import { loadLesson, readFixture, fixturePath } from './support/fixtures';

const messagesFor = (name: string) => {
  const result = lessonSchema.safeParse(readFixture(name));
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('lesson graph validation', () => {
  it('accepts a sound lesson with a repair path and two endings', () => {
    const lesson = loadLesson('valid-small');
    expect(findGraphProblems(lesson)).toEqual([]);
    expect(reachableFrom(lesson, lesson.start)).toEqual(new Set(Object.keys(lesson.scenes)));
  });

  it('rejects a choice that leads nowhere, naming the choice and scene', () => {
    expect(messagesFor('broken-dangling-choice')).toContain(
      'scenes.the-photo: choice "post-it" in scene "the-photo" leads to "nowhere", which is not a scene',
    );
  });

  it('rejects a scene that cannot be reached', () => {
    expect(messagesFor('broken-unreachable-scene')).toContain('scenes.lost: scene "lost" cannot be reached from the start "the-photo"');
  });

  it('rejects scenes from which no ending can be reached', () => {
    const messages = messagesFor('broken-dead-end');
    expect(messages).toContain('scenes.loop-a: scene "loop-a" cannot reach an ending: a pupil there would be stuck');
    expect(messages).toContain('scenes.loop-b: scene "loop-b" cannot reach an ending: a pupil there would be stuck');
  });

  it('rejects an unsafe choice that names no misconception', () => {
    expect(messagesFor('broken-no-misconception')).toContain(
      'scenes.the-photo: choice "post-it" in scene "the-photo" is unsafe but names no misconception',
    );
  });

  it('rejects a scene with both choices and an end', () => {
    const lesson = structuredClone(readFixture('valid-small')) as { scenes: Record<string, Record<string, unknown>> };
    lesson.scenes['ava-says-no']!.choices = lesson.scenes['the-photo']!.choices;
    const result = lessonSchema.safeParse(lesson);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('a scene needs either choices or an end, not both and not neither');
  });

  it('rejects a missing start scene and duplicate choice ids', () => {
    const problems = findGraphProblems({
      start: 'nope',
      scenes: {
        a: {
          choices: [
            { id: 'x', safe: true, next: 'b' },
            { id: 'x', safe: true, next: 'b' },
          ],
        },
        b: { end: {} },
      },
    });
    expect(problems.map((p) => p.message)).toEqual(['start scene "nope" does not exist', 'scene "a" has two choices with the id "x"']);
  });
});

describe('translations', () => {
  const outcomeIds = new Set(['efcw.online-relationships.4-7.kind']);
  const files = (cyName: string) => [
    { path: fixturePath('valid-small'), locale: 'en', name: 'valid-small', data: readFixture('valid-small') },
    { path: 'content/lessons/cy/valid-small.yaml', locale: 'cy', name: 'valid-small', data: readFixture(cyName) },
  ];

  it('reports a translation that changes the graph, naming the file and scene', () => {
    const problems = checkLessonFiles(files('translation-changes-graph'), {
      defaultLocale: 'en',
      locales: ['en', 'cy'],
      outcomeIds,
      facts: {},
    });
    expect(problems).toEqual([
      'content/lessons/cy/valid-small.yaml: missing from the translation: the-photo: post-it -> ava-is-sad unsafe(funny-means-ok)',
      'content/lessons/cy/valid-small.yaml: only in the translation: the-photo: post-it -> ava-is-sad unsafe(doniol-yn-iawn)',
    ]);
  });

  it('accepts a translation that changes only words', () => {
    const cy = structuredClone(readFixture('valid-small')) as { title: string };
    cy.title = 'Gofyn yn gyntaf';
    const problems = checkLessonFiles([files('valid-small')[0]!, { path: 'cy.yaml', locale: 'cy', name: 'valid-small', data: cy }], {
      defaultLocale: 'en',
      locales: ['en', 'cy'],
      outcomeIds,
      facts: {},
    });
    expect(problems).toEqual([]);
  });

  it('reports an outcome that is not in the curriculum and a file named unlike its id', () => {
    const problems = checkLessonFiles(
      [{ path: 'x/en/other-name.yaml', locale: 'en', name: 'other-name', data: readFixture('valid-small') }],
      { defaultLocale: 'en', locales: ['en', 'cy'], outcomeIds: new Set(), facts: {} },
    );
    expect(problems).toEqual([
      'x/en/other-name.yaml: the file name must match the lesson id "valid-small"',
      'x/en/other-name.yaml: outcome "efcw.online-relationships.4-7.kind" is not in content/curriculum',
    ]);
  });

  it('names graph differences line by line', () => {
    const en = loadLesson('valid-small');
    expect(compareGraphs(en, en)).toEqual([]);
  });
});
