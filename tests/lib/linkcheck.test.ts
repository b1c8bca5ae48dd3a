import { expect, test } from 'vitest';
import { findBrokenLinks, type PageLinks } from './linkcheck.ts';

const origin = 'http://site.test';
const page = (path: string, hrefs: string[], ids: string[] = []): PageLinks => ({ path, hrefs, ids: new Set(ids) });

test('a link to an existing page and an existing id passes', () => {
  const pages = [page('/', ['/cases/', '/cases/#list', 'cases/']), page('/cases/', ['../'], ['list'])];
  expect(findBrokenLinks(pages, origin)).toEqual([]);
});

test('reports a link to a missing page', () => {
  expect(findBrokenLinks([page('/', ['/nope/'])], origin)).toEqual(['/: /nope/ (no such page)']);
});

test('reports a fragment that names no element', () => {
  const pages = [page('/', ['/a/#missing']), page('/a/', [], ['present'])];
  expect(findBrokenLinks(pages, origin)).toEqual(['/: /a/#missing (no element with id "missing")']);
});

test('checks same-page fragments, percent-encoded Chinese ids included', () => {
  const pages = [page('/g/', ['#%E8%83%8C%E6%99%AF', '#gone'], ['背景'])];
  expect(findBrokenLinks(pages, origin)).toEqual(['/g/: #gone (no element with id "gone")']);
});

test('accepts links to listed files and ignores other origins and mailto', () => {
  const pages = [page('/', ['/rss.xml', 'https://example.org/x', 'mailto:a@b.c', '/favicon.svg'])];
  expect(findBrokenLinks(pages, origin, new Set(['/rss.xml', '/favicon.svg']))).toEqual([]);
});

test('under a base path, a link that forgot the base is broken', () => {
  const pages = [page('/sub/', ['/cases/', '/sub/cases/']), page('/sub/cases/', [])];
  expect(findBrokenLinks(pages, origin)).toEqual(['/sub/: /cases/ (no such page)']);
});
