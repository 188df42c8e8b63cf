/**
 * A school changes its name, contacts and concern route in content/school.yaml alone: no other
 * source or content file may write them (tests/e2e/school-everywhere.spec.ts checks the built pages).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { schoolSchema } from '../../src/schemas/school';

const school = schoolSchema.parse(parse(readFileSync('content/school.yaml', 'utf8')));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the school is named in one file', () => {
  it('no other content or source file writes the school name or its route', () => {
    const others = [...files('content'), ...files('src')].filter((f) => f !== join('content', 'school.yaml'));
    const steps = school.concernRoute.map((s) => s.who.en);
    const offenders = others.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text.includes(school.name) || steps.some((who) => text.includes(who));
    });
    expect(offenders).toEqual([]);
  });
});
