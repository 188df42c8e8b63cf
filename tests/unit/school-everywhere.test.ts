/**
 * A school changes its name, contacts and concern route in content/school.yaml alone: no other
 * source or content file may write them, and every built parents' page shows them.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
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

  it.runIf(existsSync('dist/en/parents/index.html'))(
    'every built parents page shows the name, and every pack the route and contacts',
    () => {
      const pages = files(join('dist')).filter((f) => /[/\\]parents[/\\].*index\.html$/.test(f));
      expect(pages.length).toBeGreaterThanOrEqual(2 * 10);
      for (const page of pages) expect(readFileSync(page, 'utf8'), page).toContain(school.name);
      for (const page of pages.filter((p) => p.includes(join('parents', 'packs')))) {
        const html = readFileSync(page, 'utf8');
        const lang = page.includes(`${join('dist', 'cy')}`) ? 'cy' : 'en';
        for (const step of school.concernRoute) expect(html).toContain((step.who[lang] ?? step.who.en).replace(/'/g, '&#39;'));
        for (const c of school.contacts) expect(html).toContain((c.label[lang] ?? c.label.en).replace(/'/g, '&#39;'));
      }
    },
  );
});
