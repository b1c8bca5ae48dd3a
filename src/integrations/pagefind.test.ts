import { describe, expect, test } from 'vitest';
import { facetTable, isNoindex, pageUrl, searchDocument } from './pagefind.ts';
import type { Fragment } from '../lib/search/fragment.ts';
import { decodePageInfos } from '../lib/search/rank.ts';
import { decodeCaseIndex } from '../lib/facets.ts';

const fragment = (title: string, content: string, filters: Fragment['filters'], year?: string): Fragment => ({
  url: '/x/',
  content,
  word_count: content.split(/\s+/).length,
  meta: { title, ...(year ? { year } : {}) },
  filters,
});

describe('pageUrl', () => {
  test('a folder’s index page is the folder, other files keep their name', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('cases/a/index.html')).toBe('/cases/a/');
    expect(pageUrl('404.html')).toBe('/404.html');
    expect(pageUrl('cases\\b\\index.html')).toBe('/cases/b/');
  });
});

describe('searchDocument', () => {
  test('keeps the html tag and the main element, and nothing else of the page', () => {
    const page =
      '<!DOCTYPE html><html lang="zh-CN" data-theme="x"><head><title>甲</title><script>1</script></head>' +
      '<body><header><nav>导航</nav></header><main id="main" data-pagefind-body><h1>甲</h1></main><footer>页脚</footer></body></html>';
    expect(searchDocument(page)).toBe(
      '<!doctype html><html lang="zh-CN" data-theme="x"><head></head><body><main id="main" data-pagefind-body><h1>甲</h1></main></body></html>',
    );
  });
  test('hands a page without a main element over whole', () => {
    const page = '<html><body><p>正文</p></body></html>';
    expect(searchDocument(page)).toBe(page);
  });
});

describe('isNoindex', () => {
  test('reads the robots meta the layout writes', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex('<head><meta name="description" content="noindex"></head>')).toBe(false);
  });
});

describe('facetTable', () => {
  const fragments: [string, Fragment][] = [
    ['zxx_aaa', fragment('甲 案例', '甲 案例 正文', { type: ['case'], dimension: ['talent', 'faculty'] }, '2023')],
    ['zxx_bbb', fragment('乙', '前言 乙 正文', { type: ['dimension'] })],
  ];

  const meta = { language: 'zxx_m', pages: [{ hash: 'zxx_bbb' }, { hash: 'zxx_aaa' }] };

  test('writes a row per page in the meta file’s order, with where each title stands', () => {
    const table = facetTable(meta, fragments, ['talent', 'faculty']);
    expect(table.language).toBe('zxx_m');
    expect(decodeCaseIndex(table).map((v) => [v['type'], v['dimension'], v['year']])).toEqual([
      [['dimension'], [], []],
      [['case'], ['talent', 'faculty'], ['2023']],
    ]);
    expect(decodePageInfos(table.titles, [3, 3]).map((p) => [p.titleStart, p.titleLength])).toEqual([
      [1, 1],
      [0, 2],
    ]);
  });

  test('refuses a page of the meta file without a fragment, naming it', () => {
    expect(() => facetTable({ ...meta, pages: [{ hash: 'zxx_ccc' }] }, fragments, [])).toThrow(/zxx_ccc/);
  });
});
