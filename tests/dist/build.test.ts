/**
 * The build refuses bad content, names the file and the field, and leaves the previous output
 * untouched (it builds into a temporary folder and swaps only on success).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
