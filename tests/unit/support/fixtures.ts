import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lessonSchema, type Lesson } from '../../../src/schemas/lesson';

export const fixturePath = (name: string) => `tests/fixtures/lessons/${name}.yaml`;
export const readFixture = (name: string): unknown => parse(readFileSync(fixturePath(name), 'utf8'));
export const loadLesson = (name: string): Lesson => lessonSchema.parse(readFixture(name));
