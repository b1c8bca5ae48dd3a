import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { changePaths, changesAtom, changesByPath, sortChanges, type ChangeEntry, type ChangePages } from './changes.ts';

const pages = (over: Partial<ChangePages>): ChangePages => ({
  dimensions: [],
  problems: [],
  strategies: [],
  guides: [],
  templates: [],
  policies: [],
  cases: [],
  paths: [],
  ...over,
});

const change = (id: string, date: string, over: Partial<ChangePages>, kind = 'corrected'): ChangeEntry => ({
  id,
  data: { date, kind, summary: `摘要 ${id} <&>`, pages: pages(over) },
});

const changes = [
  change('b', '2026-12-04', { dimensions: [{ id: 'research' }], paths: ['/'] }),
  change('a', '2026-12-04', { policies: [{ id: 'law' }] }, 'policy'),
  change('c', '2026-11-01', { dimensions: [{ id: 'research' }], templates: [{ id: 'deal' }] }, 'added'),
];

test('a change touches its entries’ pages and its plain paths', () => {
  expect(
    changePaths(
      change('c', '2026-11-01', { dimensions: [{ id: 'research' }], templates: [{ id: 'deal' }] }).data.pages,
    ),
  ).toEqual(['/dimensions/research/', '/templates/deal/']);
  expect(changePaths(change('b', '2026-12-04', { dimensions: [{ id: 'research' }], paths: ['/'] }).data.pages)).toEqual(
    ['/dimensions/research/', '/'],
  );
});

test('changes are newest first, by id within a day', () => {
  expect(sortChanges(changes).map((c) => c.id)).toEqual(['a', 'b', 'c']);
});

test('each page gets the changes that touched it, newest first', () => {
  const byPath = changesByPath(changes);
  expect(byPath.get('/dimensions/research/')?.map((c) => c.id)).toEqual(['b', 'c']);
  expect(byPath.get('/policies/law/')?.map((c) => c.id)).toEqual(['a']);
  expect(byPath.has('/problems/x/')).toBe(false);
});

describe('the Atom feed', () => {
  const xml = changesAtom(changes, {
    title: '更新记录',
    pageUrl: 'https://example.org/kb/changes/',
    feedUrl: 'https://example.org/kb/changes.xml',
    absolute: (path) => `https://example.org/kb${path}`,
    kindLabel: (kind) => ({ added: '新增', corrected: '更正', policy: '政策更新' })[kind] ?? kind,
    rights: 'CC BY 4.0',
  });
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml) as {
    feed: {
      '@_xmlns': string;
      updated: string;
      entry: { id: string; title: { '#text': string } | string; link: { '@_href': string }; updated: string }[];
    };
  };

  test('is well-formed XML in the Atom namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parsed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  });

  test('has one entry per change, newest first, each linking to the first page it touched', () => {
    expect(parsed.feed.entry.map((e) => e.link['@_href'])).toEqual([
      'https://example.org/kb/policies/law/',
      'https://example.org/kb/dimensions/research/',
      'https://example.org/kb/dimensions/research/',
    ]);
    expect(parsed.feed.entry.map((e) => e.id)).toEqual([
      'https://example.org/kb/changes/#change-a',
      'https://example.org/kb/changes/#change-b',
      'https://example.org/kb/changes/#change-c',
    ]);
  });

  test('titles carry the kind and the escaped summary; updated is the newest change', () => {
    const [first] = parsed.feed.entry;
    expect(first).toBeDefined();
    const title = first?.title ?? '';
    expect(typeof title === 'string' ? title : title['#text']).toBe('政策更新：摘要 a <&>');
    expect(parsed.feed.updated).toBe('2026-12-04T00:00:00.000Z');
  });
});
