import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../scripts/lib/check-content';
import { lessonSchema } from '../../src/schemas/lesson';
import { schoolSchema } from '../../src/schemas/school';
import { scenesThatCanReachAnEnd } from '../../src/lib/lesson-graph';

const lessonFiles = (locale: string) => readdirSync(`content/lessons/${locale}`).filter((f) => f.endsWith('.yaml'));
const load = (locale: string, file: string) => lessonSchema.parse(parse(readFileSync(`content/lessons/${locale}/${file}`, 'utf8')));

describe('the real content', () => {
  it('passes every check the build runs', () => {
    expect(checkContent('content')).toEqual([]);
  });

  it('has at least one lesson, and every English lesson is translated into Welsh', () => {
    expect(lessonFiles('en').length).toBeGreaterThan(0);
    expect(lessonFiles('cy')).toEqual(lessonFiles('en'));
  });

  it('KS2 lessons have at least 8 scenes, three choices at each decision, and every ending reachable', () => {
    for (const file of lessonFiles('en')) {
      const lesson = load('en', file);
      if (lesson.ageBand !== 'ks2') continue;
      const scenes = Object.values(lesson.scenes);
      expect(scenes.length, file).toBeGreaterThanOrEqual(8);
      for (const scene of scenes) if (scene.choices) expect(scene.choices.length, file).toBe(3);
      expect(scenesThatCanReachAnEnd(lesson).size, file).toBe(scenes.length);
      expect(
        scenes.some((s) => s.speaker === 'tom'),
        file,
      ).toBe(true);
    }
  });

  it('the school file names the school, its rule and a route for concerns starting with the class teacher', () => {
    const school = schoolSchema.parse(parse(readFileSync('content/school.yaml', 'utf8')));
    expect(school.name).toMatch(/\S/);
    expect(school.goldenRule.en).toMatch(/tweeted/);
    expect(school.concernRoute[0]!.who.en).toMatch(/class teacher/i);
    expect(school.concernRoute[1]!.who.en).toMatch(/Phase Leader/);
  });

  it('fails with a message naming the file when a lesson is broken', () => {
    const problems = checkContent('tests/fixtures/content-broken');
    expect(problems.some((p) => p.startsWith('tests/fixtures/content-broken/lessons/en/dangling.yaml at scenes.start-here:'))).toBe(true);
    expect(problems).toContain('tests/fixtures/content-broken/school.yaml at name: Too small: expected string to have >=1 characters');
    expect(problems).toContain(
      'tests/fixtures/content-broken/packs/sharing-images/en.yaml: links lesson "photo-lesson-gone", which does not exist',
    );
    expect(problems).toContain(
      'tests/fixtures/content-broken/packs/sharing-images/cy.yaml: its shape differs from the English at activities.ks2: 2 items instead of 3',
    );
    expect(problems).toContain(
      "tests/fixtures/content-broken/packs/age-limits/en.yaml: missing (every parents' and staff document needs its English file)",
    );
    // The staff self-check: one answer per situation is the one the policy expects.
    expect(problems).toContain(
      'tests/fixtures/content-broken/staff/en.yaml at selfCheck.situations.0.options: mark exactly one option best',
    );
    // Teacher notes: missing in a language, or copied without changing the activity they name.
    expect(problems).toContain(
      'tests/fixtures/content-broken/teacher-notes/cy/dangling.yaml: missing: every lesson and game needs teacher notes in every language',
    );
    expect(problems).toContain(
      'tests/fixtures/content-broken/teacher-notes/en/dangling.yaml: names activity "posting-kindly-ks1", but the file is for "dangling"',
    );
  });
});
