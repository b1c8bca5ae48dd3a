/**
 * The build refuses bad content, names the file and the field, and leaves the previous output
 * untouched (it builds into a temporary folder and swaps only on success).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';
import { edit, validTree, writeTree } from '../content/fixtures.ts';

test('a build with an unknown reference fails, naming file and field, and keeps the previous output', () => {
  const out = '.tmp/dist-atomic';
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/index.html`, 'previous build');

  const bad = writeTree(edit(validTree(), 'cases/sample.mdx', 'strategies: [fix]', 'strategies: [missing-strategy]'));
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, CONTENT_DIR: bad, DIST_DIR: out },
    encoding: 'utf8',
  });
  const output = result.stdout + result.stderr;
  expect(result.status).not.toBe(0);
  expect(output).toMatch(/cases\/sample\.mdx: strategies\[0\]: unknown reference "missing-strategy"/);
  expect(output).toContain('is unchanged');
  expect(readFileSync(`${out}/index.html`, 'utf8')).toBe('previous build');
});

/**
 * A real warning must not drown in noise: the build that made dist/ logged no `[WARN]` line (the
 * upstream MDX directive warning is filtered in astro.config.ts, with its issue linked).
 */
test('the build that made dist/ printed no warning', () => {
  const log = stripVTControlCharacters(readFileSync(".build/build.log", "utf8"));
  expect(log).toContain('[build] Complete!');
  expect(statSync('.build/build.log').mtimeMs).toBeGreaterThanOrEqual(statSync('dist/index.html').mtimeMs);
  expect(log.split('\n').filter((line) => /\[WARN\]|\(!\)/.test(line))).toEqual([]);
});

/**
 * Each content folder has its own content cache: building a copy of the content (as the benchmark
 * does), deleting the copy, then building the site's own content and another copy, all succeed.
 * With one shared cache the second build failed to resolve an entry of the deleted copy.
 */
test('builds of different content folders, one deleted in between, do not share a cache', () => {
  const build = (content: string | undefined, out: string) =>
    spawnSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, ...(content ? { CONTENT_DIR: content } : {}), DIST_DIR: out },
      encoding: 'utf8',
    });
  const copy = (dir: string) => {
    rmSync(dir, { recursive: true, force: true });
    cpSync('src/content', dir, { recursive: true });
    return dir;
  };
  try {
    const first = build(copy('.tmp/cache-a/content'), '.tmp/cache-a/dist');
    expect(first.status, first.stderr).toBe(0);
    rmSync('.tmp/cache-a', { recursive: true, force: true });
    const own = build(undefined, '.tmp/cache-own/dist');
    expect(own.status, own.stdout + own.stderr).toBe(0);
    const second = build(copy('.tmp/cache-b/content'), '.tmp/cache-b/dist');
    expect(second.status, second.stdout + second.stderr).toBe(0);
  } finally {
    for (const dir of ['.tmp/cache-a', '.tmp/cache-b', '.tmp/cache-own']) rmSync(dir, { recursive: true, force: true });
  }
});
