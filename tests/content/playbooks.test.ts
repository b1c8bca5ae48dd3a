/**
 * The playbook rules (issue 15): a missing formula, an unknown office, fewer than five indicators,
 * a worksheet total over an unknown input, a dimension without a playbook — each is reported with
 * the file and the field, and stops the build (assertContent).
 */
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  assertContent,
  checkContent,
  checkPlaybooks,
  paperInput,
  readContentTree,
  readPlaybooks,
} from '../../src/lib/content/content-check.ts';
import { edit, expectReported, playbook, validTree, writeTree } from './fixtures.ts';

function check(tree: Map<string, string>): string[] {
  const root = writeTree(tree);
  const { files, errors } = readContentTree(root);
  const playbooks = readPlaybooks(root);
  const dimensions = files.filter((f) => f.collection === 'dimensions').map((f) => f.id);
  const prefix = relative(process.cwd(), root) + '/';
  // The paper is required here as under CI.
  const paper = { ...paperInput(), required: true };
  return [
    ...errors,
    ...checkContent(files, paper),
    ...playbooks.errors,
    ...checkPlaybooks(playbooks.files, dimensions, paper),
  ].map((e) => e.replace(prefix, ''));
}

const firstIndicator = / {2}- id: ind-1\n[\s\S]*?provenance: \{ kind: extension \}\n/;

test('the valid tree, with a playbook per dimension, passes', () => {
  expect(check(validTree())).toEqual([]);
});

describe('bad playbooks are reported with file and field', () => {
  test.each([
    {
      what: 'a missing formula',
      tree: () =>
        edit(validTree(), 'playbooks/alpha.yaml', '    formula: { numerator: 分子, denominator: 分母 }\n', ''),
      expected: 'playbooks/alpha.yaml: indicators[0].formula: 缺少计算公式',
    },
    {
      what: 'an indicator credited to the paper, which has no metrics',
      tree: () =>
        edit(
          validTree(),
          'playbooks/alpha.yaml',
          /(id: ind-1\n[\s\S]*?provenance: )\{ kind: extension \}/,
          '$1{ kind: paper, section: 三、2. 加强合作关系, quote: 学校可以提供学生的平时成绩 }',
        ),
      expected: 'playbooks/alpha.yaml: indicators[0].provenance.kind: 指标不能标为论文',
    },
    {
      what: 'a step credited to the paper without the paper’s words',
      tree: () =>
        edit(
          validTree(),
          'playbooks/alpha.yaml',
          '{ kind: extension } }',
          '{ kind: paper, section: 三、2. 加强合作关系 } }',
        ),
      expected: 'playbooks/alpha.yaml: steps[0].provenance.quote: 标为论文的条目要写出所依据的论文原话',
    },
    {
      what: 'a step quoting words the paper does not have',
      tree: () =>
        edit(
          validTree(),
          'playbooks/alpha.yaml',
          '{ kind: extension } }',
          '{ kind: paper, section: 三、2. 加强合作关系, quote: 学校提供学生的全部成绩 } }',
        ),
      expected:
        'playbooks/alpha.yaml: steps[0].provenance.quote: 引文“学校提供学生的全部成绩”在论文的「三、2. 加强合作关系」中找不到',
    },
    {
      what: 'a numerator without a denominator',
      tree: () =>
        edit(validTree(), 'playbooks/alpha.yaml', '{ numerator: 分子, denominator: 分母 }', '{ numerator: 分子 }'),
      expected: 'playbooks/alpha.yaml: indicators[0].formula: 分子和分母要同时写明',
    },
    {
      what: 'an unknown office keeping a record',
      tree: () => edit(validTree(), 'playbooks/alpha.yaml', 'keptBy: personnel', 'keptBy: registry'),
      expected: 'playbooks/alpha.yaml: indicators[0].dataSource.keptBy: 未知的部门',
    },
    {
      what: 'an unknown office in a task',
      tree: () => edit(validTree(), 'playbooks/beta.yaml', 'participants: [ent-hr]', 'participants: [hr]'),
      expected: 'playbooks/beta.yaml: responsibilities[0].participants[0]: 未知的部门',
    },
    {
      what: 'the same office leading and taking part',
      tree: () => edit(validTree(), 'playbooks/beta.yaml', 'participants: [ent-hr]', 'participants: [college]'),
      expected: 'playbooks/beta.yaml: responsibilities[0].participants: 部门 college 在同一任务中只能有一种角色',
    },
    {
      what: 'fewer than five indicators',
      tree: () => edit(validTree(), 'playbooks/alpha.yaml', firstIndicator, ''),
      expected: 'playbooks/alpha.yaml: indicators: 每个维度至少需要 5 项指标',
    },
    {
      what: 'a duplicate indicator id',
      tree: () => edit(validTree(), 'playbooks/alpha.yaml', 'id: ind-2', 'id: ind-1'),
      expected: 'playbooks/alpha.yaml: indicators[1].id: 重复的 id：ind-1',
    },
    {
      what: '"better: target" without a target',
      tree: () => edit(validTree(), 'playbooks/alpha.yaml', 'better: higher', 'better: target'),
      expected: 'playbooks/alpha.yaml: indicators[0].target: better 为 target 时要写明目标',
    },
    {
      what: 'a law provenance without a document',
      tree: () => edit(validTree(), 'playbooks/alpha.yaml', 'document: 法, ', ''),
      expected: 'playbooks/alpha.yaml: responsibilities[0].provenance.document:',
    },
    {
      what: 'a worksheet total over an unknown input',
      tree: () => edit(validTree(), 'playbooks/alpha.yaml', 'of: [mentors, hours]', 'of: [mentors, weeks]'),
      expected: 'playbooks/alpha.yaml: worksheet.totals[0].of[1]: 未知的输入 weeks',
    },
    {
      what: 'a dimension without a playbook',
      tree: () => {
        const tree = new Map(validTree());
        tree.delete('playbooks/beta.yaml');
        return tree;
      },
      expected: 'playbooks/beta.yaml: (file): missing',
    },
    {
      what: 'a playbook for no dimension',
      tree: () => new Map(validTree()).set(...playbook('gamma')),
      expected: 'playbooks/gamma.yaml: (file name): no dimension "gamma"',
    },
  ])('$what', ({ tree, expected }) => {
    expectReported(check(tree()), expected);
  });
});

test('assertContent (what the build runs) stops on a bad playbook', () => {
  const bad = edit(validTree(), 'playbooks/alpha.yaml', 'keptBy: personnel', 'keptBy: registry');
  expect(() => assertContent(writeTree(bad))).toThrow(/playbooks\/alpha\.yaml: indicators\[0\]\.dataSource\.keptBy/);
});

test('every real dimension has at least five indicators', () => {
  const { files, errors } = readPlaybooks('src/content/playbooks/..');
  expect(errors).toEqual([]);
  expect(files).toHaveLength(10);
  for (const file of files) {
    const count = (file.data as { indicators: unknown[] }).indicators.length;
    expect(count, file.file).toBeGreaterThanOrEqual(5);
  }
});
