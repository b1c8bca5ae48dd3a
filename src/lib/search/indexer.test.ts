import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { validTree, writeTree } from '../../../tests/content/fixtures.ts';
import { readFacetTable } from './facet-file.ts';
import { extractPage } from './extract.ts';
import { compareKeys, lookupIn, readFragment, readMeta, readShard } from './index-format.ts';
import {
  assembleIndex,
  glossaryRecord,
  htmlFiles,
  indexerVersion,
  indexSite,
  KeyDictionary,
  pageRecord,
  pageUrl,
  RecordCache,
  tableFacets,
  titlePlace,
  type PageRecord,
} from './indexer.ts';

const page = (main: string, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>页</title>${head}</head><body><header>页头</header>` +
  `<main id="main" data-pagefind-body>${main}</main><footer>页脚</footer></body></html>`;

const record = (url: string, main: string) => {
  const x = extractPage(`<main data-pagefind-body>${main}</main>`);
  if (!x) throw new Error(`no body in ${main}`);
  return pageRecord(url, x);
};

/** A record's postings as key → positions. */
const postingsOf = (r: PageRecord) => {
  let at = 0;
  return new Map(r.keys.map((k, i) => [k, [...r.positions.subarray(at, (at += r.counts[i] ?? 0))]]));
};

describe('titlePlace', () => {
  test.each([
    ['the title after navigation text', ['导航', '校企', '企合', '合作.', '正文'], ['校企', '企合', '合作'], [1, 3]],
    [
      'a title whose last word carries the block’s closing mark',
      ['合成', '案例', '1109.', '正文'],
      ['合成', '案例', '1109'],
      [0, 3],
    ],
    ['a title the text does not hold', ['校企', '企合'], ['别的'], [0, 0]],
    ['no title', ['校企'], [], [0, 0]],
  ])('%s', (_, words, title, [titleStart, titleLength]) => {
    expect(titlePlace(words, title)).toEqual({ titleStart, titleLength });
  });
});

describe('pageRecord', () => {
  const r = record(
    '/cases/a/',
    '<div hidden data-pagefind-ignore><span data-pagefind-filter="type">case</span>' +
      '<span data-pagefind-filter="industry">new-energy</span>' +
      '<span data-pagefind-meta="title">现代学徒</span><span data-pagefind-meta="year">2021</span></div>' +
      '<h1>现代学徒</h1><p>现代学徒制 AI</p>',
  );

  test('files every position under its keys, keys sorted', () => {
    expect(r.words).toBe(10);
    expect([...postingsOf(r)]).toEqual(
      [
        ['现代', [0, 4]],
        ['代学', [1, 5]],
        ['学徒', [2, 6]],
        ['徒', [3]],
        ['徒制', [7]],
        ['制', [8]],
        ['ai', [9]],
      ].sort(([a], [b]) => compareKeys(String(a), String(b))),
    );
  });

  test('places the title, records the facets and writes the fragment as plain text', () => {
    expect([r.titleStart, r.titleLength]).toEqual([0, 4]);
    expect(r.facets).toMatchObject({ type: ['case'], industry: ['new-energy'], dimension: [], year: ['2021'] });
    const fragment = readFragment('f', gunzipSync(r.fragment));
    expect(fragment).toEqual({
      url: '/cases/a/',
      content: '现代学徒现代学徒制AI.',
      meta: { title: '现代学徒', year: '2021' },
      filters: { industry: ['new-energy'], type: ['case'] },
    });
    expect(r.fragmentName).toMatch(/^[0-9a-f]{12}$/);
  });

  test('a glossary term is a record of its own, its aliases with it', () => {
    const term = glossaryRecord({
      id: 'x',
      data: { term: '岗位实习', definition: '释义。', dimensions: ['internship'] },
    });
    const fragment = readFragment('f', gunzipSync(term.fragment));
    expect(fragment.url).toBe('/glossary/#x');
    expect(fragment.meta['title']).toBe('岗位实习');
    expect(fragment.content).toContain('顶岗实习');
    expect(term.facets).toMatchObject({ type: ['term'], dimension: ['internship'] });
    expect([term.titleStart, term.titleLength]).toEqual([0, 4]);
  });
});

describe('assembleIndex', () => {
  const texts = ['学院学徒学生企业', '企业导师带学徒', 'AI 与 5G 学院', '学'];
  const records = texts.flatMap((t, i) => [
    record(`/p${i}/`, `<p>${t}</p>`),
    ...Array.from({ length: 30 }, (_, k) => record(`/p${i}/${k}/`, `<p>${t}第${k}页${'内容'.repeat(k)}</p>`)),
  ]);
  const dictionary = new KeyDictionary();
  // A key of a record that is not in this build (the cache's dictionary may hold such keys).
  dictionary.store(record('/gone/', '<p>孤</p>'));
  const stored = records.map((r) => dictionary.store(r));
  const { files, meta } = assembleIndex(stored, dictionary.keys, tableFacets(records, []), 100);
  const shards = meta.shards.map((s) =>
    readShard(s.file, gunzipSync(files.get(`shard/${s.file}.bin`) ?? new Uint8Array())),
  );

  test('every record’s postings decode from the shards, under the record’s page number', () => {
    expect(shards.length).toBeGreaterThan(3);
    records.forEach((r, page) => {
      for (const [key, at] of postingsOf(r)) expect(lookupIn(shards, key, false).get(page), key).toEqual(at);
    });
  });

  test('shards hold sorted, contiguous ranges starting at their `from`, and only keys of these records', () => {
    const keys = shards.flatMap((s) => s.keys);
    expect(keys).toEqual([...keys].sort(compareKeys));
    expect(keys).not.toContain('孤');
    shards.forEach((s, i) => expect(s.keys[0]).toBe(meta.shards[i]?.from));
  });

  test('the meta file, the fragments and the facet table agree on pages and build', () => {
    const read = readMeta('meta.bin', gunzipSync(files.get('meta.bin') ?? new Uint8Array()));
    expect(read).toEqual(meta);
    expect(read.pages.map((p) => p.words)).toEqual(records.map((r) => r.words));
    const urls = read.pages.map(
      (p) => readFragment(p.fragment, gunzipSync(files.get(`fragment/${p.fragment}.bin`) ?? new Uint8Array())).url,
    );
    expect(urls).toEqual(records.map((r) => r.url));
    const table = readFacetTable('facets.bin', gunzipSync(files.get('facets.bin') ?? new Uint8Array()));
    expect([table.build, table.pages]).toEqual([meta.build, records.length]);
  });
});

test('pages are indexed by depth, then path (page numbers as Pagefind gave them)', () => {
  const site = mkdtempSync(join(tmpdir(), 'kb-site-'));
  for (const file of [
    'b/index.html',
    'index.html',
    'a/z/index.html',
    'a/index.html',
    '404.html',
    'search-index/x.html',
  ]) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), '');
  }
  expect(htmlFiles(site)).toEqual(['404.html', 'index.html', 'a/index.html', 'b/index.html', 'a/z/index.html']);
  expect(htmlFiles(site).map(pageUrl)).toEqual(['/404.html', '/', '/a/', '/b/', '/a/z/']);
  rmSync(site, { recursive: true });
});

describe('indexSite: a rebuild parses only the pages that changed, and writes what a cold build writes', () => {
  const content = writeTree(validTree());
  const root = mkdtempSync(join(tmpdir(), 'kb-index-'));
  const site = join(root, 'site');
  const pages: Record<string, string> = {
    'index.html': page('<h1>首页</h1><p>产业学院协同育人</p>'),
    'cases/a/index.html': page('<h1>案例甲</h1><p>现代学徒制</p>'),
    'cases/b/index.html': page('<h1>案例乙</h1><p>订单班</p>'),
    '404.html': page('<h1>找不到</h1>', '<meta name="robots" content="noindex">'),
    'admin/index.html': '<html><body><div id="cms"></div></body></html>',
  };
  const write = (files: Record<string, string>) => {
    rmSync(site, { recursive: true, force: true });
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      writeFileSync(join(site, file), html);
    }
  };
  const output = () =>
    Object.fromEntries(
      readdirSync(join(site, 'search-index'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.bin'))
        .sort()
        .map((f) => [f, readFileSync(join(site, 'search-index', f)).toString('base64')] as const),
    );
  afterAll(() => rmSync(root, { recursive: true, force: true }) ?? rmSync(content, { recursive: true, force: true }));

  test('cold, warm, one page changed, and cold again over the changed site', () => {
    const cache = join(root, 'cache');
    write(pages);
    const cold = indexSite(site, content, cache);
    expect(cold).toMatchObject({ pages: 3, parsed: 3, glossary: 1 });
    const first = output();

    expect(indexSite(site, content, cache)).toMatchObject({ pages: 3, parsed: 0 });
    expect(output()).toEqual(first);

    write({ ...pages, 'cases/b/index.html': page('<h1>案例乙</h1><p>订单班，企业导师</p>') });
    expect(indexSite(site, content, cache)).toMatchObject({ pages: 3, parsed: 1 });
    const warm = output();
    expect(warm).not.toEqual(first);

    // The cache holds one record per page of the last build: the old version of case b is gone.
    expect(new RecordCache(cache, indexerVersion()).size).toBe(3);
    expect(indexSite(site, content, join(root, 'fresh-cache'))).toMatchObject({ pages: 3, parsed: 3 });
    expect(output()).toEqual(warm);
  });
});
