/**
 * Reading a built site (or any folder) from the tests: one walker for every check that lists
 * files, and one reader of served assets for the page-weight checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, as `/`-separated paths relative to it, sorted. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Reads a file of the built site in `dir` by its URL path (`/_astro/x.js`); undefined when absent. */
export function assetReader(dir = 'dist'): (path: string) => string | undefined {
  return (path) => {
    const file = `${dir}${decodeURIComponent(path)}`;
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
}
