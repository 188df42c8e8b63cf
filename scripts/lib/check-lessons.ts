/**
 * Checks that need more than one content file at a time: a lesson's file name matches its id,
 * a translation keeps the original's graph, and every outcome a lesson names exists.
 * Each problem names the file (and scene), so a broken lesson fails the build with a message
 * an author can act on.
 */
import { lessonOutcomes, lessonSchema, type Lesson } from '../../src/schemas/lesson';
import { compareGraphs } from '../../src/lib/lesson-graph';
import { stringsIn, unknownFactTokens, type FactLookup } from '../../src/lib/fact-tokens';

export interface LessonFile {
  /** Path shown in messages, e.g. content/lessons/cy/posting-kindly-ks2.yaml. */
  path: string;
  locale: string;
  /** File name without extension. */
  name: string;
  data: unknown;
}

export interface CheckOptions {
  defaultLocale: string;
  locales: readonly string[];
  outcomeIds: ReadonlySet<string>;
  /** Services in content/facts, for the {{age:...}} tokens lessons use. */
  facts: FactLookup;
}

export function checkLessonFiles(files: readonly LessonFile[], options: CheckOptions): string[] {
  const problems: string[] = [];
  const parsed = new Map<string, Lesson>();

  for (const file of files) {
    if (!options.locales.includes(file.locale)) {
      problems.push(`${file.path}: "${file.locale}" is not one of the site's languages (${options.locales.join(', ')})`);
      continue;
    }
    const result = lessonSchema.safeParse(file.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        problems.push(`${file.path}${where}: ${issue.message}`);
      }
      continue;
    }
    const lesson = result.data;
    if (lesson.id !== file.name) {
      problems.push(`${file.path}: the file name must match the lesson id "${lesson.id}"`);
    }
    for (const outcome of lessonOutcomes(lesson)) {
      if (!options.outcomeIds.has(outcome)) {
        problems.push(`${file.path}: outcome "${outcome}" is not in content/curriculum`);
      }
    }
    for (const token of new Set(stringsIn(lesson).flatMap((t) => unknownFactTokens(t, options.facts)))) {
      problems.push(`${file.path}: {{${token}}} names a service that is not in content/facts/age-limits.yaml`);
    }
    parsed.set(`${file.locale}/${file.name}`, lesson);
  }

  for (const file of files) {
    if (file.locale === options.defaultLocale) continue;
    const translation = parsed.get(`${file.locale}/${file.name}`);
    if (!translation) continue;
    const original = parsed.get(`${options.defaultLocale}/${file.name}`);
    if (!original) {
      problems.push(`${file.path}: there is no ${options.defaultLocale} lesson with this name to translate`);
      continue;
    }
    for (const difference of translationDifferences(original, translation)) {
      problems.push(`${file.path}: ${difference}`);
    }
  }
  return problems;
}

/** Everything but the words must match between a lesson and its translation. */
export function translationDifferences(original: Lesson, translation: Lesson): string[] {
  const differences = compareGraphs(original, translation);
  for (const key of ['id', 'topic', 'ageBand', 'minutes'] as const) {
    if (original[key] !== translation[key]) {
      differences.push(`${key} is "${String(translation[key])}" but the original has "${String(original[key])}"`);
    }
  }
  if (original.pledges.map((p) => p.id).join() !== translation.pledges.map((p) => p.id).join()) {
    differences.push('pledge ids differ from the original');
  }
  if ((original.outcomes ?? []).join() !== (translation.outcomes ?? []).join()) {
    differences.push('outcomes differ from the original');
  }
  for (const [sceneId, scene] of Object.entries(original.scenes)) {
    const other = translation.scenes[sceneId];
    if (!other) continue;
    if (other.speaker !== scene.speaker || other.mood !== scene.mood) {
      differences.push(`scene "${sceneId}" has a different speaker or mood from the original`);
    }
    if (other.post?.author !== scene.post?.author) {
      differences.push(`scene "${sceneId}" has a different post author from the original`);
    }
    if ((other.outcomes ?? []).join() !== (scene.outcomes ?? []).join()) {
      differences.push(`scene "${sceneId}" names different outcomes from the original`);
    }
    if (other.risk !== scene.risk || other.adultHelps !== scene.adultHelps) {
      differences.push(`scene "${sceneId}" marks a different risk or grown-up from the original`);
    }
    if (other.viewpoint !== scene.viewpoint) {
      differences.push(`scene "${sceneId}" has a different viewpoint from the original`);
    }
    scene.choices?.forEach((choice) => {
      if (other.choices?.find((c) => c.id === choice.id)?.picture !== choice.picture) {
        differences.push(`choice "${choice.id}" in scene "${sceneId}" has a different picture from the original`);
      }
    });
  }
  return differences;
}
