import { expect, test } from 'vitest';
import { pageInfo, readFragments, writeFragment, type Fragment } from './fragment.ts';

const fragment = (title: string, content: string): Fragment => ({
  url: '/x/',
  content,
  word_count: content.split(/\s+/).length,
  meta: { title },
  filters: {},
});

test('pageInfo places the title in word positions and counts the page', () => {
  expect(pageInfo(fragment('校企 企合 合作', '导航. 校企 企合 合作. 正文 文很 很长'))).toEqual({
    titleStart: 1,
    titleLength: 3,
    words: 7,
  });
});

test('pageInfo finds a title whose last word the text glues to the block’s closing mark', () => {
  // The synthetic cases of the benchmark end in a number: "…合成案例1109" stood in the text as "1109.".
  expect(pageInfo(fragment('合成 成案 案例 例 1109', '合成 成案 案例 例 1109. 正文'))).toMatchObject({
    titleStart: 0,
    titleLength: 5,
  });
  expect(pageInfo(fragment('1+X 证书', '“1+X 证书”. 正文'))).toMatchObject({ titleStart: 0, titleLength: 2 });
});

test('pageInfo gives length 0 to a title the text does not hold', () => {
  expect(pageInfo(fragment('别的 标题', '校企 企合 合作'))).toMatchObject({ titleLength: 0 });
});

test('fragments round-trip through the file format, one page or several', () => {
  const one = fragment('标题', '正文');
  expect(readFragments('a', writeFragment(one))).toEqual([['a', one]]);
  expect(readFragments('b', writeFragment({ p1: one, p2: one }))).toEqual([
    ['p1', one],
    ['p2', one],
  ]);
  expect(() =>
    readFragments('c', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
  ).toThrow(/c: not a Pagefind file/);
});
