/**
 * Search and the case browser over the built site: no page carries search code on load (the engine
 * arrives by import() when a reader searches), the index covers every page that may be indexed,
 * every file of it decodes, and every page's postings are what that page's own markup gives (the
 * equivalence of index and pages, in the fast layer); the case browser's data stays small per case
 * and per request. Page weights in general are budgeted in budgets.test.ts; the bytes a query or a
 * filter downloads in tests/e2e/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../lib/budget.ts';
import { assetReader } from '../lib/files.ts';
import { readSite } from './site.ts';
import { readContentTree } from '../../src/lib/content/content-check.ts';
import { FACETS_FILE, readFacetTable } from '../../src/lib/search/facet-file.ts';
import { extractPage } from '../../src/lib/search/extract.ts';
import { compareKeys, readFragment, readMeta, readShard, type Shard } from '../../src/lib/search/index-format.ts';
import {
  glossaryRecord,
  INDEX_DIR,
  isNoindex,
  mainOf,
  META_FILE,
  pageRecord,
  type PageRecord,
} from '../../src/lib/search/indexer.ts';
import type { GlossaryEntry } from '../../src/lib/search/fields.ts';

const dir = `dist/${INDEX_DIR}`;
const file = (path: string) => gunzipSync(readFileSync(`${dir}/${path}`));
const meta = readMeta(META_FILE, file(META_FILE));
const table = readFacetTable(FACETS_FILE, file(FACETS_FILE));
const fragments = meta.pages.map((p) => readFragment(p.fragment, file(`fragment/${p.fragment}.bin`)));

const pages = readSite('dist');
const read = assetReader('dist');

describe('no search code on load', () => {
  test.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
    const { assets } = pageWeight(page.path, page.html, read);
    const scripts = assets.filter((a) => a.endsWith('.js'));
    expect(scripts.filter((a) => /search-engine|index-reader|pagefind/.test(a))).toEqual([]);
    for (const a of scripts) expect(read(a), a).not.toMatch(/search-index\/|meta\.bin/);
  });
});

describe('the search index', () => {
  const urls = new Set(fragments.map((f) => f.url));
  const indexed = pages.filter((p) => !isNoindex(p.html));

  test('covers every page except those that ask not to be indexed (404, search)', () => {
    expect(indexed.length).toBeGreaterThan(100);
    expect(indexed.map((p) => p.path).filter((path) => !urls.has(path))).toEqual([]);
    expect(urls.has('/404.html')).toBe(false);
    expect(urls.has('/search/')).toBe(false);
  });

  test('the weights are in the markup for stock Pagefind: every indexed page’s title weighs 10, its lead 3', () => {
    const missing = indexed.flatMap((p) => {
      const root = parse(p.html);
      const h1 = root.querySelector('main h1');
      const lead = root.querySelector('main p.lead');
      return [
        h1?.getAttribute('data-pagefind-weight') === '10' ? [] : [`${p.path} h1`],
        !lead || lead.getAttribute('data-pagefind-weight') === '3' ? [] : [`${p.path} p.lead`],
      ].flat();
    });
    expect(missing).toEqual([]);
  });

  test('navigation inside a page (pagers, contents, jump lists) is marked not to be indexed', () => {
    const unmarked = indexed.flatMap((p) =>
      parse(p.html)
        .querySelectorAll('main nav')
        .filter((nav) => !nav.closest('[data-pagefind-ignore]'))
        .map((nav) => `${p.path} nav[aria-label="${nav.getAttribute('aria-label') ?? ''}"]`),
    );
    expect(indexed.filter((p) => parse(p.html).querySelector('main nav')).length).toBeGreaterThan(10);
    expect(unmarked).toEqual([]);
  });

  test('has a record for every glossary term', () => {
    const terms = readdirSync('src/content/glossary').filter((f) => /^[^_].*\.mdx?$/.test(f));
    expect(fragments.filter((f) => f.url.startsWith('/glossary/#'))).toHaveLength(terms.length);
  });

  test('stored page text carries no word boundaries, and a problem’s readers’ words are indexed with it', () => {
    expect(fragments.filter((f) => /\u200B|\s{2}/.test(f.content)).map((f) => f.url)).toEqual([]);
    const loose = fragments.find((f) => f.url === '/problems/loose-cooperation/');
    expect(loose?.content).toContain('合作不深入');
  });

  test('the facts panels of cases and policies are not indexed (labels ran into values in excerpts)', () => {
    const policy = fragments.find((f) => f.url === '/policies/teacher-practice-2016/');
    expect(policy?.content).toBeDefined();
    expect(policy?.content).not.toContain('发文机关');
    const kase = fragments.find((f) => f.url === '/cases/cnc-base-parts-queue/');
    expect(kase?.content).toBeDefined();
    expect(kase?.content).not.toMatch(/院校\s*东北某高职院校/);
  });

  test('search-index/ holds the meta file, the facet table, and the shards and fragments the meta file names', () => {
    expect(readdirSync(dir).sort()).toEqual(['facets.bin', 'fragment', 'meta.bin', 'shard']);
    const names = (folder: string) => readdirSync(`${dir}/${folder}`).sort();
    expect(names('fragment')).toEqual([...new Set(meta.pages.map((p) => `${p.fragment}.bin`))].sort());
    expect(names('fragment')).toHaveLength(meta.pages.length);
    expect(names('shard')).toEqual(meta.shards.map((s) => `${s.file}.bin`).sort());
  });

  test('its facet table is of this build, has a row per page and places every title', () => {
    expect(table.build).toBe(meta.build);
    expect(table.pages).toBe(meta.pages.length);
    const unplaced = meta.pages.flatMap((p, i) => (table.info(i, p.words).titleLength ? [] : [fragments[i]?.url]));
    expect(unplaced).toEqual([]);
    const cases = meta.pages.filter((_, i) => table.values(i)['type']?.[0] === 'case').length;
    expect(cases).toBeGreaterThan(30);
  });
});

describe('every shard decodes, and every page’s postings are what its own markup gives', () => {
  const shards: Shard[] = meta.shards.map((s) => readShard(s.file, file(`shard/${s.file}.bin`)));
  /** What the index holds: per page number, key → positions. */
  const byPage = new Map<number, Map<string, number[]>>();
  shards.forEach((shard) =>
    shard.keys.forEach((key, i) => {
      for (const [page, at] of shard.postings(i)) {
        let keys = byPage.get(page);
        if (!keys) byPage.set(page, (keys = new Map()));
        keys.set(key, [...at]);
      }
    }),
  );

  test('shards are in key order, each key inside its shard’s range, positions inside their page', () => {
    const problems: string[] = [];
    shards.forEach((shard, i) => {
      const next = meta.shards[i + 1]?.from;
      if (shard.keys[0] !== meta.shards[i]?.from) problems.push(`${shard.name} starts at ${shard.keys[0]}, not ${meta.shards[i]?.from}`);
      const last = shard.keys.at(-1);
      if (next !== undefined && last !== undefined && compareKeys(last, next) >= 0) problems.push(`${shard.name}: ${last} ≥ ${next}`);
    });
    for (const [page, keys] of byPage) {
      const words = meta.pages[page]?.words ?? -1;
      for (const [key, at] of keys) if (at.some((p) => p >= words)) problems.push(`${key} on page ${page}: beyond ${words}`);
    }
    expect(shards.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  /** The record each page and glossary term gives when indexed from its own markup now. */
  const expected = new Map<string, PageRecord>();
  for (const p of pages) {
    if (isNoindex(p.html)) continue;
    const extracted = extractPage(mainOf(p.html), /<title>([^<]*)<\/title>/.exec(p.html)?.[1]);
    if (extracted) expected.set(p.path, pageRecord(p.path, extracted));
  }
  for (const entry of readContentTree('src/content', ['glossary']).files) {
    const record = glossaryRecord(entry as unknown as GlossaryEntry);
    expected.set(record.url, record);
  }

  test.each(fragments.map((f, page) => [f.url, page] as const))('%s', (url, page) => {
    const record = expected.get(url);
    expect(record, `no page or glossary term for ${url}`).toBeDefined();
    if (!record) return;
    let at = 0;
    const own = new Map(record.keys.map((k, i) => [k, [...record.positions.subarray(at, (at += record.counts[i] ?? 0))]]));
    expect(byPage.get(page) ?? new Map()).toEqual(own);
    expect(meta.pages[page]?.words).toBe(record.words);
    expect(meta.pages[page]?.fragment).toBe(record.fragmentName);
    expect(table.info(page, record.words)).toMatchObject({ titleStart: record.titleStart, titleLength: record.titleLength });
    // And where the title stands is where the index holds its first pair (read independently).
    const pair = /^\p{Script=Han}{2}/u.exec(fragments[page]?.meta['title'] ?? '')?.[0];
    if (pair) expect(byPage.get(page)?.get(pair)).toContain(record.titleStart);
  });
});

describe('the case browser’s data', () => {
  const index = JSON.parse(readFileSync('dist/cases/facets.json', 'utf8')) as { codes: string; widths: number[] };
  const stride = index.widths.reduce((a, b) => a + b, 0);
  const shards = readdirSync('dist/cases/data');
  const rows = (f: string) => JSON.parse(readFileSync(`dist/cases/data/${f}`, 'utf8')) as string[][];

  test('the facet index has one entry of at most 8 characters per case', () => {
    expect(stride).toBeLessThanOrEqual(8);
    expect(index.codes.length / stride).toBe(shards.reduce((n, f) => n + rows(f).length, 0));
  });

  test('the facet index holds no case titles: codes and facet labels only', () => {
    const text = readFileSync('dist/cases/facets.json', 'utf8');
    expect(shards.flatMap((f) => rows(f).map((r) => r[1] ?? '')).filter((t) => text.includes(t))).toEqual([]);
  });

  test.each(shards)('shard %s holds one page of cards, under 8 KB gzip', (f) => {
    expect(rows(f).length).toBeLessThanOrEqual(12);
    expect(gzipSync(readFileSync(`dist/cases/data/${f}`)).length).toBeLessThanOrEqual(8 * 1024);
  });
});
