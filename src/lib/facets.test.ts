import { expect, test } from 'vitest';
import {
  countFacets,
  decodeCaseIndex,
  encodeCaseIndex,
  enumFacet,
  filterBySelection,
  isEmptySelection,
  matchesSelection,
  readPage,
  readSelection,
  SEARCH_FACETS,
  toggleValue,
  writeSelection,
  type FacetValues,
  type IndexFacet,
} from './facets.ts';
import { AUDIENCES, CONTENT_TYPES, INDUSTRIES, MODELS, PROVENANCE_KINDS, REGIONS } from './enums.ts';

const ITEMS: FacetValues[] = [
  { dimension: ['faculty', 'talent'], industry: ['energy'], year: ['2021'] },
  { dimension: ['faculty'], industry: ['it'], year: ['2022'] },
  { dimension: ['talent'], industry: ['energy'], year: ['2022'] },
  { dimension: ['research'], industry: ['it'], year: ['2020'] },
];
const FACETS = ['dimension', 'industry', 'year'];
const id = (v: FacetValues) => v;
const count = (selection: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(countFacets(ITEMS, id, selection, FACETS)).map(([f, m]) => [f, Object.fromEntries(m)]),
  );

test('values of one facet combine with OR, facets with AND', () => {
  expect(filterBySelection(ITEMS, id, { industry: ['energy', 'it'] })).toHaveLength(4);
  expect(filterBySelection(ITEMS, id, { industry: ['energy'], year: ['2022'] })).toEqual([ITEMS[2]]);
  expect(filterBySelection(ITEMS, id, { dimension: ['faculty'] })).toEqual([ITEMS[0], ITEMS[1]]);
});

test('an empty selection keeps everything', () => {
  expect(filterBySelection(ITEMS, id, {})).toHaveLength(4);
  expect(isEmptySelection({ industry: [] })).toBe(true);
  expect(matchesSelection(ITEMS[0] ?? {}, { industry: [] })).toBe(true);
});

test('counts with nothing selected are plain totals; a case counts once per dimension it has', () => {
  expect(count({})).toEqual({
    dimension: { faculty: 2, talent: 2, research: 1 },
    industry: { energy: 2, it: 2 },
    year: { '2021': 1, '2022': 2, '2020': 1 },
  });
});

test('counts are disjunctive: a facet ignores its own selection, respects the others', () => {
  expect(count({ industry: ['energy'] })).toEqual({
    dimension: { faculty: 1, talent: 2 },
    industry: { energy: 2, it: 2 },
    year: { '2021': 1, '2022': 1 },
  });
});

test('every count equals the number of items the list shows after ticking that value', () => {
  const selection = { industry: ['energy'], year: ['2022'] };
  const counts = countFacets(ITEMS, id, selection, FACETS);
  for (const facet of FACETS) {
    for (const [value, n] of counts[facet] ?? []) {
      const ticked = toggleValue(selection, facet, value, true);
      const onlyThis = { ...ticked, [facet]: [value] };
      expect(filterBySelection(ITEMS, id, onlyThis), `${facet}=${value}`).toHaveLength(n);
    }
  }
});

test('toggleValue adds a value once and removes it', () => {
  const on = toggleValue(toggleValue({}, 'industry', 'it', true), 'industry', 'it', true);
  expect(on).toEqual({ industry: ['it'] });
  expect(toggleValue(on, 'industry', 'it', false)).toEqual({ industry: [] });
});

test('readSelection keeps known values only, once each, in display order', () => {
  const params = new URLSearchParams('industry=it&industry=bogus&industry=energy&industry=it&year=<script>');
  expect(readSelection(params, { industry: ['energy', 'it'], year: ['2021'] })).toEqual({
    industry: ['energy', 'it'],
    year: [],
  });
});

test('writeSelection round-trips through readSelection and leaves other parameters alone', () => {
  const params = new URLSearchParams('q=订单班&industry=old');
  writeSelection(params, { industry: ['it'], year: ['2021', '2022'] }, ['industry', 'year']);
  expect(params.toString()).toBe('q=%E8%AE%A2%E5%8D%95%E7%8F%AD&industry=it&year=2021&year=2022');
  expect(readSelection(params, { industry: ['energy', 'it'], year: ['2021', '2022'] })).toEqual({
    industry: ['it'],
    year: ['2021', '2022'],
  });
});

test.each([
  ['', 1],
  ['page=3', 3],
  ['page=0', 1],
  ['page=-2', 1],
  ['page=2.5', 1],
  ['page=abc', 1],
  ['page=99999999', 1],
])('readPage(%j) is %d', (query, page) => {
  expect(readPage(new URLSearchParams(query))).toBe(page);
});

