import { describe, expect, test } from 'vitest';
import {
  dimensionSources,
  kindsIn,
  markKind,
  placeMarks,
  shortSection,
  sourceKey,
  summarizeSources,
  type DimensionSourced,
} from './provenance.ts';
import type { Provenance } from './schemas/index.ts';

const paper = (section: string): Provenance => ({ kind: 'paper', section });
const law = (article: string): Provenance => ({ kind: 'law', document: 'vocational-education-law', article });
const ext: Provenance = { kind: 'extension' };

test.each([
  { source: paper('三、2. 加强合作关系'), kind: 'paper' },
  { source: law('第五十条'), kind: 'rule' },
  { source: { kind: 'policy', document: 'internship-rules-2021' } as Provenance, kind: 'rule' },
  { source: ext, kind: 'extension' },
])('a $source.kind source gets the $kind marker', ({ source, kind }) => {
  expect(markKind(source)).toBe(kind);
});

test.each([
  ['三、2. 加强合作关系', '三、2'],
  ['一、建设产业学院协同育人机制的重要性', '一'],
  ['摘要', '摘要'],
])('the visible label of section %s is %s', (section, short) => {
  expect(shortSection(section)).toBe(short);
});

test('two items from the same paper section share a key; different articles do not', () => {
  expect(sourceKey({ kind: 'paper', section: '三、1', claim: 'a' })).toBe(
    sourceKey({ kind: 'paper', section: '三、1', claim: 'b' }),
  );
  expect(sourceKey(law('第四十条'))).not.toBe(sourceKey(law('第五十条')));
});

describe('where a list puts its markers', () => {
  test('once for the list when every item shares a source', () => {
    const placed = placeMarks([ext, ext, ext]);
    expect(placed.list).toEqual(ext);
    expect(placed.items).toEqual([undefined, undefined, undefined]);
  });
  test('on every item when they differ', () => {
    const sources = [paper('三、2'), ext, law('第五十条')];
    const placed = placeMarks(sources);
    expect(placed.list).toBeUndefined();
    expect(placed.items).toEqual(sources);
  });
  test('an empty list has no marker', () => {
    expect(placeMarks([])).toEqual({ items: [] });
  });
});

test('the source line sums a page without repeats, in the order first met', () => {
  const summary = summarizeSources([
    paper('一'),
    ext,
    law('第五十条'),
    paper('三、2'),
    paper('一'),
    law('第五十条'),
    law('第四十条'),
    { kind: 'policy', document: 'internship-rules-2021' },
  ]);
  expect(summary).toEqual({
    paper: ['一', '三、2'],
    documents: [
      { kind: 'law', document: 'vocational-education-law', articles: ['第五十条', '第四十条'] },
      { kind: 'policy', document: 'internship-rules-2021', articles: [] },
    ],
    extension: true,
  });
  expect(kindsIn(summary)).toEqual(['paper', 'rule', 'extension']);
});

test('a page with only the paper names only the paper', () => {
  const summary = summarizeSources([paper('一')]);
  expect(summary.extension).toBe(false);
  expect(kindsIn(summary)).toEqual(['paper']);
});

test('a dimension page sums its body, lists, principle and related policies', () => {
  const item = (source: Provenance) => ({ source });
  const data: DimensionSourced = {
    bodySources: [paper('一')],
    schoolRole: [item(ext)],
    enterpriseRole: [item(law('第五十条'))],
    enterpriseGains: [item(ext)],
    concerns: [item(ext)],
    practices: [item(paper('三、2'))],
    pitfalls: [item(ext)],
    principle: { huli: item(ext), tongqiang: item(ext), qirong: item(ext) },
    policies: [
      { policy: { id: 'vocational-education-law' }, articles: ['第四十条'] },
      { policy: { id: 'internship-rules-2021' }, articles: [] },
    ],
  };
  const summary = summarizeSources(dimensionSources(data));
  expect(summary.paper).toEqual(['一', '三、2']);
  expect(summary.documents.map((d) => [d.document, d.articles])).toEqual([
    ['vocational-education-law', ['第五十条', '第四十条']],
    ['internship-rules-2021', []],
  ]);
  expect(summary.extension).toBe(true);
});
