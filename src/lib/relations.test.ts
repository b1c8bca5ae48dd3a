import { describe, expect, test } from 'vitest';
import { byNewest, invert, relatedCases } from './relations.ts';
import { seeded } from '../../tests/support/random.ts';

const ref = (id: string) => ({ id });

describe('invert', () => {
  const cases = [
    { id: 'a', data: { dimensions: [ref('faculty'), ref('talent')] } },
    { id: 'b', data: { dimensions: [ref('talent')] } },
    { id: 'c', data: { dimensions: [ref('talent'), ref('talent')] } },
  ];
  const byDimension = invert(cases, (d) => d.dimensions);

  test('lists every entry that points at a target, in entry order', () => {
    expect(byDimension.get('talent')).toEqual(['a', 'b', 'c']);
    expect(byDimension.get('faculty')).toEqual(['a']);
  });
  test('lists an entry once even if it points twice', () => {
    expect(byDimension.get('talent')?.filter((id) => id === 'c')).toHaveLength(1);
  });
  test('has no key for a target nobody points at', () => {
    expect(byDimension.has('research')).toBe(false);
  });
});

describe('relatedCases', () => {
  const make = (id: string, dims: string[], industry: string, model: string, year: number) => ({
    id,
    data: { dimensions: dims.map(ref), industry, model, year },
  });
  const target = make('t', ['faculty', 'talent'], 'it', 'order', 2020);
  const all = [
    target,
    make('same-industry', ['research'], 'it', 'x', 2019),
    make('two-dims', ['faculty', 'talent'], 'farm', 'x', 2018),
    make('one-dim-new', ['faculty'], 'farm', 'x', 2024),
    make('one-dim-old', ['faculty'], 'farm', 'x', 2015),
    make('unrelated', ['research'], 'farm', 'x', 2025),
  ];

  test('never includes the case itself or an unrelated one', () => {
    const ids = relatedCases(target, all, 10).map((c) => c.id);
    expect(ids).not.toContain('t');
    expect(ids).not.toContain('unrelated');
  });
  test('ranks by shared dimensions and industry, then by newer year', () => {
    expect(relatedCases(target, all, 10).map((c) => c.id)).toEqual([
      'same-industry',
      'two-dims',
      'one-dim-new',
      'one-dim-old',
    ]);
  });
  test('returns at most `limit` cases', () => {
    expect(relatedCases(target, all, 2)).toHaveLength(2);
  });
  test('gives the order of sorting every case, reading other industries only when they could rank (300 cases, many ties)', () => {
    const { next, pick } = seeded(7);
    const dims = ['a', 'b', 'c', 'd'];
    const industries = Array.from({ length: 40 }, (_, i) => `industry-${i}`);
    const many = Array.from({ length: 300 }, (_, i) =>
      make(`case-${next(1000)}-${i}`, [pick(dims), pick(dims)], pick(industries), pick(['x', 'y']), 2018 + next(4)),
    );
    for (const t of many.slice(0, 60)) {
      const shared = (c: (typeof many)[number]) =>
        new Set(c.data.dimensions.map((d) => d.id).filter((d) => t.data.dimensions.some((e) => e.id === d))).size +
        (c.data.industry === t.data.industry ? 2 : 0) +
        (c.data.model === t.data.model ? 1 : 0);
      const sorted = many
        .filter((c) => c.id !== t.id && shared(c) > 0)
        .sort((a, b) => shared(b) - shared(a) || b.data.year - a.data.year || a.id.localeCompare(b.id));
      for (const limit of [0, 1, 3, 12, 400]) {
        expect(relatedCases(t, many, limit).map((c) => c.id)).toEqual(sorted.slice(0, limit).map((c) => c.id));
      }
    }
  });
});

test('byNewest orders by year descending, then id', () => {
  const list = [
    { id: 'b', data: { year: 2020 } },
    { id: 'a', data: { year: 2020 } },
    { id: 'c', data: { year: 2024 } },
  ];
  expect([...list].sort(byNewest).map((e) => e.id)).toEqual(['c', 'a', 'b']);
});
