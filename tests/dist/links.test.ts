import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../lib/linkcheck.ts';
import { linksOf, readSite, servedFiles } from './site.ts';

const ORIGIN = 'http://localhost:4321';

describe('internal links and #fragments resolve', () => {
  test('at the site root', () => {
    const pages = readSite('dist');
    expect(findBrokenLinks(pages.map(linksOf), ORIGIN, servedFiles('dist'))).toEqual([]);
  });

  test('under a sub-path build (BASE_PATH=/sub/)', () => {
    const out = '.tmp/dist-sub';
    rmSync(out, { recursive: true, force: true });
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, BASE_PATH: '/sub/', SITE_URL: 'https://example.org', DIST_DIR: out },
      stdio: 'pipe',
    });
    expect(existsSync(`${out}/index.html`)).toBe(true);
    const pages = readSite(out, '/sub/');
    const broken = findBrokenLinks(pages.map(linksOf), ORIGIN, servedFiles(out, '/sub/'));
    expect(broken).toEqual([]);
    // The canonical URL carries the site and the base.
    expect(pages.find((p) => p.path === '/sub/')?.html).toContain('href="https://example.org/sub/"');
  });
});
