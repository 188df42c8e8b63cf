/** Reads content/ from disk and runs every check on it; used by the build and by the tests. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse } from 'yaml';
import { checkLessonFiles, type LessonFile } from '../../src/lib/content-check';
import { curriculumSchema } from '../../src/schemas/curriculum';
import { schoolSchema } from '../../src/schemas/school';
import { ageLimitsSchema } from '../../src/schemas/facts';
import type { FactLookup } from '../../src/lib/fact-tokens';
import { defaultLocale, locales } from '../../src/i18n/config';

function readYaml(path: string, problems: string[]): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
}

export function checkContent(root: string): string[] {
  const problems: string[] = [];

  const school = schoolSchema.safeParse(readYaml(join(root, 'school.yaml'), problems));
  if (!school.success) {
    for (const issue of school.error.issues) problems.push(`${join(root, 'school.yaml')} at ${issue.path.join('.')}: ${issue.message}`);
  }

  const outcomeIds = new Set<string>();
  for (const file of yamlFiles(join(root, 'curriculum'))) {
    const path = join(root, 'curriculum', file);
    const result = curriculumSchema.safeParse(readYaml(path, problems));
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${path} at ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    for (const outcome of result.data.outcomes) {
      if (outcomeIds.has(outcome.id)) problems.push(`${path}: outcome id "${outcome.id}" is used twice`);
      outcomeIds.add(outcome.id);
    }
  }

  let facts: FactLookup = {};
  const factsPath = join(root, 'facts', 'age-limits.yaml');
  if (!existsSync(factsPath)) {
    problems.push(`${factsPath}: missing: lessons read minimum ages from it`);
  } else {
    const result = ageLimitsSchema.safeParse(readYaml(factsPath, problems));
    if (result.success) facts = Object.fromEntries(result.data.services.map((s) => [s.id, s]));
    else for (const issue of result.error.issues) problems.push(`${factsPath} at ${issue.path.join('.')}: ${issue.message}`);
  }

  const lessonFiles: LessonFile[] = [];
  const lessonsDir = join(root, 'lessons');
  for (const locale of existsSync(lessonsDir) ? readdirSync(lessonsDir).sort() : []) {
    for (const file of yamlFiles(join(lessonsDir, locale))) {
      const path = join(lessonsDir, locale, file);
      const data = readYaml(path, problems);
      if (data !== undefined) lessonFiles.push({ path, locale, name: basename(file, extname(file)), data });
    }
  }
  problems.push(...checkLessonFiles(lessonFiles, { defaultLocale, locales, outcomeIds, facts }));
  return problems;
}
