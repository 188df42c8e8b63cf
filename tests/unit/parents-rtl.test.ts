/**
 * Right-to-left languages: the parents' pages set direction only through the html dir attribute
 * (from src/i18n/config.ts) and logical CSS properties, so an Arabic or Urdu translation flips
 * the layout with no CSS changes. This fails on any physical left/right property in their styles.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const PHYSICAL = /\b(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/m;

describe("the parents' area is ready for right-to-left languages", () => {
  it('uses logical CSS properties only', () => {
    const styled = [
      ...files('src/pages/[lang]/parents'),
      ...files('src/components/parents'),
      'src/styles/print-doc.css',
      'src/components/ConcernRoute.astro',
    ];
    const offenders = styled.filter((f) => PHYSICAL.test(readFileSync(f, 'utf8')));
    expect(styled.length).toBeGreaterThan(8);
    expect(offenders).toEqual([]);
  });

  it('the check catches a physical property', () => {
    expect(PHYSICAL.test('.x { margin-left: 1rem }')).toBe(true);
    expect(PHYSICAL.test('.x { text-align: right }')).toBe(true);
    expect(PHYSICAL.test('.x { margin-inline-start: 1rem; inset-inline-end: 0 }')).toBe(false);
  });
});
