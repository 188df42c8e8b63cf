/**
 * The school's name, route for a concern and contacts, changed in content/school.yaml alone,
 * reach every built parents' page (read from the built site, which the e2e run always has).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from './support/fixtures';
import { schoolSchema } from '../../src/schemas/school';

const school = schoolSchema.parse(parse(readFileSync('content/school.yaml', 'utf8')));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('every built parents page shows the school, and every pack its route and contacts', () => {
  const pages = files('dist').filter((f) => /[/\\]parents[/\\].*index\.html$/.test(f));
  expect(pages.length).toBeGreaterThanOrEqual(2 * 10);
  for (const page of pages) expect(readFileSync(page, 'utf8'), page).toContain(school.name);
  for (const page of pages.filter((p) => p.includes(join('parents', 'packs')))) {
    const html = readFileSync(page, 'utf8');
    const lang = page.includes(join('dist', 'cy')) ? 'cy' : 'en';
    for (const step of school.concernRoute) expect(html).toContain((step.who[lang] ?? step.who.en).replace(/'/g, '&#39;'));
    for (const c of school.contacts) expect(html).toContain((c.label[lang] ?? c.label.en).replace(/'/g, '&#39;'));
  }
});
