/**
 * Fails `astro build` and `astro dev` when content is broken, naming the file and scene: the
 * school's settings, the curriculum, the facts files, lessons (schema, graph, outcomes, fact
 * tokens, translations' graph), the parents' packs, documents and workshop, and the games' words
 * (scripts/lib/check-content.ts lists every check).
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../scripts/lib/check-content';

export function contentCheck(): AstroIntegration {
  return {
    name: 'terrific-tom:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = checkContent('content');
        if (problems.length > 0) {
          throw new Error(`Content has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
        }
        logger.info("school, curriculum, facts, lessons, parents' packs, the staff area and games' words are valid");
      },
    },
  };
}
