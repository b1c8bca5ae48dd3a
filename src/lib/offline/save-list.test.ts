import { expect, test } from 'vitest';
import { saveList, urlOf } from './save-list.ts';

const FILES = [
  { path: 'index.html', bytes: 100 },
  { path: 'cases/index.html', bytes: 50 },
  { path: 'cases/a/index.html', bytes: 40 },
  { path: '404.html', bytes: 10 },
  { path: 'admin/index.html', bytes: 2 },
  { path: 'admin/decap-cms.js', bytes: 5_000_000 },
  { path: 'search-index/meta.bin', bytes: 30 },
  { path: 'search-index/shard/0123456789ab.bin', bytes: 20 },
  { path: 'templates/charter.docx', bytes: 5 },
  { path: 'indicators.csv', bytes: 4 },
  { path: 'cases/data/0.json', bytes: 3 },
  { path: '_astro/app.abc.css', bytes: 2 },
  { path: 'sw.js', bytes: 9 },
  { path: '_headers', bytes: 1 },
  { path: 'sitemap-0.xml', bytes: 1 },
  { path: 'offline.json', bytes: 1 },
];
const OPTIONS = {
  base: '/kb/',
  build: 'b1',
  builtAt: '2026-11-30T00:00:00.000Z',
  titles: { 'cases/index.html': '案例' },
};

test.each([
  ['index.html', '/kb/'],
  ['cases/index.html', '/kb/cases/'],
  ['templates/charter.docx', '/kb/templates/charter.docx'],
])('%s is served at %s', (path, url) => {
  expect(urlOf(path, '/kb/')).toBe(url);
});

test('pages, search files and downloads go to their own groups, with the base', () => {
  const list = saveList(FILES, OPTIONS);
  expect(list.pages.map((e) => e.url)).toEqual(['/kb/cases/a/', '/kb/cases/', '/kb/']);
  expect(list.search.map((e) => e.url)).toEqual([
    '/kb/search-index/meta.bin',
    '/kb/search-index/shard/0123456789ab.bin',
  ]);
  expect(list.assets.map((e) => e.url)).toEqual([
    '/kb/_astro/app.abc.css',
    '/kb/cases/data/0.json',
    '/kb/indicators.csv',
    '/kb/templates/charter.docx',
  ]);
});

test('the worker, host files, feeds, the 404 page and the list itself are not saved', () => {
  const urls = Object.values(saveList(FILES, OPTIONS))
    .filter(Array.isArray)
    .flat()
    .map((e) => (e as { url: string }).url);
  for (const skipped of [
    'sw.js',
    '_headers',
    'sitemap-0.xml',
    '404.html',
    'offline.json',
    'admin/',
    'admin/decap-cms.js',
  ]) {
    expect(urls).not.toContain(`/kb/${skipped}`);
  }
});

test('the total is the sum of what is saved, and titles are keyed by URL', () => {
  const list = saveList(FILES, OPTIONS);
  expect(list.bytes).toBe(100 + 50 + 40 + 30 + 20 + 5 + 4 + 3 + 2);
  expect(list.titles).toEqual({ '/kb/cases/': '案例' });
  expect(list.build).toBe('b1');
});

test('the open data files are not saved, their page is', () => {
  const files = ['data/index.html', 'data/cases.json', 'data/cases.schema.json', 'cases/data/0.json'].map((path) => ({
    path,
    bytes: 1,
  }));
  const list = saveList(files, OPTIONS);
  expect([...list.pages, ...list.assets].map((e) => e.url).sort()).toEqual(['/kb/cases/data/0.json', '/kb/data/']);
});
