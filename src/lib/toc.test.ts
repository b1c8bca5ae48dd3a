import { expect, test } from 'vitest';
import { buildToc } from './toc.ts';

test('nests h3 under the preceding h2 and drops other depths', () => {
  expect(
    buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]),
  ).toEqual([
    { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
    { slug: 'b', text: 'B', children: [] },
  ]);
});

test('keeps an h3 that comes before any h2 as a top-level item', () => {
  expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
});

test('an empty heading list gives an empty table of contents', () => {
  expect(buildToc([])).toEqual([]);
});
