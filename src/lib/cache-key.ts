/**
 * A short, stable digest of build data, for Astro's incremental build (astro.config.ts,
 * `experimental.incrementalBuild`): a page whose key and template code are unchanged since the last
 * build is copied from it instead of rendered. Values are hashed as JSON, so the key changes when
 * any of them does (Dates as their ISO text; key order as given).
 */
import { createHash } from 'node:crypto';

export function cacheKey(...values: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, 24);
}
