import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../lib/linkcheck.ts';
import { SUBPATH } from '../support/nginx.ts';
import { subpathDist } from '../support/subpath-build.ts';
import { linksOf, readSite, servedFiles } from './site.ts';

const ORIGIN = 'http://localhost:4321';

describe('internal links and #fragments resolve', () => {
  test('at the site root', () => {
    const pages = readSite('dist');
    expect(findBrokenLinks(pages.map(linksOf), ORIGIN, servedFiles('dist'))).toEqual([]);
  });

  // The whole site built under /cjrh/ (the folder the nginx tests serve too; npm test builds it once).
  test('under a sub-path build (BASE_PATH=/cjrh/)', () => {
    const out = subpathDist();
    expect(existsSync(`${out}/index.html`)).toBe(true);
    const pages = readSite(out, SUBPATH);
    const broken = findBrokenLinks(pages.map(linksOf), ORIGIN, servedFiles(out, SUBPATH));
    expect(broken).toEqual([]);
    // The canonical URL carries the site and the base.
    const home = pages.find((p) => p.path === SUBPATH);
    expect(home?.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      new RegExp(`^https?://[^/]+${SUBPATH}$`),
    );
  });
});
