import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../lib/linkcheck.ts';
import { buildableTree, writeTree } from '../content/fixtures.ts';
import { linksOf, readSite, servedFiles } from './site.ts';

const ORIGIN = 'http://localhost:4321';

describe('internal links and #fragments resolve', () => {
  test('at the site root', () => {
    const pages = readSite('dist');
    expect(findBrokenLinks(pages.map(linksOf), ORIGIN, servedFiles('dist'))).toEqual([]);
  });

  // Every link goes through one URL helper, so the base path is a mechanism: the fixture-sized
  // site (one entry of each kind, every template) proves it without building the whole site again.
  test('under a sub-path build (BASE_PATH=/sub/) of the fixture-sized site', () => {
    const out = '.tmp/dist-sub';
    rmSync(out, { recursive: true, force: true });
    const content = writeTree(buildableTree());
    try {
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        env: { ...process.env, CONTENT_DIR: content, BASE_PATH: '/sub/', SITE_URL: 'https://example.org', DIST_DIR: out },
        stdio: 'pipe',
      });
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
    expect(existsSync(`${out}/index.html`)).toBe(true);
    // Every kind of page the whole site has is in the fixture site too.
    const kinds = (dir: string, base = '/') =>
      new Set(readSite(dir, base).map((p) => p.path.slice(base.length).split('/')[0]));
    expect([...kinds('dist')].filter((k) => !kinds(out, '/sub/').has(k))).toEqual([]);
    const pages = readSite(out, '/sub/');
    const broken = findBrokenLinks(pages.map(linksOf), ORIGIN, servedFiles(out, '/sub/'));
    expect(broken).toEqual([]);
    // The canonical URL carries the site and the base.
    expect(pages.find((p) => p.path === '/sub/')?.html).toContain('href="https://example.org/sub/"');
  });
});
