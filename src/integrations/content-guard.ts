import type { AstroIntegration } from 'astro';
import { assertContent } from '../lib/content/content-check.ts';

/**
 * Stops `astro build` and `astro dev` before anything renders when content is bad. Astro itself
 * validates each entry against its schema but only logs a reference to a missing entry; this check
 * fails on both, naming the file and the field.
 */
export function contentGuard(root: string): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': () => {
        assertContent(root);
      },
    },
  };
}
