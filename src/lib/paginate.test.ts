import { expect, test } from 'vitest';
import { pageWindow, paginate } from './paginate.ts';

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

test.each([
  [1, 1, [1]],
  [1, 5, [1, 2, 3, 4, 5]],
  [1, 9, [1, 2, 3, 'gap', 9]],
  [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
  [6, 12, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]],
  [834, 834, [1, 'gap', 832, 833, 834]],
] as const)('pageWindow(%i, %i) shows %j', (current, total, expected) => {
  expect(pageWindow(current, total)).toEqual(expected);
});

test('pageWindow never lists more than 2 × radius + 5 items, however many pages there are', () => {
  for (let current = 1; current <= 1000; current += 37) {
    expect(pageWindow(current, 1000).length).toBeLessThanOrEqual(9);
  }
});
