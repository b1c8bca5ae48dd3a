/**
 * Names of the caches the service worker and the "save the whole site" control share. Both sides
 * import these, so a page the reader saved is found by the worker's strategy for it. Names carry
 * the base path: two sites on one origin (`/a/` and `/b/` on a static host) never share a cache.
 */
import { normaliseBase } from '../urls.ts';

/** The cache names for a site served under `base`. */
export interface CacheNames {
  /** Workbox's cacheId: prefixes the precache of the shell (CSS, scripts, offline page, icons). */
  id: string;
  /** HTML pages, network first. */
  pages: string;
  /** The search index: its meta file, facet table, shards and fragments. */
  search: string;
  /** Everything else of our own: data shards, downloads, hashed assets not in the precache. */
  assets: string;
}

/**
 * The cache id for `base`: `ickb:/` at the root, `ickb:/docs/kb/` under `/docs/kb/`. The base is
 * kept whole (slashes included), so no site's names are a prefix of another's.
 */
export function cacheId(base: string): string {
  return `ickb:${normaliseBase(base)}`;
}

/** Every cache name for a site served under `base`. */
export function cacheNames(base: string): CacheNames {
  const id = cacheId(base);
  return { id, pages: `${id}-pages`, search: `${id}-search`, assets: `${id}-assets` };
}

/** Whether a cache name belongs to the site under `base` (for removing what was saved). */
export function ownsCache(base: string, name: string): boolean {
  const id = cacheId(base);
  return name === id || name.startsWith(`${id}-`);
}
