/**
 * Public and illustrative cases can be told apart everywhere a case appears in `dist/`: every case
 * card (lists, home, hubs, related cases, the browser's card template) says 公开案例 or 示例案例 in
 * words and agrees with the case's provenance; every case page says which it is; a public case page
 * shows its sources and, per outcome, the source and the quoted excerpt; the search index labels a
 * case result by its kind; the case index can filter by source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/content-check.ts';
import { readSite } from './site.ts';

const pages = readSite('dist');
const { files } = readContentTree('src/content');
const kindOf = new Map(
  files
    .filter((f) => f.collection === 'cases')
    .map((f) => [f.id, (f.data['provenance'] as { kind: 'public' | 'illustrative' }).kind]),
);
const LABEL = { public: '公开案例', illustrative: '示例案例' } as const;

/** Every case card in the built pages, with the page it is on and the case it links to. */
const cards = pages.flatMap((page) =>
  page.root.querySelectorAll('.case-card').map((card) => {
    const href = card.querySelector('[data-card-title]')?.getAttribute('href') ?? '';
    const id = /\/cases\/([^/]+)\/$/.exec(href)?.[1] ?? '';
    return { page: page.path, card, id };
  }),
);

test('there are cards of both kinds to check', () => {
  const kinds = new Set(cards.map((c) => kindOf.get(c.id)));
  expect(kinds).toEqual(new Set(['public', 'illustrative']));
});

test('every case card names its kind in words, matching the case', () => {
  const wrong = cards.flatMap(({ page, card, id }) => {
    const kind = kindOf.get(id);
    const marker = card.querySelector('[data-card-source]')?.text.trim() ?? '';
    return kind && marker === LABEL[kind] && card.getAttribute('data-provenance') === kind
      ? []
      : [`${page}: card for "${id}" says "${marker}" (expected ${kind ? LABEL[kind] : 'a known case'})`];
  });
  expect(wrong).toEqual([]);
});

describe('case pages', () => {
  const casePages = pages.filter((p) => /^\/cases\/[^/]+\/$/.test(p.path) && kindOf.has(p.path.split('/')[2] ?? ''));
  test('one page per case', () => {
    expect(casePages).toHaveLength(kindOf.size);
  });
  test.each(casePages.map((p) => [p.path, p] as const))('%s says which kind it is', (path, page) => {
    const kind = kindOf.get(path.split('/')[2] ?? '');
    const note = page.root.querySelector('[data-case-provenance]');
    expect(note?.getAttribute('data-case-provenance')).toBe(kind);
    expect(note?.text).toContain(kind === 'public' ? '公开案例' : '示例案例');
    const meta = page.root.querySelector('[data-pagefind-meta="type"]')?.text.trim();
    expect(meta, 'search result type').toBe(kind ? LABEL[kind] : undefined);
  });
  const publicPages = casePages.filter((p) => kindOf.get(p.path.split('/')[2] ?? '') === 'public');
  test('there are public case pages', () => {
    expect(publicPages.length).toBeGreaterThanOrEqual(10);
  });
  test.each(publicPages.map((p) => [p.path, p] as const))('%s shows its sources and evidence', (path, page) => {
    const file = files.find((f) => f.collection === 'cases' && f.id === path.split('/')[2]);
    const outcomes = (file?.data['outcomes'] as { excerpt: string }[] | undefined) ?? [];
    const section = page.root.querySelector('[data-case-sources]');
    expect(section?.querySelector('h2')?.text).toBe('来源与依据');
    expect(section?.querySelectorAll('[data-source]').length).toBeGreaterThanOrEqual(1);
    for (const source of section?.querySelectorAll('[data-source] a') ?? []) {
      expect(source.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    // Each source says the day it was read, so a reader knows when it held.
    for (const source of section?.querySelectorAll('[data-source]') ?? []) {
      expect(source.text).toMatch(/（\d{4}-\d{2}-\d{2} 读取）/);
    }
    const evidence = section?.querySelectorAll('[data-evidence]') ?? [];
    expect(evidence).toHaveLength(outcomes.length);
    evidence.forEach((e, i) => {
      expect(e.querySelector('q')?.text).toBe(outcomes[i]?.excerpt);
      expect(e.querySelector('a')?.getAttribute('href')).toMatch(/^#source-\d+$/);
    });
  });
});

test('the case index can filter by source, public first', () => {
  const index = JSON.parse(readFileSync('dist/cases/facets.json', 'utf8')) as {
    facets: { key: string; values: string[]; labels: string[] }[];
  };
  const source = index.facets.find((f) => f.key === 'source');
  expect(source?.values).toEqual(['public', 'illustrative']);
  expect(source?.labels).toEqual(['公开案例', '示例案例']);
});

test('the home page leads its cases with public ones, under a title that says what they are', () => {
  const home = pages.find((p) => p.path === '/');
  const section = home?.root.querySelector('[data-public-cases]');
  expect(section?.querySelector('h2')?.text).toContain('公开案例');
  const markers = section?.querySelectorAll('[data-card-source]').map((m) => m.text.trim()) ?? [];
  expect(markers.length).toBeGreaterThan(0);
  expect(new Set(markers)).toEqual(new Set(['公开案例']));
  expect(section?.querySelector('a[href$="/cases/?source=public"]')).toBeTruthy();
  expect(home?.root.querySelector('.lead')?.text).toContain('“以产学结合为基础的一种人才培养载体”');
});

test('every item of the case feed says which kind it is', () => {
  const feed = readFileSync('dist/rss.xml', 'utf8');
  const descriptions = [...feed.matchAll(/<item>[\s\S]*?<description>([\s\S]*?)<\/description>/g)].map((m) => m[1] ?? '');
  expect(descriptions).toHaveLength(kindOf.size);
  for (const d of descriptions) expect(d).toMatch(/^(公开案例|示例案例)：/);
});
