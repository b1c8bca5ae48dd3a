import { describe, expect, test } from 'vitest';
import { encodeFacetTable, readFacetTable, type FacetRow, type TableFacet } from './facet-file.ts';
import { encodeMeta } from './index-format.ts';

const facets: TableFacet[] = [
  { key: 'type', multi: false, values: ['case', 'dimension', 'term'] },
  { key: 'dimension', multi: true, values: Array.from({ length: 10 }, (_, i) => `d${i}`) },
  { key: 'year', multi: false, values: ['2025', '2023', '2020'] },
];

const rows: FacetRow[] = [
  { values: { type: ['case'], dimension: ['d0', 'd9'], year: ['2023'] }, titleStart: 0, titleLength: 12 },
  { values: { type: ['dimension'], dimension: ['d3'] }, titleStart: 300, titleLength: 4 },
  { values: { type: ['term'] }, titleStart: 70_000, titleLength: 0 },
];

describe('the facet table', () => {
  const table = readFacetTable('facets.bin', encodeFacetTable('build1', facets, rows));

  test('round-trips every row: values (none where a page has none), title place, year order', () => {
    expect(table.build).toBe('build1');
    expect(table.pages).toBe(3);
    expect(table.facets).toEqual(facets);
    expect(table.values(0)).toEqual({ type: ['case'], dimension: ['d0', 'd9'], year: ['2023'] });
    expect(table.values(1)).toEqual({ type: ['dimension'], dimension: ['d3'], year: [] });
    expect(table.values(2)).toEqual({ type: ['term'], dimension: [], year: [] });
    expect([0, 1, 2].map((p) => table.info(p, 99))).toEqual([
      { titleStart: 0, titleLength: 12, words: 99 },
      { titleStart: 300, titleLength: 4, words: 99 },
      { titleStart: 70_000, titleLength: 0, words: 99 },
    ]);
    expect([0, 1, 2].map((p) => table.rank(p, 'year'))).toEqual([1, undefined, undefined]);
    expect(table.rank(0, 'dimension')).toBeUndefined();
  });

  test('carries the policy references (none when not given)', () => {
    expect(table.policies).toEqual([]);
    const refs = [
      { row: 1, names: ['职业教育法', '职教法'] },
      { row: 2, names: ['某某办法'], number: '国发〔2019〕4号' },
    ];
    expect(readFacetTable('f', encodeFacetTable('b', facets, rows, refs)).policies).toEqual(refs);
  });

  test('a random table of 10,000 rows round-trips', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const many: FacetRow[] = Array.from({ length: 10_000 }, () => ({
      values: {
        type: [facets[0]?.values[next() % 3] ?? ''],
        dimension: (facets[1]?.values ?? []).filter(() => next() % 3 === 0),
        year: next() % 4 ? [facets[2]?.values[next() % 3] ?? ''] : [],
      },
      titleStart: next() % 5000,
      titleLength: next() % 40,
    }));
    const read = readFacetTable('f', encodeFacetTable('b', facets, many));
    many.forEach((row, i) => {
      expect(read.values(i)).toEqual({ year: [], ...row.values });
      expect(read.info(i, 0)).toEqual({ titleStart: row.titleStart, titleLength: row.titleLength, words: 0 });
    });
  });

  test('refuses a value its facet does not list, and two values where one is allowed', () => {
    const row = { titleStart: 0, titleLength: 0 };
    expect(() => encodeFacetTable('b', facets, [{ ...row, values: { type: ['x'] } }])).toThrow(
      'facet "type": unknown value "x"; expected one of case, dimension, term',
    );
    expect(() => encodeFacetTable('b', facets, [{ ...row, values: { type: ['case', 'term'] } }])).toThrow(
      /one value per page/,
    );
  });

  test('a row outside the table, another kind of file or a cut file fails naming the file', () => {
    expect(() => table.values(3)).toThrow('facets.bin: no page 3');
    expect(() => readFacetTable('facets.bin', encodeMeta({ build: 'b', pages: [], shards: [] }))).toThrow(
      'facets.bin: a meta file, expected a facets file',
    );
    const bytes = encodeFacetTable('b', facets, rows);
    expect(() => readFacetTable('facets.bin', bytes.slice(0, -1))).toThrow(/facets\.bin: ends early/);
  });
});
