/**
 * The crosswalk rules (issue 30): a task without a dimension, a dimension that serves no task, an
 * unknown dimension, indicator, template or policy — each is reported with the file and the field,
 * and stops the build (assertContent).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertContent, checkCrosswalk, readContentTree, readPlaybooks } from '../../src/lib/content/content-check.ts';
import { parseCrosswalk } from '../../src/lib/guidance/crosswalk.ts';
import { edit, validTree, writeTree } from './fixtures.ts';

const FILE = 'crosswalk/crosswalk.yaml';

function check(tree: Map<string, string>): string[] {
  const root = writeTree(tree);
  const { files } = readContentTree(root);
  const prefix = relative(process.cwd(), root) + '/';
  return checkCrosswalk(root, files, readPlaybooks(root).files).map((e) => e.replace(prefix, ''));
}

test('the valid tree, where each dimension serves a task, passes', () => {
  expect(check(validTree())).toEqual([]);
});

describe('a bad crosswalk is reported with file and field', () => {
  test.each([
    {
      what: 'a task with no dimension',
      tree: () =>
        edit(validTree(), FILE, 'serves:\n      - { dimension: beta, note: 理由, indicators: [ind-3] }', 'serves: []'),
      expected: [`${FILE}: tasks[1].serves: 每项任务至少对应一个维度`],
    },
    {
      what: 'a dimension that serves no task',
      tree: () => edit(validTree(), FILE, 'dimension: beta', 'dimension: alpha'),
      expected: [`${FILE}: tasks: 维度 beta 在 plan（两项任务）中不服务任何任务`],
    },
    {
      what: 'an unknown dimension',
      tree: () => edit(validTree(), FILE, 'dimension: beta', 'dimension: gamma'),
      expected: [`${FILE}: tasks[1].serves[0].dimension: 未知的维度 gamma`],
    },
    {
      what: 'an indicator of another playbook',
      tree: () => edit(validTree(), FILE, 'indicators: [ind-3]', 'indicators: [ind-9]'),
      expected: [`${FILE}: tasks[1].serves[0].indicators[0]: 维度 beta 没有指标 ind-9`],
    },
    {
      what: 'an unknown template',
      tree: () => edit(validTree(), FILE, 'templates: []', 'templates: [nothing]'),
      expected: [`${FILE}: tasks[0].serves[0].templates[0]: 未知的文书 nothing`],
    },
    {
      what: 'an unknown policy',
      tree: () => edit(validTree(), FILE, 'policy: law', 'policy: rumour'),
      expected: [`${FILE}: frameworks[0].policy: 未知的政策文件 rumour`],
    },
    {
      what: 'a task of an unknown framework',
      tree: () => edit(validTree(), FILE, 'framework: plan\n    name: 任务二', 'framework: other\n    name: 任务二'),
      expected: [`${FILE}: tasks[1].framework: 未知的文件 other`],
    },
  ])('$what', ({ tree, expected }) => {
    const errors = check(tree());
    for (const message of expected) expect(errors, errors.join('\n')).toContain(message);
  });
});

test('a missing crosswalk file is reported', () => {
  const tree = new Map(validTree());
  tree.delete(FILE);
  expect(check(tree)).toEqual([`${FILE}: (file): missing (the crosswalk page reads it)`]);
});

test('assertContent (what the build runs) stops on a dimension that serves no task', () => {
  const bad = edit(validTree(), FILE, 'dimension: beta', 'dimension: alpha');
  expect(() => assertContent(writeTree(bad))).toThrow(/crosswalk\/crosswalk\.yaml: tasks: 维度 beta/);
});

test('the real crosswalk passes: 7 tasks of the 建设指南 and the 4 of the 四个合作, each with a dimension', () => {
  expect(() => assertContent('src/content')).not.toThrow();
  const { data } = parseCrosswalk(readFileSync(`src/content/${FILE}`, 'utf8'), FILE);
  const count = (policy: string) => {
    const framework = data?.frameworks.find((f) => f.policy === policy);
    return data?.tasks.filter((t) => t.framework === framework?.id && t.serves.length > 0).length;
  };
  expect(count('industry-college-guide-2020')).toBe(7);
  expect(count('city-consortium-2024')).toBe(4);
});
