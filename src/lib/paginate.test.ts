import { expect, test } from 'vitest';
import { paginate } from './paginate.ts';

test('splits a list into pages of the given size, the last one shorter', () => {
  const pages = paginate([1, 2, 3, 4, 5], 2);
  expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
  expect(pages.map((p) => [p.number, p.total])).toEqual([
    [1, 3],
    [2, 3],
    [3, 3],
  ]);
});

test('an empty list has one empty page, so the listing still renders', () => {
  expect(paginate([], 12)).toEqual([{ number: 1, total: 1, items: [] }]);
});

test.each([0, -1, 1.5])('rejects a page size of %d', (size) => {
  expect(() => paginate([1], size)).toThrow(/positive integer, got/);
});