const INDEX_FACETS: IndexFacet[] = [
  {
    key: 'dimension',
    multi: true,
    values: ['faculty', 'talent', 'research'],
    labels: ['师资共培', '人才共育', '科研共做'],
  },
  { key: 'industry', multi: false, values: ['energy', 'it'], labels: ['新能源', '信息技术'] },
  { key: 'year', multi: false, values: ['2022', '2021', '2020'], labels: ['2022', '2021', '2020'] },
];

test('the case index decodes to exactly what was encoded', () => {
  const index = encodeCaseIndex(ITEMS, INDEX_FACETS, 12);
  expect(index.codes).toHaveLength(ITEMS.length * index.widths.reduce((a, b) => a + b, 0));
  expect(decodeCaseIndex(index)).toEqual(ITEMS);
});

test('the case index stays a few characters per case with all ten dimensions', () => {
  const ten: IndexFacet = {
    key: 'dimension',
    multi: true,
    values: 'abcdefghij'.split(''),
    labels: 'abcdefghij'.split(''),
  };
  const index = encodeCaseIndex([{ dimension: 'abcdefghij'.split('') }], [ten], 12);
  expect(index.widths).toEqual([2]);
  expect(decodeCaseIndex(index)).toEqual([{ dimension: 'abcdefghij'.split('') }]);
});

test('an item without a value for a single-valued facet decodes to none', () => {
  const index = encodeCaseIndex([{ industry: [] }, { industry: ['it'] }], [INDEX_FACETS[1] as IndexFacet], 12);
  expect(decodeCaseIndex(index)).toEqual([{ industry: [] }, { industry: ['it'] }]);
});

test('encoding an unknown value fails, naming the facet and the value', () => {
  expect(() => encodeCaseIndex([{ dimension: ['nope'], industry: ['it'], year: ['2021'] }], INDEX_FACETS, 12)).toThrow(
    /facet "dimension": unknown value "nope"/,
  );
});

test('decoding codes that do not fit the widths fails', () => {
  const index = encodeCaseIndex(ITEMS, INDEX_FACETS, 12);
  expect(() => decodeCaseIndex({ ...index, codes: `${index.codes}0` })).toThrow(/do not fit/);
});

test('with the 来源 facet, 10,000 cases still fit 7 digits each and the index stays under 80 KB', () => {
  const list = (ids: readonly { id: string }[]) => ids.map((v) => v.id);
  const facets: IndexFacet[] = [
    { key: 'source', multi: false, values: list(PROVENANCE_KINDS), labels: list(PROVENANCE_KINDS) },
    { key: 'dimension', multi: true, values: 'abcdefghij'.split(''), labels: 'abcdefghij'.split('') },
    { key: 'industry', multi: false, values: list(INDUSTRIES), labels: list(INDUSTRIES) },
    { key: 'region', multi: false, values: list(REGIONS), labels: list(REGIONS) },
    { key: 'model', multi: false, values: list(MODELS), labels: list(MODELS) },
    { key: 'year', multi: false, values: ['2025', '2024', '2023'], labels: ['2025', '2024', '2023'] },
  ];
  const items: FacetValues[] = Array.from({ length: 10_000 }, (_, i) => ({
    source: [PROVENANCE_KINDS[i % 50 === 0 ? 0 : 1].id],
    dimension: ['a', 'c', 'j'].slice(0, 1 + (i % 3)),
    industry: [INDUSTRIES[i % INDUSTRIES.length]?.id ?? ''],
    region: [REGIONS[i % REGIONS.length]?.id ?? ''],
    model: [MODELS[i % MODELS.length]?.id ?? ''],
    year: [String(2023 + (i % 3))],
  }));
  const index = encodeCaseIndex(items, facets, 12);
  expect(index.widths.reduce((a, b) => a + b, 0)).toBe(7);
  expect(JSON.stringify(index).length).toBeLessThan(80 * 1024);
  expect(decodeCaseIndex(index)).toEqual(items);
});

test('the search facets are the closed lists of enums.ts, in the order the search page shows them', () => {
  expect(SEARCH_FACETS.map((f) => f.key)).toEqual(['type', 'industry', 'region', 'model', 'audience']);
  expect(SEARCH_FACETS.every((f) => !f.multi)).toBe(true);
  const lists = [CONTENT_TYPES, INDUSTRIES, REGIONS, MODELS, AUDIENCES];
  SEARCH_FACETS.forEach((f, i) => {
    expect(f.values).toEqual(lists[i]?.map((v) => v.id));
    expect(f.labels).toEqual(lists[i]?.map((v) => v.label));
  });
});

test('an enum facet keeps the list order and pairs each id with its label', () => {
  expect(enumFacet('model', MODELS.slice(0, 2), true)).toEqual({
    key: 'model',
    multi: true,
    values: [MODELS[0].id, MODELS[1].id],
    labels: [MODELS[0].label, MODELS[1].label],
  });
});
