/**
 * The self-assessment statements (`checklists/<dimension>.yaml`): a good file passes, and each bad
 * one is reported with its file and field.
 */
import { expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/content-check.ts';
import { checkTree as check, expectReported, validTree } from './fixtures.ts';

const items = (dim: string, side: 's' | 'e', n: number, start = 1) =>
  Array.from({ length: n }, (_, i) => `  - id: ${dim}-${side}${i + start}\n    text: 陈述 ${i + start}`).join('\n');

/** A checklist file for `dim` with `school`/`enterprise` statement counts. */
function checklist(dim: string, school = 4, enterprise = 4, extra = ''): [string, string] {
  return [
    `checklists/${dim}.yaml`,
    `reviewed: 2026-11-30\ndimension: ${dim}\nschool:\n${items(dim, 's', school)}\n${extra}enterprise:\n${items(dim, 'e', enterprise)}\n`,
  ];
}

test('a checklist with 4–6 statements per side passes', () => {
  expect(check(new Map([...validTree(), checklist('alpha', 4, 6)]))).toEqual([]);
});

test.each([
  {
    what: 'fewer than 4 statements',
    file: checklist('alpha', 3, 4),
    expected: 'checklists/alpha.yaml: school: 至少需要 4 条陈述',
  },
  {
    what: 'more than 6 statements',
    file: checklist('alpha', 4, 7),
    expected: 'checklists/alpha.yaml: enterprise: 最多 6 条陈述',
  },
  {
    what: 'a duplicate id within a list',
    file: [
      'checklists/alpha.yaml',
      `reviewed: 2026-11-30\ndimension: alpha\nschool:\n${items('alpha', 's', 4)}\n${items('alpha', 's', 1)}\nenterprise:\n${items('alpha', 'e', 4)}\n`,
    ] as [string, string],
    expected: 'checklists/alpha.yaml: school[4].id: 重复的 id "alpha-s1"',
  },
  {
    what: 'an unknown dimension',
    file: ['checklists/gamma.yaml', checklist('gamma')[1]] as [string, string],
    expected: 'checklists/gamma.yaml: dimension: unknown reference "gamma"',
  },
  {
    what: 'a file named after another dimension',
    file: ['checklists/beta.yaml', checklist('alpha')[1]] as [string, string],
    expected: 'checklists/beta.yaml: dimension: "alpha" differs from the file name',
  },
  {
    what: 'an id of the wrong shape',
    file: ['checklists/alpha.yaml', checklist('alpha')[1].replace('alpha-s1', 'Alpha 1')] as [string, string],
    expected: 'checklists/alpha.yaml: school[0].id: id 应形如',
  },
])('$what is reported with its file and field', ({ file, expected }) => {
  expectReported(check(new Map([...validTree(), file])), expected);
});

test('the same statement id in two files is reported with both files', () => {
  const beta = checklist('beta');
  const tree = new Map([
    ...validTree(),
    checklist('alpha'),
    [beta[0], beta[1].replace('beta-s2', 'alpha-s2')] as [string, string],
  ]);
  expect(check(tree)).toContainEqual(
    expect.stringContaining('checklists/beta.yaml: school[1].id: duplicate id "alpha-s2", already used in'),
  );
});

test('every dimension of the real content has its statements, ids unique site-wide', () => {
  const { files, errors } = readContentTree('src/content');
  expect(errors).toEqual([]);
  const dims = files
    .filter((f) => f.collection === 'dimensions')
    .map((f) => f.id)
    .sort();
  const lists = files.filter((f) => f.collection === 'checklists');
  expect(lists.map((f) => f.id).sort()).toEqual(dims);
  const ids = lists.flatMap((f) =>
    ['school', 'enterprise'].flatMap((s) => (f.data[s] as { id: string }[]).map((i) => i.id)),
  );
  expect(new Set(ids).size).toBe(ids.length);
});
