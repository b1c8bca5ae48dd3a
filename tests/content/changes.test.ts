/**
 * The record of changes through the content check: a sound entry passes; an unknown kind, a page
 * that does not exist, a path that is not a page of the site, no page at all and a summary of more
 * than one line each name the file and the field.
 */
import { describe, expect, test } from 'vitest';
import { checkTree as check, edit, expectReported, validTree } from './fixtures.ts';

const FILE = 'changes/2026-12-04-sample.yaml';

function treeWithChange(): Map<string, string> {
  return new Map(validTree()).set(
    FILE,
    `date: 2026-12-04
kind: corrected
summary: 维度一的做法改标为本站扩展
pages:
  dimensions: [alpha]
  policies: [law]
  paths: [/]
`,
  );
}

test('a sound change entry passes', () => {
  expect(check(treeWithChange())).toEqual([]);
});

describe('a bad change entry is reported with file and field', () => {
  test.each([
    { what: 'an unknown kind', from: 'kind: corrected', to: 'kind: 更正', expected: `${FILE}: kind: 未知的更新类型` },
    {
      what: 'a page that does not exist',
      from: 'dimensions: [alpha]',
      to: 'dimensions: [omega]',
      expected: `${FILE}: pages.dimensions[0]: unknown reference "omega"`,
    },
    {
      what: 'a path that is no page',
      from: 'paths: [/]',
      to: 'paths: [/nowhere/]',
      expected: `${FILE}: pages.paths[0]:`,
    },
    {
      what: 'no page at all',
      from: /pages:[\s\S]*$/,
      to: 'pages: {}\n',
      expected: `${FILE}: pages: 至少写明一个被改动的页面`,
    },
    { what: 'a missing date', from: 'date: 2026-12-04\n', to: '', expected: `${FILE}: date: 缺少日期` },
    {
      what: 'a summary of two lines',
      from: 'summary: 维度一的做法改标为本站扩展',
      to: 'summary: "第一行\\n第二行"',
      expected: `${FILE}: summary: 摘要只能写一行`,
    },
  ])('$what', ({ from, to, expected }) => {
    expectReported(check(edit(treeWithChange(), FILE, from, to)), expected);
  });
});
