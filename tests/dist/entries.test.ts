/**
 * Every entry has its page, and the relations a page shows match the data (computed both ways).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/content-check.ts';

const { files } = readContentTree('src/content');
const entries = (collection: string) => files.filter((f) => f.collection === collection);
const html = (path: string) => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const refIds = (value: unknown) => (value as string[]) ?? [];

const PAGE_ROUTES: Record<string, (id: string) => string> = {
  dimensions: (id) => `/dimensions/${id}/`,
  problems: (id) => `/problems/${id}/`,
  strategies: (id) => `/strategies/${id}/`,
  cases: (id) => `/cases/${id}/`,
  guides: (id) => `/guides/${id}/`,
  policies: (id) => `/policies/${id}/`,
};

describe('every entry has a page', () => {
  for (const [collection, route] of Object.entries(PAGE_ROUTES)) {
    test.each(entries(collection).map((e) => e.id))(`${collection}/%s`, (id) => {
      expect(existsSync(`dist${route(id)}index.html`)).toBe(true);
    });
  }
  test('every term has an anchor on /glossary/', () => {
    const glossary = html('/glossary/');
    for (const g of entries('glossary')) expect(glossary.getElementById(g.id), g.id).not.toBeNull();
  });
});

/** Hrefs of links inside the section that follows the heading with `id`. */
function linksUnder(path: string, headingId: string): string[] {
  const root = html(path);
  const heading = root.getElementById(headingId);
  if (!heading) throw new Error(`${path} has no #${headingId}`);
  const hrefs: string[] = [];
  for (let el = heading.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
    hrefs.push(...el.querySelectorAll('a').map((a) => a.getAttribute('href') ?? ''));
  }
  return hrefs;
}

/** How many related cases an entry page shows (public first, then newest); the rest are a link away. */
const SHOWN = 6;
const isIllustrative = (f: (typeof files)[number]) => Number((f.data['provenance'] as { kind: string }).kind !== 'public');
const newestFirst = (a: (typeof files)[number], b: (typeof files)[number]) =>
  isIllustrative(a) - isIllustrative(b) ||
  Number(b.data['year']) - Number(a.data['year']) ||
  a.id.localeCompare(b.id);
const caseLinks = (hrefs: string[]) => hrefs.filter((h) => /^\/cases\/[a-z]/.test(h));

/** The related cases a page must show: the newest `SHOWN` of them, and a link to all when there are more. */
function expectCases(path: string, related: typeof files, allHref: string) {
  const hrefs = linksUnder(path, 'cases');
  const expected = [...related].sort(newestFirst).slice(0, SHOWN);
  expect(caseLinks(hrefs)).toEqual(expected.map((c) => `/cases/${c.id}/`));
  if (related.length > SHOWN) expect(hrefs).toContain(allHref);
}

describe('reverse relations on pages match the data', () => {
  test.each(entries('dimensions').map((d) => d.id))('dimension %s shows the newest cases that cite it', (id) => {
    const citing = entries('cases').filter((c) => refIds(c.data['dimensions']).includes(id));
    expect(citing.length).toBeGreaterThan(0);
    expectCases(`/dimensions/${id}/`, citing, `/cases/?dimension=${id}`);
  });
  test.each(entries('problems').map((p) => p.id))('problem %s lists every strategy that addresses it', (id) => {
    const answering = entries('strategies').filter((s) => refIds(s.data['addresses']).includes(id));
    const shown = linksUnder(`/problems/${id}/`, 'strategies').filter((h) => h.startsWith('/strategies/'));
    expect(shown.sort()).toEqual(answering.map((s) => `/strategies/${s.id}/`).sort());
  });
  test.each(entries('strategies').map((s) => s.id))('strategy %s shows the newest cases that illustrate it', (id) => {
    const illustrating = entries('cases').filter((c) => refIds(c.data['strategies']).includes(id));
    expectCases(`/strategies/${id}/`, illustrating, '/cases/');
  });
  test('the "all cases" link is checked at all: some dimension and some strategy have more cases than are shown', () => {
    // expectCases checks that link only when there are more than SHOWN; without such an entry the
    // check would never run.
    const more = (collection: 'dimensions' | 'strategies', field: string) =>
      entries(collection).filter((e) => entries('cases').filter((c) => refIds(c.data[field]).includes(e.id)).length > SHOWN);
    expect(more('dimensions', 'dimensions').length).toBeGreaterThan(0);
    expect(more('strategies', 'strategies').length).toBeGreaterThan(0);
  });
});

describe('Markdown through the unified processor', () => {
  test('a GFM table renders as a table in MDX', () => {
    expect(html('/guides/staff-guide/').querySelectorAll('main table').length).toBeGreaterThan(0);
  });
  test('a GFM footnote renders with its back-reference', () => {
    const page = html('/guides/principle/');
    const section = page.querySelector('section[data-footnotes]');
    expect(section).not.toBeNull();
    const ref = page.querySelector('sup a[data-footnote-ref]');
    expect(ref?.getAttribute('href')).toMatch(/^#/);
  });
});
