/**
 * The search index is incremental (src/lib/search/indexer.ts): a rebuild of the fixture-sized site
 * after one case changed parses again only the pages whose `<main>` changed, and writes the same
 * bytes as a cold build of the changed site (the record cache emptied first).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { buildableTree, writeTree } from '../content/fixtures.ts';
import { contentCacheDir } from '../../src/lib/cache-dir.ts';
import { htmlFiles, INDEX_DIR, isNoindex, mainOf } from '../../src/lib/search/indexer.ts';
import { RENDERED_DIR } from '../../src/lib/diagrams/cache.ts';

const content = writeTree(buildableTree());
const out = '.tmp/search-index-cache';
// The fixture's generated diagrams are drawn into the site's cache; removed afterwards, or the next
// run's mermaid test finds drawings no page of the site uses.
const drawn = new Set(readdirSync(RENDERED_DIR));
afterAll(() => {
  for (const name of readdirSync(RENDERED_DIR)) if (!drawn.has(name)) rmSync(join(RENDERED_DIR, name));
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  rmSync(contentCacheDir(content), { recursive: true, force: true });
});

/** Builds the fixture site into `dist`; returns what the indexer said (pages, parsed). */
function build(dist: string): { pages: number; parsed: number } {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist },
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  // Astro colours its log when the environment asks for it (CI does): read the text without colour.
  const said = /\[search-index\] (\d+) pages \((\d+) parsed/.exec(stripVTControlCharacters(result.stdout));
  expect(said, result.stdout).not.toBeNull();
  return { pages: Number(said?.[1]), parsed: Number(said?.[2]) };
}

/** Every file of a build's index, by path. */
const indexOf = (dist: string) =>
  Object.fromEntries(
    readdirSync(join(dist, INDEX_DIR), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.bin'))
      .sort()
      .map((f) => [f, readFileSync(join(dist, INDEX_DIR, f)).toString('base64')]),
  );

/** Each indexed page's `<main>`, by file (pages that ask not to be indexed are not read). */
const mains = (dist: string) =>
  new Map(
    htmlFiles(dist)
      .map((f) => [f, readFileSync(join(dist, f), 'utf8')] as const)
      .filter(([, html]) => !isNoindex(html))
      .map(([f, html]) => [f, mainOf(html)]),
  );

test('a rebuild after one case changed parses only the pages it changed and writes what a cold build writes', () => {
  const first = build(`${out}/warm`);
  expect(first.parsed).toBe(first.pages);
  const before = mains(`${out}/warm`);
  const firstIndex = indexOf(`${out}/warm`);

  const file = join(content, 'cases', 'sample.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('齐荣还欠缺。', '齐荣还欠缺。企业导师每月到校一次。'));
  const rebuilt = build(`${out}/warm`);
  const after = mains(`${out}/warm`);
  const changed = [...after].filter(([f, main]) => before.get(f) !== main).map(([f]) => f);
  // The case page, and the pages that print the size of a file holding every case (the cases
  // handbook's Word file on /cases/ and on the handbook's cover, the open data on /data/).
  expect(changed).toContain('cases/sample/index.html');
  expect(changed.length, changed.join(' ')).toBeLessThanOrEqual(4);
  expect(rebuilt).toEqual({ pages: first.pages, parsed: changed.length });
  const warmIndex = indexOf(`${out}/warm`);
  expect(warmIndex).not.toEqual(firstIndex);

  rmSync(join(contentCacheDir(content), 'search-index'), { recursive: true, force: true });
  const cold = build(`${out}/cold`);
  expect(cold).toEqual({ pages: first.pages, parsed: first.pages });
  expect(indexOf(`${out}/cold`)).toEqual(warmIndex);
});
