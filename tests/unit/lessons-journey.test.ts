/**
 * The whole set of lessons: every topic in both age bands, every path walked, facts in date, and
 * each lesson tied to the curriculum statements it teaches.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonOutcomes, lessonSchema, topicSchema, ageBandSchema, type Lesson } from '../../src/schemas/lesson';
import { ageLimitsSchema, helplinesSchema } from '../../src/schemas/facts';
import { curriculumSchema } from '../../src/schemas/curriculum';
import { compareGraphs } from '../../src/lib/lesson-graph';
import { factLookupOf, factTokens, fillFacts, fillFactsDeep, stringsIn } from '../../src/lib/fact-tokens';

const read = (path: string): unknown => parse(readFileSync(path, 'utf8'));
const lessons = (locale: string): Lesson[] =>
  readdirSync(`content/lessons/${locale}`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => lessonSchema.parse(read(`content/lessons/${locale}/${f}`)));
const english = lessons('en');
const welsh = new Map(lessons('cy').map((l) => [l.id, l]));

interface Walk {
  endings: Set<string>;
  choices: Set<string>;
  /** Scenes reached where a pupil could go no further: no choices and no ending, or a choice to nowhere. */
  stuck: string[];
  /** Scenes where the pupil's choice changes what happens next. */
  branches: number;
}

/**
 * Everything a pupil can reach from the start, following every choice (a graph walk, not a list of
 * paths: with loops and repair branches a lesson has hundreds of thousands of paths).
 */
function walk(lesson: Lesson): Walk {
  const result: Walk = { endings: new Set(), choices: new Set(), stuck: [], branches: 0 };
  const seen = new Set<string>();
  const queue = [lesson.start];
  while (queue.length > 0) {
    const sceneId = queue.shift()!;
    if (seen.has(sceneId)) continue;
    seen.add(sceneId);
    const scene = lesson.scenes[sceneId];
    if (!scene) {
      result.stuck.push(sceneId);
      continue;
    }
    if (scene.end) {
      result.endings.add(sceneId);
      continue;
    }
    if (!scene.choices || scene.choices.length === 0) {
      result.stuck.push(sceneId);
      continue;
    }
    if (new Set(scene.choices.map((c) => c.next)).size > 1) result.branches += 1;
    for (const choice of scene.choices) {
      result.choices.add(`${sceneId}/${choice.id}`);
      expect(choice.feedback.trim().length, `${lesson.id} ${sceneId}/${choice.id} feedback`).toBeGreaterThan(0);
      queue.push(choice.next);
    }
  }
  return result;
}

describe('the lessons cover every topic in both age bands', () => {
  for (const topic of topicSchema.options) {
    for (const band of ageBandSchema.options) {
      it(`${topic}, ${band}: a lesson in English and Welsh`, () => {
        const found = english.filter((l) => l.topic === topic && l.ageBand === band);
        expect(found.length).toBeGreaterThanOrEqual(1);
        for (const lesson of found) expect(welsh.has(lesson.id)).toBe(true);
      });
    }
  }
});

describe('every path of every lesson', () => {
  for (const lesson of english) {
    it(`${lesson.id}: every scene, choice and ending can be reached, and no pupil gets stuck`, () => {
      const result = walk(lesson);
      expect(result.stuck).toEqual([]);
      const endings = Object.entries(lesson.scenes)
        .filter(([, s]) => s.end)
        .map(([id]) => id);
      expect([...result.endings].sort()).toEqual(endings.sort());
      const choices = Object.entries(lesson.scenes).flatMap(([id, s]) => (s.choices ?? []).map((c) => `${id}/${c.id}`));
      expect([...result.choices].sort()).toEqual(choices.sort());
      expect(result.branches).toBeGreaterThan(1);
    });

    it(`${lesson.id}: the Welsh lesson has the same graph`, () => {
      expect(compareGraphs(lesson, welsh.get(lesson.id)!)).toEqual([]);
    });

    it(`${lesson.id}: the size and shape its age band needs`, () => {
      const scenes = Object.values(lesson.scenes);
      if (lesson.ageBand === 'ks1') {
        expect(scenes.length).toBeGreaterThanOrEqual(5);
        for (const scene of scenes) {
          for (const choice of scene.choices ?? []) expect(choice.picture, choice.id).toBeDefined();
        }
      } else {
        expect(scenes.length).toBeGreaterThanOrEqual(8);
        // After a choice that hurts someone, the pupil replays it from the other child's side.
        const viewpoints = Object.entries(lesson.scenes)
          .filter(([, s]) => s.viewpoint)
          .map(([id]) => id);
        expect(viewpoints.length).toBeGreaterThanOrEqual(1);
        const ledFromUnsafe = scenes.flatMap((s) => (s.choices ?? []).filter((c) => !c.safe).map((c) => c.next));
        expect(viewpoints.some((id) => ledFromUnsafe.includes(id))).toBe(true);
      }
    });
  }
});

describe('facts that change', () => {
  const facts = ageLimitsSchema.parse(read('content/facts/age-limits.yaml'));
  const lines = helplinesSchema.parse(read('content/facts/helplines.yaml'));
  const lookup = factLookupOf({ ...facts, helplines: lines.helplines });

  it('were each checked against their source within the last year: ages, laws and help lines', () => {
    const yearAgo = new Date(Date.now() - 365 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const dated = [...facts.services, ...facts.laws, ...lines.helplines];
    expect(dated.map((f) => f.id)).toEqual(expect.arrayContaining(['digital-age-of-consent', 'childline', 'meic']));
    const stale = dated.filter((s) => s.checkedOn < yearAgo).map((s) => `${s.id} (checked ${s.checkedOn})`);
    expect(stale).toEqual([]);
  });

  it('keep the law apart from any platform: the digital age of consent is its own fact, from the Act', () => {
    const law = facts.laws.find((l) => l.id === 'digital-age-of-consent')!;
    expect(law.value).toBe(13);
    expect(law.source.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
    expect(fillFacts('{{law:digital-age-of-consent}}', lookup)).toBe('13');
    expect(fillFacts('{{phone:childline}} {{phone:meic}}', lookup)).toBe('0800 1111 080 880 23456');
  });

  it('are never typed into a lesson as numbers: lessons name them, and every name resolves', () => {
    const tokens = [...english, ...welsh.values()].flatMap((l) => stringsIn(l).flatMap(factTokens));
    expect(tokens.length).toBeGreaterThan(0);
    for (const lesson of [...english, ...welsh.values()]) {
      expect(stringsIn(fillFactsDeep(lesson, lookup)).join(' ')).not.toMatch(/\{\{/);
    }
  });
});

describe('curriculum links', () => {
  const outcomes = new Map(
    readdirSync('content/curriculum')
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => curriculumSchema.parse(read(`content/curriculum/${f}`)).outcomes)
      .map((o) => [o.id, o]),
  );

  for (const lesson of english) {
    it(`${lesson.id} names Education for a Connected World statements for its own age band`, () => {
      const named = lessonOutcomes(lesson).map((id) => outcomes.get(id)!);
      const efcw = named.filter((o) => o.id.startsWith('efcw.'));
      expect(efcw.length).toBeGreaterThanOrEqual(1);
      for (const o of efcw) expect(o.ageBand).toBe(lesson.ageBand === 'ks1' ? '4-7' : '7-11');
    });
  }
});
