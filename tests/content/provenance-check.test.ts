/**
 * Provenance in content: an item marked as the paper's must name a claim in
 * `src/data/paper-claims.ts` and restate it in the paper's words; a law or policy must exist.
 */
import { describe, expect, test } from 'vitest';
import { checkContent, readContentTree } from '../../src/lib/content/content-check.ts';
import { readPaper } from '../../src/lib/content/paper-source.ts';
import { checkTree as check, edit, expectReported, validTree, writeTree } from './fixtures.ts';

/** The alpha dimension with its first practice replaced by `item` (YAML lines, indented by two). */
const withPractice = (item: string) => edit(validTree(), 'dimensions/alpha.mdx', '  - 做法一\n', `${item}\n`);

test('a paper item that restates its claim passes, and so does a law item', () => {
  const tree = edit(
    withPractice(
      '  - text: 企业考核学生时，“学校可以提供学生的平时成绩、专业成绩，供企业参考”\n    paper: grades-for-enterprise',
    ),
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
      what: 'a paper item that shares the claim’s words but carries none of the paper’s own',
      item: '  - text: 学校提供学生的平时成绩供企业参考\n    paper: grades-for-enterprise',
      expected: 'dimensions/alpha.mdx: practices[0].paper: 标为论文（grades-for-enterprise）的条目没有带出论文原话',
    },
    {
      what: 'a paper item whose quotation is not the paper’s wording',
      item: '  - text: 学校“提供学生的平时成绩和专业成绩”\n    paper: grades-for-enterprise',
      expected:
        'dimensions/alpha.mdx: practices[0].paper: 引文“提供学生的平时成绩和专业成绩”在论文的「三、2. 加强合作关系」中找不到',
    },
    {
      what: 'a paper item quoting another section of the paper than its claim’s',
      item: '  - text: “企业会安排一些有经验的技术人员”，提供平时成绩\n    paper: grades-for-enterprise',
      expected:
        'dimensions/alpha.mdx: practices[0].paper: 引文“企业会安排一些有经验的技术人员”在论文的「三、2. 加强合作关系」中找不到',
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
    expectReported(check(withPractice(item)), expected);
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

describe('the paper itself', () => {
  const files = () => readContentTree(writeTree(validTree())).files;

  test('missing where it is required (CI), the check fails and says where it is expected', () => {
    const errors = checkContent(files(), { paper: undefined, required: true });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/shared\/source\/paper\.zh\.md: \(file\): 找不到论文原文/);
  });

  test('a claim term the paper does not use is reported with the claims file and the claim', () => {
    // The same check against a paper in which one of grades-for-enterprise's terms does not occur.
    const paper = readPaper()?.replaceAll('专业成绩', '专业分数');
    expect(paper, '论文原文缺失').toBeDefined();
    const errors = checkContent(files(), { paper, required: true });
    expect(errors).toContain(
      'src/data/paper-claims.ts: grades-for-enterprise.terms: “专业成绩”不是论文的原词（论文中找不到），不能作为论点的用词',
    );
  });

  test('missing in a college’s own build, the check passes without the verbatim part', () => {
    expect(checkContent(files(), { paper: undefined, required: false })).toEqual([]);
  });
});
