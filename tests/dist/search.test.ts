/**
 * Search and the case browser over the built site: no page carries search code on load (Pagefind
 * arrives by import() when a reader searches), the index covers every page that may be indexed,
 * and the case browser's data stays small per case and per request. Page weights in general are
 * budgeted in budgets.test.ts; the bytes a query or a filter downloads in tests/e2e/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../lib/budget.ts';
import { assetReader } from '../lib/files.ts';
import { readSite } from './site.ts';
import { readFragments } from '../../src/lib/search/fragment.ts';
import { decodePageInfos } from '../../src/lib/search/rank.ts';
import { FACETS_FILE } from '../../src/lib/search/facet-file.ts';
import { chunksFor, compareWords, pagefindCbor, readChunk } from '../../src/lib/search/pagefind-format.ts';
import { readSiteMeta } from '../../src/integrations/pagefind.ts';
import { decodeCaseIndex, type CaseIndex } from '../../src/lib/facets.ts';

/** The search facet table as the build wrote it (gzip-compressed JSON). */
const searchFacets = () =>
  JSON.parse(gunzipSync(readFileSync(`dist/pagefind/${FACETS_FILE}`)).toString('utf8')) as CaseIndex & {
    language: string;
    titles: string;
  };

const pages = readSite('dist');
const read = assetReader('dist');

describe('no search code on load', () => {
  test.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
    const { assets } = pageWeight(page.path, page.html, read);
    const scripts = assets.filter((a) => a.endsWith('.js'));
    expect(scripts.filter((a) => /search-engine|pagefind/.test(a))).toEqual([]);
    for (const a of scripts) expect(read(a), a).not.toMatch(/pagefind-entry|\.pf_meta/);
  });
});

describe('the search index', () => {
  const fragments = readdirSync('dist/pagefind/fragment').flatMap((f) =>
    readFragments(f, readFileSync(`dist/pagefind/fragment/${f}`)).map(([, fragment]) => fragment),
  );
  const urls = new Set(fragments.map((f) => f.url));

  test('covers every page except those that ask not to be indexed (404, search)', () => {
    const expected = pages
      .filter((p) => !p.html.includes('<meta name="robots" content="noindex">'))
      .map((p) => p.path);
    expect(expected.filter((path) => !urls.has(path))).toEqual([]);
    expect(urls.has('/404.html')).toBe(false);
    expect(urls.has('/search/')).toBe(false);
  });

  const indexed = pages.filter((p) => !p.html.includes('<meta name="robots" content="noindex">'));

  test('the weights are in the markup: every indexed page’s title weighs 10, its lead 3', () => {
    const missing = indexed.flatMap((p) => {
      const root = parse(p.html);
      const h1 = root.querySelector('main h1');
      const lead = root.querySelector('main p.lead');
      return [
        h1?.getAttribute('data-pagefind-weight') === '10' ? [] : [`${p.path} h1`],
        !lead || lead.getAttribute('data-pagefind-weight') === '3' ? [] : [`${p.path} p.lead`],
      ].flat();
    });
    expect(indexed.length).toBeGreaterThan(100);
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
    expect(fragments.filter((f) => f.content.includes('\u200B')).map((f) => f.url)).toEqual([]);
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

  const meta = readSiteMeta('dist/pagefind');

  test('pagefind/ holds only what the search page reads: no runtime, UI or filter index', () => {
    expect(readdirSync('dist/pagefind').sort()).toEqual(
      ['fragment', 'index', 'pagefind-entry.json', `pagefind.${meta.language}.pf_meta`, FACETS_FILE].sort(),
    );
  });

  test('its facet table has a row per page of the meta file, and places every title', () => {
    const table = searchFacets();
    expect(table.language).toBe(meta.language);
    const infos = decodePageInfos(
      table.titles,
      meta.pages.map((p) => p.words),
    );
    expect(infos).toHaveLength(meta.pages.length);
    expect(decodeCaseIndex(table)).toHaveLength(meta.pages.length);
    expect(infos.filter((p) => p.titleLength === 0)).toEqual([]);
  });

  test('its meta file names every fragment, once', () => {
    const hashes = new Set(meta.pages.map((p) => p.hash));
    const files = readdirSync('dist/pagefind/fragment').map((f) => f.replace(/\.pf_fragment$/, ''));
    expect(hashes.size).toBe(meta.pages.length);
    expect(meta.pages.length).toBe(fragments.length);
    expect(files.filter((f) => !hashes.has(f))).toEqual([]);
  });

  test('its chunks decode: ordered ranges, words within them, positions within their pages', () => {
    const chunks = meta.chunks.map((c) => {
      const file = `dist/pagefind/index/${c.hash}.pf_index`;
      return { ...c, words: readChunk(file, pagefindCbor(file, gunzipSync(readFileSync(file)))) };
    });
    expect(chunks.length).toBe(readdirSync('dist/pagefind/index').length);
    const problems: string[] = [];
    chunks.forEach((c, i) => {
      const next = chunks[i + 1];
      if (next && compareWords(c.to, next.from) >= 0) problems.push(`${c.hash}: ${c.to} ≥ ${next.from}`);
      for (const [word, pages] of c.words) {
        if (compareWords(word, c.from) < 0 || (next && compareWords(word, next.from) >= 0))
          problems.push(`${c.hash}: ${word} outside ${c.from}–${next?.from ?? '…'}`);
        for (const [page, at] of pages) {
          const words = meta.pages[page]?.words ?? -1;
          if (at.some((p) => p >= words)) problems.push(`${word} on page ${page}: a position beyond ${words}`);
        }
      }
    });
    expect(problems).toEqual([]);
  });

  test('a title’s first pair stands where the facet table places the title (positions read as the build counted them)', () => {
    const table = searchFacets();
    const infos = decodePageInfos(table.titles, []);
    const chunkOf = new Map<string, ReturnType<typeof readChunk>>();
    const lookupPair = (pair: string) => {
      const chunk = chunksFor(meta.chunks, pair, false)[0];
      if (!chunk) return undefined;
      let words = chunkOf.get(chunk.hash);
      if (!words) {
        const file = `dist/pagefind/index/${chunk.hash}.pf_index`;
        words = readChunk(file, pagefindCbor(file, gunzipSync(readFileSync(file))));
        chunkOf.set(chunk.hash, words);
      }
      return words.get(pair);
    };
    const byHash = new Map(
      readdirSync('dist/pagefind/fragment').flatMap((f) => readFragments(f.replace(/\.pf_fragment$/, ''), readFileSync(`dist/pagefind/fragment/${f}`))),
    );
    let checked = 0;
    const wrong = meta.pages.flatMap((p, i) => {
      const title = byHash.get(p.hash)?.meta['title'] ?? '';
      const pair = /^\p{Script=Han}{2}/u.exec(title)?.[0];
      if (!pair) return [];
      checked++;
      const at = lookupPair(pair)?.get(i) ?? [];
      return at.includes(infos[i]?.titleStart ?? -1) ? [] : [`${title}: ${pair} at ${at.join(' ')}, title at ${infos[i]?.titleStart}`];
    });
    expect(checked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
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
