/**
 * Each age band's English text stays at its reading level: Flesch–Kincaid grade for the whole
 * lesson and for each scene's text, with the words a pupil reads or hears (facts filled in).
 * Welsh has no agreed formula; its texts are checked for sentence length instead.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readability, sentencesOf, syllables, wordsOf } from '../../src/lib/readability';
import { lessonSchema, type Lesson, type Scene } from '../../src/schemas/lesson';

/** Grade limits: KS1 text is read to and by five-year-olds; KS2 by seven- to eleven-year-olds. */
const LIMITS = {
  ks1: { lesson: 3, scene: 4.5, longestSentenceWords: 14 },
  ks2: { lesson: 6, scene: 8, longestSentenceWords: 30 },
} as const;

function load(locale: string): Lesson[] {
  return readdirSync(`content/lessons/${locale}`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => lessonSchema.parse(parse(readFileSync(`content/lessons/${locale}/${f}`, 'utf8'))));
}

function sceneTexts(scene: Scene): string[] {
  return [
    scene.text,
    scene.post?.text ?? '',
    scene.post?.image ?? '',
    ...(scene.choices ?? []).flatMap((c) => [c.text, c.feedback]),
    scene.end?.remember ?? '',
  ].filter(Boolean);
}

function lessonText(lesson: Lesson): string {
  return [...Object.values(lesson.scenes).flatMap(sceneTexts), ...lesson.pledges.map((p) => p.text)]
    .map((t) => (/[.!?]["'”’]?$/.test(t.trim()) ? t : `${t}.`))
    .join(' ');
}

describe('the readability formula', () => {
  it('counts syllables in common words', () => {
    expect(['cat', 'photo', 'happy', 'make', 'online', 'grown-up', 'beautiful', 'permission'].map(syllables)).toEqual([
      1, 2, 2, 1, 2, 2, 3, 3,
    ]);
  });

  it('counts words and sentences as a reader would', () => {
    expect(wordsOf("Sam's photo — it's {{age:whatsapp}}+!")).toEqual(["Sam's", 'photo', "it's", 'ten']);
    expect(sentencesOf('Ask first. "Is that okay?" Yes!')).toHaveLength(3);
  });

  it('ranks a KS1 sentence easier than a dense adult one', () => {
    const easy = readability('Sam has a new game. Sam asks Mum. Mum says yes.');
    const hard = readability(
      'Organisations processing personal information must demonstrate appropriate safeguards, including verification of parental authorisation.',
    );
    expect(easy.grade).toBeLessThan(1);
    expect(hard.grade).toBeGreaterThan(12);
  });
});

describe('English lessons read at their age band', () => {
  for (const lesson of load('en')) {
    const limit = LIMITS[lesson.ageBand];
    it(`${lesson.id} (${lesson.ageBand}) is at grade ${limit.lesson} or easier overall`, () => {
      expect(readability(lessonText(lesson)).grade).toBeLessThanOrEqual(limit.lesson);
    });
    it(`${lesson.id}: every scene's text is at grade ${limit.scene} or easier`, () => {
      const hard = Object.entries(lesson.scenes)
        .map(([id, scene]) => ({ id, grade: Math.round(readability(scene.text).grade * 10) / 10 }))
        .filter((s) => s.grade > limit.scene);
      expect(hard).toEqual([]);
    });
  }
});

describe('every language keeps sentences short for its age band', () => {
  for (const locale of ['en', 'cy']) {
    for (const lesson of load(locale)) {
      const limit = LIMITS[lesson.ageBand].longestSentenceWords;
      it(`${locale}/${lesson.id}: no sentence over ${limit} words`, () => {
        const long = sentencesOf(lessonText(lesson)).filter((s) => wordsOf(s).length > limit);
        expect(long).toEqual([]);
      });
    }
  }
});
