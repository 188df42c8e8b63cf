/**
 * Fails `astro build` and `astro dev` when content is broken, naming the file and scene: lessons
 * that do not parse, graphs that lead nowhere, translations whose graph differs, outcomes that
 * are not in the curriculum.
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
        logger.info('lessons, curriculum and school settings are valid');
      },
    },
  };
}
