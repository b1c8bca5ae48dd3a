import { expect, test } from 'vitest';
import { contentCacheDir } from './cache-dir.ts';

test('the site keeps Astro’s cache folder; every other content folder gets one of its own', () => {
  expect(contentCacheDir('./src/content')).toBe('./node_modules/.astro');
  const bench = contentCacheDir('.tmp/bench-content-10');
  expect(bench).toMatch(/^\.\/node_modules\/\.astro-content-[0-9a-f]{12}$/);
  expect(contentCacheDir('.tmp/bench-content-20')).not.toBe(bench);
  expect(contentCacheDir(`${process.cwd()}/.tmp/bench-content-10`)).toBe(bench);
});
