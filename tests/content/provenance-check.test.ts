/**
 * Provenance in content: an item marked as the paper's must name a claim in
 * `src/data/paper-claims.ts` and restate it in the paper's words; a law or policy must exist.
 */
import { describe, expect, test } from 'vitest';
import { checkTree as check, edit, validTree } from './fixtures.ts';

/** The alpha dimension with its first practice replaced by `item` (YAML lines, indented by two). */
const withPractice = (item: string) => edit(validTree(), 'dimensions/alpha.mdx', '  - 做法一\n', `${item}\n`);

test('a paper item that restates its claim passes, and so does a law item', () => {
  const tree = edit(
    withPractice('  - text: 企业考核学生时学校提供平时成绩、专业成绩\n    paper: grades-for-enterprise'),
    'dimensions/alpha.mdx',
    '  - 学校一\n',
    '  - { text: 学校一, policy: law, article: 第四十条 }\n',
  );
  expect(check(tree)).toEqual([]);
});

describe('bad provenance is reported with its file and field', () => {
  test.each([
    {
      what: 'a paper item whose text the claim does not support',
      item: '  - text: 制定岗位进阶计划，让学生由浅入深\n    paper: grades-for-enterprise',
      expected:
        'dimensions/alpha.mdx: practices[0].paper: 标为论文（grades-for-enterprise）的条目没有用到论文对这一做法的说法',
    },
    {
      what: 'a paper item naming no known claim',
      item: '  - text: 学校提供平时成绩\n    paper: made-up-claim',
      expected: 'dimensions/alpha.mdx: practices[0].paper: 论文中没有编号为 "made-up-claim" 的论点',
    },
    {
      what: 'an item with two sources',
      item: '  - text: 学校提供平时成绩\n    paper: grades-for-enterprise\n    law: 第四十条',
      expected: 'dimensions/alpha.mdx: practices[0]: 来源只能写一种',
    },
    {
      what: 'an item citing a policy the site does not have',
      item: '  - { text: 某项做法, policy: no-such-policy }',
      expected: 'dimensions/alpha.mdx: practices[0].source.document: unknown reference "no-such-policy"',
    },
    {
      what: 'a misspelt provenance key',
      item: '  - { text: 某项做法, papr: grades-for-enterprise }',
      expected: 'dimensions/alpha.mdx: practices[0]',
    },
  ])('$what', ({ item, expected }) => {
    const errors = check(withPractice(item));
    expect(
      errors.some((e) => e.includes(expected)),
      errors.join('\n'),
    ).toBe(true);
  });
});

test('a cause credited to the paper is checked the same way', () => {
  const tree = edit(
    validTree(),
    'problems/gap.mdx',
    '  - { title: 原因一, actor: school, text: 说明 }',
    '  - { title: 原因一, actor: school, text: 说明, paper: goal-one-sided }',
  );
  expect(check(tree).some((e) => e.includes('problems/gap.mdx: causes[0].paper: 标为论文'))).toBe(true);
});

test('a dimension without its principle is reported', () => {
  const tree = edit(validTree(), 'dimensions/alpha.mdx', /principle:\n( {2}.*\n){3}/, '');
  expect(check(tree).some((e) => e.startsWith('dimensions/alpha.mdx: principle:'))).toBe(true);
});
