/**
 * The content check over the `templates` collection: a template without clauses, a clause without a
 * source, a law clause without its article and a malformed blank each fail, naming file and field.
 */
import { describe, expect, test } from 'vitest';
import { checkTree as check, edit, expectReported, validTree } from './fixtures.ts';

const TEMPLATE = 'templates/sample.mdx';

/** The valid tree plus one sound template. */
function treeWithTemplate(): Map<string, string> {
  return new Map(validTree()).set(
    TEMPLATE,
    `---
reviewed: 2026-11-30
title: 示例协议（要点清单）
order: 1
summary: 这是一个用于测试的模板摘要，长度超过二十个字符以满足规则。
purpose: 测试用途。
parties: ['甲方：{{学校名称}}']
dimensions: [alpha]
sections:
  - title: 第一部分
    clauses:
      - text: 甲方 {{学校名称}} 与乙方签订协议。
        source: { kind: law, document: law, article: 第四十条 }
      - text: 定期沟通。
        source: { kind: paper, section: 三、1. 明确育人目标, quote: 开通“校企协同育人线上沟通平台” }
  - title: 第二部分
    clauses:
      - text: 期限。
        source: { kind: extension }
---
`,
  );
}

test('a sound template passes', () => {
  expect(check(treeWithTemplate())).toEqual([]);
});

describe('a bad template is reported with its file and field', () => {
  test.each([
    {
      what: 'a template without sections',
      tree: () => edit(treeWithTemplate(), TEMPLATE, /sections:\n[\s\S]*?\n---/, 'sections: []\n---'),
      expected: `${TEMPLATE}: sections: 模板至少需要一个部分`,
    },
    {
      what: 'a section without clauses',
      tree: () =>
        edit(
          treeWithTemplate(),
          TEMPLATE,
          /clauses:\n {6}- text: 期限。\n {8}source: \{ kind: extension \}/,
          'clauses: []',
        ),
      expected: `${TEMPLATE}: sections[1].clauses: 每一部分至少需要一条要点`,
    },
    {
      what: 'a clause without a source',
      tree: () => edit(treeWithTemplate(), TEMPLATE, /\n {8}source: \{ kind: extension \}/, ''),
      expected: `${TEMPLATE}: sections[1].clauses[0].source:`,
    },
    {
      what: 'a law clause without an article',
      tree: () => edit(treeWithTemplate(), TEMPLATE, ', article: 第四十条', ''),
      expected: `${TEMPLATE}: sections[0].clauses[0].source.article: 法律来源必须写明条款`,
    },
    {
      what: 'a source that names an unknown document',
      tree: () => edit(treeWithTemplate(), TEMPLATE, 'document: law', 'document: nolaw'),
      expected: `${TEMPLATE}: sections[0].clauses[0].source.document: unknown reference "nolaw"`,
    },
    {
      what: 'an unknown kind of source',
      tree: () => edit(treeWithTemplate(), TEMPLATE, '{ kind: extension }', '{ kind: rumour }'),
      expected: `${TEMPLATE}: sections[1].clauses[0].source.kind:`,
    },
    {
      what: 'a paper clause without the paper’s words',
      tree: () => edit(treeWithTemplate(), TEMPLATE, ', quote: 开通“校企协同育人线上沟通平台”', ''),
      expected: `${TEMPLATE}: sections[0].clauses[1].source.quote: 标为论文的条目要写出所依据的论文原话`,
    },
    {
      what: 'a paper clause quoting words the paper does not have',
      tree: () => edit(treeWithTemplate(), TEMPLATE, '开通“校企协同育人线上沟通平台”', '开通“校企协同育人沟通平台”'),
      expected: `${TEMPLATE}: sections[0].clauses[1].source.quote: 引文“开通“校企协同育人沟通平台””在论文的「三、1. 明确育人目标」中找不到`,
    },
    {
      what: 'a blank that does not close',
      tree: () => edit(treeWithTemplate(), TEMPLATE, '甲方 {{学校名称}} 与', '甲方 {{学校名称 与'),
      expected: `${TEMPLATE}: sections[0].clauses[0].text: 花括号不成对`,
    },
    {
      what: 'a template that serves no dimension',
      tree: () => edit(treeWithTemplate(), TEMPLATE, 'dimensions: [alpha]', 'dimensions: []'),
      expected: `${TEMPLATE}: dimensions: 至少关联一个维度`,
    },
  ])('$what', ({ tree, expected }) => {
    expectReported(check(tree()), expected);
  });
});
