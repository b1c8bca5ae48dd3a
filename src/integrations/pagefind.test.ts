import { describe, expect, test } from 'vitest';
import { facetTable, isNoindex, pageUrl, searchDocument } from './pagefind.ts';
import type { Fragment } from '../lib/search/fragment.ts';
import { decodePageInfos } from '../lib/search/rank.ts';

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

  test('writes the prefix once, every page id, and where each title stands', () => {
    const table = facetTable(fragments, ['talent', 'faculty']);
    expect(table.prefix).toBe('zxx_');
    expect(table.ids).toBe('aaa,bbb');
    expect(decodePageInfos(table.pages).map((p) => [p.titleStart, p.titleLength])).toEqual([
      [0, 2],
      [1, 1],
    ]);
  });

  test('refuses a page id without the language prefix, naming it', () => {
    expect(() => facetTable([['en_ccc', fragment('丙', '丙', {})]], [])).toThrow(/en_ccc/);
  });
});
