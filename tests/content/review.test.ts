/**
 * `npm run content:review` over a fixture tree: the entry past its next review is listed first with
 * its file, entries not yet due are left out, and the collections' default intervals apply.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { readReviewItems } from '../../src/lib/content/review-items.ts';
import { edit, validTree, writeTree } from './fixtures.ts';

/** The valid tree with one guide last reviewed long ago. */
const tree = () => edit(validTree(), 'guides/intro.mdx', 'reviewed: 2026-11-30', 'reviewed: 2025-06-01');

test('every guidance entry and policy of the tree is read with its file and interval', () => {
  const { items, errors } = readReviewItems(writeTree(tree()));
  expect(errors).toEqual([]);
  const byFile = new Map(items.map((i) => [i.file.replace(/^.*kb-content-[^/]+\//, ''), i]));
  expect([...byFile.keys()].sort()).toEqual([
    'dimensions/alpha.mdx',
    'dimensions/beta.mdx',
    'guides/intro.mdx',
    'playbooks/alpha.yaml',
    'playbooks/beta.yaml',
    'policies/law.mdx',
    'problems/gap.mdx',
    'strategies/fix.mdx',
  ]);
  expect(byFile.get('guides/intro.mdx')).toMatchObject({ title: '指南', reviewed: '2025-06-01', reviewEvery: 12 });
});

test('the command lists the overdue entry first, with its file, and leaves out what is not due', () => {
  const root = writeTree(tree());
  const run = spawnSync(process.execPath, ['scripts/content-review.ts', '--today', '2026-12-04', '--days', '30'], {
    env: { ...process.env, CONTENT_DIR: root },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/^2026-06-01 {2}待复核，已过期 186 天 {2}.*guides\/intro\.mdx {2}指南$/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe('2026-12-04：1 项在 30 天内到期或已过期（其中 1 项待复核）');
});

test('a malformed --today is refused, not ignored', () => {
  const run = spawnSync(process.execPath, ['scripts/content-review.ts', '--today', '2026-13-01'], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('"2026-13-01"');
});
