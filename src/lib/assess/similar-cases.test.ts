import { describe, expect, test } from 'vitest';
import { seeded } from '../../../tests/support/random.ts';
import { casePool, pickCases, type PoolCase } from './similar-cases.ts';

const c = (industry: string, model: string, ...dimensions: string[]): PoolCase => ({ industry, model, dimensions });

describe('pickCases', () => {
  const cases = [
    c('ict', 'order', 'talent'),
    c('auto', 'order', 'talent'),
    c('auto', 'council', 'talent'),
    c('ict', 'council', 'faculty'),
    c('auto', 'apprentice', 'talent', 'faculty'),
  ];
  test('industry and model first, then industry, then model, then listing order', () => {
    expect(pickCases(cases, 'talent', { industry: 'auto', model: 'council' })).toEqual([2, 1, 4]);
    expect(pickCases(cases, 'talent', { industry: '', model: 'council' })).toEqual([2, 0, 1]);
    expect(pickCases(cases, 'talent', { industry: 'ict', model: 'apprentice' })).toEqual([0, 4, 1]);
  });
  test('without preferences: the newest of the dimension', () => {
    expect(pickCases(cases, 'faculty', { industry: '', model: '' })).toEqual([3, 4]);
    expect(pickCases(cases, 'research', { industry: 'ict', model: '' })).toEqual([]);
  });
});

describe('casePool', () => {
  test('keeps the first three of every dimension × industry × model', () => {
    const same = Array.from({ length: 5 }, () => c('ict', 'order', 'talent'));
    expect(casePool([...same, c('ict', 'order', 'faculty', 'talent')])).toEqual([0, 1, 2, 5]);
  });
  test('picking from the pool gives what picking from every case gives, for every dimension and preference', () => {
    const { pick } = seeded(11);
    const dims = ['a', 'b', 'c', 'd', 'e'];
    const industries = ['i1', 'i2', 'i3', 'i4'];
    const models = ['m1', 'm2', 'm3'];
    const all = Array.from({ length: 600 }, () => c(pick(industries), pick(models), pick(dims), pick(dims)));
    const pool = casePool(all);
    // The bound that keeps the file small at any number of cases, and a pool that does leave cases out.
    expect(pool.length).toBeLessThanOrEqual(dims.length * industries.length * models.length * 3);
    expect(pool.length).toBeLessThan(all.length / 2);
    const pooled = pool.map((i) => all[i] as PoolCase);
    for (const dimension of dims)
      for (const industry of ['', ...industries])
        for (const model of ['', ...models]) {
          const fromAll = pickCases(all, dimension, { industry, model });
          const fromPool = pickCases(pooled, dimension, { industry, model }).map((i) => pool[i]);
          expect(fromPool, `${dimension} ${industry} ${model}`).toEqual(fromAll);
          expect(fromAll).toHaveLength(3);
        }
  });
});
