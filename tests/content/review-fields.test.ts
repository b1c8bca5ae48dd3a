/**
 * The review fields and the policy status, through the content check: a missing or impossible review
 * date, an interval out of range, and a replacement on a policy still in force each name file and
 * field; a template's default interval follows whether it quotes a rule.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { makeSchemas } from '../../src/lib/schemas/index.ts';
import { assertContent } from '../../src/lib/content/content-check.ts';
import { checkTree as check, edit, expectReported, validTree, writeTree } from './fixtures.ts';

describe('bad review fields are reported with file and field', () => {
  test.each([
    {
      what: 'a guidance entry without a review date',
      tree: () => edit(validTree(), 'strategies/fix.mdx', 'reviewed: 2026-11-30\n', ''),
      expected: 'strategies/fix.mdx: reviewed: 缺少审核日期',
    },
    {
      what: 'a day that does not exist',
      tree: () => edit(validTree(), 'problems/gap.mdx', 'reviewed: 2026-11-30', "reviewed: '2026-02-30'"),
      expected: 'problems/gap.mdx: reviewed: 不存在的日期',
    },
    {
      what: 'an interval of zero months',
      tree: () => edit(validTree(), 'guides/intro.mdx', 'reviewed: 2026-11-30', 'reviewed: 2026-11-30\nreviewEvery: 0'),
      expected: 'guides/intro.mdx: reviewEvery: 审核间隔至少 1 个月',
    },
    {
      what: 'an unknown policy status',
      tree: () => edit(validTree(), 'policies/law.mdx', 'status: current', 'status: 现行'),
      expected: 'policies/law.mdx: status: 未知的政策状态',
    },
    {
      what: 'a replacement on a policy in force',
      tree: () => edit(validTree(), 'policies/law.mdx', 'status: current', 'status: current\nreplacedBy: law'),
      expected: 'policies/law.mdx: replacedBy: 只有已修订或已废止的政策才写 replacedBy',
    },
    {
      what: 'a replacement that does not exist',
      tree: () => edit(validTree(), 'policies/law.mdx', 'status: current', 'status: revised\nreplacedBy: law-2030'),
      expected: 'policies/law.mdx: replacedBy: unknown reference "law-2030"',
    },
  ])('$what', ({ tree, expected }) => {
    expectReported(check(tree()), expected);
  });
});

test('a playbook without a review date is reported with its file', () => {
  const root = writeTree(edit(validTree(), 'playbooks/alpha.yaml', 'reviewed: 2026-11-30\n', ''));
  expect(() => assertContent(root)).toThrow(/playbooks\/alpha\.yaml: reviewed: 缺少审核日期/);
});

describe('default intervals live in the schemas', () => {
  const schemas = makeSchemas(() => z.string());
  const template = (kind: string) => ({
    reviewed: '2026-11-30',
    title: '示例',
    summary: '这是一个用于测试的模板摘要，长度超过二十个字符以满足规则。',
    purpose: '测试。',
    parties: ['甲方'],
    order: 1,
    dimensions: ['alpha'],
    sections: [
      {
        title: '一',
        clauses: [
          { text: '条款。', source: kind === 'law' ? { kind, document: 'law', article: '第四十条' } : { kind } },
        ],
      },
    ],
  });

  test('a template that quotes a law is reviewed every 6 months', () => {
    expect(schemas.templates.parse(template('law')).reviewEvery).toBe(6);
  });
  test('a template of the site’s own advice every 12', () => {
    expect(schemas.templates.parse(template('extension')).reviewEvery).toBe(12);
  });
  test('an entry may override its collection’s interval', () => {
    expect(schemas.templates.parse({ ...template('law'), reviewEvery: 3 }).reviewEvery).toBe(3);
  });
  test('a policy without a status is 未核实', () => {
    const policy = schemas.policies.parse({
      reviewed: '2026-12-04',
      title: '法',
      issuers: ['全国人民代表大会常务委员会'],
      date: '2022-04-20',
      summary: '这是一个用于测试的政策摘要，长度超过二十个字符以满足规则。',
      points: ['要点'],
    });
    expect(policy).toMatchObject({ status: 'unverified', reviewEvery: 12 });
  });
});
