/** The real lesson files, read and checked as the site reads them. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { lessonSchema, type Lesson } from '../../../src/schemas/lesson';

export function loadLessons(lang: string): Lesson[] {
  return readdirSync(`content/lessons/${lang}`)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => lessonSchema.parse(parse(readFileSync(`content/lessons/${lang}/${f}`, 'utf8'))));
}
