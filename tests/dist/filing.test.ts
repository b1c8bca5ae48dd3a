/**
 * The filing numbers in the footer appear only when the build configures them: none in dist/
 * (built without), both on every page of the site built again with ICP_FILING and PSB_FILING. That
 * build is of the site's own content (the fixture tree of tests/content/ lacks what the assessment
 * pages need to build), so it also shares dist/'s incremental-build cache: a case page copied from
 * the cache without the numbers would fail here. Also the tags of a share card and the dual-engine
 * hint, on every page of dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { imageSize } from './png-size.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { MIIT_FILING_URL } from '../../src/lib/config/filing.ts';
import { readSite, type BuiltPage } from './site.ts';

const LABEL = t('deploy.filing.label');
const ICP = '京ICP备12345678号-1';
const PSB = '京公网安备11010502000001号';

/** The filing links of a page, as [text, href]. */
function filingLinks(page: BuiltPage): [string, string][] {
  return page.root
    .querySelectorAll(`footer [aria-label="${LABEL}"] a`)
    .map((a) => [a.textContent.trim(), a.getAttribute('href') ?? '']);
}

const pages = readSite('dist');

test('without configuration no page shows a filing number or links to a filing site', () => {
  expect(pages.length).toBeGreaterThan(100);
  for (const page of pages) {
    expect(page.root.querySelector(`[aria-label="${LABEL}"]`), page.path).toBeNull();
    expect(page.html, page.path).not.toContain('beian.');
  }
});

describe('a build with ICP_FILING and PSB_FILING', () => {
  const out = '.tmp/dist-filing';
  let built: BuiltPage[];
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, DIST_DIR: out, ICP_FILING: ICP, PSB_FILING: PSB },
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    built = readSite(out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('every page shows both numbers in the footer, each linked to its filing site', () => {
    expect(built.length).toBe(pages.length);
    for (const page of built) {
      expect(filingLinks(page), page.path).toEqual([
        [ICP, MIIT_FILING_URL],
        [PSB, 'https://beian.mps.gov.cn/#/query/webSearch?code=11010502000001'],
      ]);
    }
  });
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
  const meta = (selector: string) => page.root.querySelector(selector)?.getAttribute('content');

  test('asks dual-engine browsers for their WebKit/Blink engine', () => {
    expect(meta('meta[name="renderer"]')).toBe('webkit');
  });

  test('carries a share card: title, description and an absolute image of at least 300 px', () => {
    expect(meta('meta[property="og:title"]')?.length).toBeGreaterThan(0);
    expect(meta('meta[property="og:description"]')?.length).toBeGreaterThan(0);
    const image = meta('meta[property="og:image"]') ?? '';
    expect(image).toMatch(/^https?:\/\/[^/]+\/share\.png$/);
    expect(Number(meta('meta[property="og:image:width"]'))).toBeGreaterThanOrEqual(300);
  });
});

test('the share image is a PNG of the size the pages announce', () => {
  expect(existsSync('dist/share.png')).toBe(true);
  const size = imageSize(readFileSync('dist/share.png'));
  expect(size).toEqual({ width: 600, height: 600 });
});
