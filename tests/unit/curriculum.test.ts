import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { curriculumSchema } from '../../src/schemas/curriculum';
import { lessonSchema } from '../../src/schemas/lesson';
import { GAMES } from '../../src/data/game-list';

/** Each game's meta, as the report reads it (src/data/report.ts). */

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

describe('what the activities teach', () => {
  const rshe = curriculumSchema.parse(parse(readFileSync('content/curriculum/rshe-2025.yaml', 'utf8')));
  // Scene by scene (never the deprecated whole-lesson list), and each game's meta.
  const taught = new Set<string>();
  for (const file of globSync('content/lessons/en/*.yaml')) {
    const lesson = lessonSchema.parse(parse(readFileSync(file, 'utf8')));
    for (const scene of Object.values(lesson.scenes)) scene.outcomes?.forEach((id) => taught.add(id));
  }
  for (const game of GAMES) game.outcomes.forEach((id) => taught.add(id));

  it('teach every RSHE "Online safety and awareness" statement in at least one scene or game', () => {
    const online = rshe.outcomes.filter((o) => o.id.startsWith('rshe.online-safety-and-awareness.'));
    expect(online).toHaveLength(6);
    expect(online.filter((o) => !taught.has(o.id)).map((o) => o.id)).toEqual([]);
  });
});
