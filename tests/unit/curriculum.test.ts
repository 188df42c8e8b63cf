import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { curriculumSchema } from '../../src/schemas/curriculum';

/** The statutory text as published, kept beside the project (../shared/curriculum/). */
const shared = readFileSync('../shared/curriculum/rshe-2025-primary.md', 'utf8');

/** Section heading → numbered statements, read from the shared Markdown. */
function sharedStatements(): Map<string, string> {
  const statements = new Map<string, string>();
  for (const part of shared.split(/^## /m).slice(1)) {
    const [heading, ...lines] = part.split('\n');
    const section = heading!.split(' (')[0]!.trim();
    for (const line of lines) {
      const m = /^(\d+)\. (.+)$/.exec(line);
      if (m) statements.set(`${section}|${m[1]}`, m[2]!.trim());
    }
  }
  return statements;
}

describe('RSHE 2025 statements', () => {
  const rshe = curriculumSchema.parse(parse(readFileSync('content/curriculum/rshe-2025.yaml', 'utf8')));
  const published = sharedStatements();

  it('quote every online statement of the published guidance, word for word, with its section and number', () => {
    expect(published.size).toBeGreaterThanOrEqual(20);
    const ours = new Map(rshe.outcomes.map((o) => [`${o.strand}|${o.number}`, o.statement]));
    expect(ours).toEqual(published);
  });

  it('have ids made from their section and number', () => {
    for (const o of rshe.outcomes) {
      const slug = o.strand.toLowerCase().replace(/,/g, '').replace(/\s+/g, '-');
      expect(o.id).toBe(`rshe.${slug}.${o.number}`);
    }
  });
});
