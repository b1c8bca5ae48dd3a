/**
 * The build refuses bad content, names the file and the field, and leaves the previous output
 * untouched (it builds into a temporary folder and swaps only on success).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';
import { buildableTree, edit, validTree, writeTree } from '../content/fixtures.ts';

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
 * Each content folder has its own content cache: building one content folder (as the benchmark
 * does), deleting it, then building another, both succeed. With one shared cache the second build
 * failed to resolve an entry of the deleted folder. The mechanism does not depend on the amount of
 * content, so the folders are the fixture-sized site, not copies of the whole one.
 */
test('builds of different content folders, one deleted in between, do not share a cache', () => {
  const build = (content: string, out: string) =>
    spawnSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, CONTENT_DIR: content, DIST_DIR: out },
      encoding: 'utf8',
    });
  // The folders differ in an entry each, so a cache shared between them would hold an entry the
  // second folder does not have.
  const first = writeTree(edit(buildableTree(), 'glossary/term.mdx', 'term: 术语', 'term: 术语甲'));
  const second = writeTree(edit(buildableTree(), 'glossary/term.mdx', /^---\n/, '---\n# 乙\n'));
  try {
    const a = build(first, '.tmp/cache-a/dist');
    expect(a.status, a.stdout + a.stderr).toBe(0);
    rmSync(first, { recursive: true, force: true });
    const b = build(second, '.tmp/cache-b/dist');
    expect(b.status, b.stdout + b.stderr).toBe(0);
    expect(readFileSync('.tmp/cache-b/dist/glossary/index.html', 'utf8')).not.toContain('术语甲');
  } finally {
    for (const dir of ['.tmp/cache-a', '.tmp/cache-b', first, second]) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
