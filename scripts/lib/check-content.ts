/** Reads content/ from disk and runs every check on it; used by the build and by the tests. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse } from 'yaml';
import { checkLessonFiles, type LessonFile } from './check-lessons';
import { curriculumSchema } from '../../src/schemas/curriculum';
import { schoolSchema } from '../../src/schemas/school';
import { ageLimitsSchema, helplinesSchema } from '../../src/schemas/facts';
import { packSchema, parentDocsSchema, workshopSchema, packIdSchema } from '../../src/schemas/pack';
import { pupilAgreementSchema } from '../../src/schemas/agreement';
import { staffSchema } from '../../src/schemas/staff';
import { gameContentSchema } from '../../src/schemas/game';
import { teacherNotesSchema } from '../../src/schemas/teacher-notes';
import { shapeDifference } from '../../src/lib/same-shape';
import { factLookupOf, unknownFactTokens, stringsIn } from '../../src/lib/fact-tokens';
import { GAMES } from '../../src/data/game-list';
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
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
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
  const helplinesPath = join(root, 'facts', 'helplines.yaml');
  if (!existsSync(factsPath) || !existsSync(helplinesPath)) {
    problems.push(
      `${join(root, 'facts')}: age-limits.yaml and helplines.yaml are both needed: content reads ages and help lines from them`,
    );
  } else {
    const ages = ageLimitsSchema.safeParse(readYaml(factsPath, problems));
    const lines = helplinesSchema.safeParse(readYaml(helplinesPath, problems));
    if (!ages.success) for (const issue of ages.error.issues) problems.push(`${factsPath} at ${issue.path.join('.')}: ${issue.message}`);
    if (!lines.success)
      for (const issue of lines.error.issues) problems.push(`${helplinesPath} at ${issue.path.join('.')}: ${issue.message}`);
    if (ages.success && lines.success) {
      try {
        facts = factLookupOf({ ...ages.data, helplines: lines.data.helplines });
      } catch (error) {
        problems.push(`${join(root, 'facts')}: ${(error as Error).message}`);
      }
      for (const token of stringsIn(lines.data).flatMap((s) => unknownFactTokens(s, facts))) {
        problems.push(`${helplinesPath}: unknown fact {{${token}}}`);
      }
    }
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
  const lessonIds = new Set(lessonFiles.map((f) => f.name));
  problems.push(...checkParents(root, lessonIds, facts));
  problems.push(...checkGames(root, facts));
  problems.push(...checkTeacherNotes(root, lessonIds));
  return problems;
}

/**
 * Teacher notes: one file per lesson and per game in every language, valid, and naming the
 * activity its file name names (a copied file that still names the old activity would print
 * the wrong notes).
 */
export function checkTeacherNotes(root: string, lessonIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const dir = join(root, 'teacher-notes');
  const kinds = new Map<string, 'lesson' | 'game'>([
    ...[...lessonIds].map((id) => [id, 'lesson'] as const),
    ...GAMES.map((g) => [g.id, 'game'] as const),
  ]);
  for (const locale of locales) {
    for (const id of kinds.keys()) {
      const path = join(dir, locale, `${id}.yaml`);
      if (!existsSync(path)) problems.push(`${path}: missing: every lesson and game needs teacher notes in every language`);
    }
    for (const file of yamlFiles(join(dir, locale))) {
      const path = join(dir, locale, file);
      const result = teacherNotesSchema.safeParse(readYaml(path, problems));
      if (!result.success) {
        for (const issue of result.error.issues) problems.push(`${path} at ${issue.path.join('.')}: ${issue.message}`);
        continue;
      }
      const name = basename(file, extname(file));
      const kind = kinds.get(name);
      if (result.data.activity !== name) problems.push(`${path}: names activity "${result.data.activity}", but the file is for "${name}"`);
      if (!kind) problems.push(`${path}: there is no lesson or game "${name}"`);
      else if (result.data.kind !== kind) problems.push(`${path}: says kind "${result.data.kind}", but "${name}" is a ${kind}`);
    }
  }
  return problems;
}

/** The games' words: every game in every language, its schema, fact tokens, and translations' shape. */
function checkGames(root: string, facts: FactLookup): string[] {
  const problems: string[] = [];
  for (const { id } of GAMES) {
    const english = join(root, 'games', defaultLocale, `${id}.yaml`);
    if (!existsSync(english)) {
      problems.push(`${english}: missing (every game needs its English words)`);
      continue;
    }
    const base = readYaml(english, problems);
    for (const locale of locales) {
      const path = join(root, 'games', locale, `${id}.yaml`);
      if (!existsSync(path)) {
        problems.push(`${path}: missing (the game needs its words in every language)`);
        continue;
      }
      const data = locale === defaultLocale ? base : readYaml(path, problems);
      const result = gameContentSchema.safeParse(data);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push(`${path} at ${issue.path.join('.')}: ${issue.message}`);
        continue;
      }
      if (result.data.id !== id) problems.push(`${path}: the file name must match the game id "${result.data.id}"`);
      const difference = locale === defaultLocale ? undefined : shapeDifference(base, data);
      if (difference) problems.push(`${path}: its shape differs from the English at ${difference}`);
      for (const token of stringsIn(data).flatMap((s) => unknownFactTokens(s, facts))) problems.push(`${path}: unknown fact {{${token}}}`);
    }
  }
  return problems;
}

/** The parents' packs, documents, workshop, pupils' agreement and the staff area: schema, links, fact tokens, and translations' shape. */
function checkParents(root: string, lessonIds: ReadonlySet<string>, facts: FactLookup): string[] {
  const problems: string[] = [];
  const gameIds = new Set(GAMES.map((g) => g.id));
  const groups = [
    ...packIdSchema.options.map((id) => ({ dir: join(root, 'packs', id), schema: packSchema, file: (l: string) => `${l}.yaml` })),
    { dir: join(root, 'parents'), schema: parentDocsSchema, file: (l: string) => `${l}.yaml` },
    { dir: join(root, 'workshop'), schema: workshopSchema, file: (l: string) => `${l}.yaml` },
    { dir: join(root, 'agreements'), schema: pupilAgreementSchema, file: (l: string) => `${l}.yaml` },
    { dir: join(root, 'staff'), schema: staffSchema, file: (l: string) => `${l}.yaml` },
  ];
  for (const { dir, schema, file } of groups) {
    const english = join(dir, file(defaultLocale));
    if (!existsSync(english)) {
      problems.push(`${english}: missing (every parents' and staff document needs its English file)`);
      continue;
    }
    const base = readYaml(english, problems);
    for (const locale of locales) {
      const path = join(dir, file(locale));
      if (!existsSync(path)) continue;
      const data = locale === defaultLocale ? base : readYaml(path, problems);
      const result = schema.safeParse(data);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push(`${path} at ${issue.path.join('.')}: ${issue.message}`);
        continue;
      }
      const difference = locale === defaultLocale ? undefined : shapeDifference(base, data);
      if (difference) problems.push(`${path}: its shape differs from the English at ${difference}`);
      for (const token of stringsIn(data).flatMap((s) => unknownFactTokens(s, facts))) problems.push(`${path}: unknown fact {{${token}}}`);
      const learn = (data as { learn?: { lessons: string[]; games: string[] } }).learn;
      for (const id of learn?.lessons ?? []) if (!lessonIds.has(id)) problems.push(`${path}: links lesson "${id}", which does not exist`);
      for (const id of learn?.games ?? []) if (!gameIds.has(id)) problems.push(`${path}: links game "${id}", which does not exist`);
    }
  }
  return problems;
}
