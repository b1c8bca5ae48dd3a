/**
 * The service worker as built: what every visitor's browser installs must stay small whatever the
 * size of the site, and a new build must be detectable without downloading the list of every file.
 */
import { readFileSync, statSync } from 'node:fs';
import { expect, test } from 'vitest';

const sw = readFileSync('dist/sw.js', 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');

test('the worker precaches the shell only: not offline.json (3 MB at 10,000 cases), at most 200 KB', () => {
  expect(precached.length).toBeGreaterThan(5);
  expect(precached).not.toContain('/offline.json');
  expect(precached).toContain('/sw-offline.js');
  const bytes = precached.reduce((n, url) => n + statSync(`dist${url}`).size, 0);
  console.log(`precached: ${precached.length} files, ${(bytes / 1024).toFixed(0)} KB`);
  expect(bytes).toBeLessThanOrEqual(200 * 1024);
});

test('sw-offline.js carries the build id of offline.json, so every build changes the worker', () => {
  const { build } = JSON.parse(readFileSync('dist/offline.json', 'utf8')) as { build: string };
  expect(build).toMatch(/^[0-9a-f]{16}$/);
  expect(readFileSync('dist/sw-offline.js', 'utf8')).toContain(`"build":"${build}"`);
});
