/**
 * The content layer's cache folder for a content folder. The content layer (its data store) records
 * each entry's file path and keeps entries whose content is unchanged. Shared between content
 * folders, a build of `src/content` after a benchmark reused entries that pointed into the
 * benchmark's deleted copy and failed to resolve them; so each content folder gets a cache of its own.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

export const SITE_CONTENT = './src/content';

export function contentCacheDir(contentDir: string): string {
  return contentDir === SITE_CONTENT
    ? './node_modules/.astro'
    : `./node_modules/.astro-content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`;
}
