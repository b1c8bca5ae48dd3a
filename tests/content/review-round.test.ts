/**
 * The 多方协同体检 statements (`review/<dimension>.yaml`): a good pair of files passes, and each bad
 * one is reported with its file and field.
 */
import { expect, test } from 'vitest';
import { checkTree as check, expectReported, validTree } from './fixtures.ts';

const review = (
  dim: string,
  body = `  teacher:\n    - id: ${dim}-t1\n      text: 教师陈述\n  student:\n    - id: ${dim}-st1\n      text: 学生陈述\n`,
) => [`review/${dim}.yaml`, `dimension: ${dim}\nbasis: [work-tasks]\nstatements:\n${body}`] as [string, string];

test('one file per dimension with two roles passes', () => {
  expect(check(new Map([...validTree(), review('alpha'), review('beta')]))).toEqual([]);
});

test.each([
  {
    what: 'a statement id with another role’s code',
    file: review(
      'alpha',
      `  teacher:\n    - id: alpha-st1\n      text: 陈述\n  mentor:\n    - id: alpha-m1\n      text: 陈述\n`,
    ),
    expected: 'review/alpha.yaml: statements.teacher[0].id: 专业教师的陈述 id 应以 -t<序号> 结尾',
  },
  {
    what: 'a single role',
    file: review('alpha', `  teacher:\n    - id: alpha-t1\n      text: 陈述\n`),
    expected: 'review/alpha.yaml: statements: 至少两个角色要有陈述',
  },
  {
    what: 'an unknown role',
    file: review(
      'alpha',
      `  teacher:\n    - id: alpha-t1\n      text: 陈述\n  parent:\n    - id: alpha-p1\n      text: 陈述\n`,
    ),
    expected: 'review/alpha.yaml: statements',
  },
  {
    what: 'an unknown paper practice',
    file: [review('alpha')[0], review('alpha')[1].replace('work-tasks', 'made-up')] as [string, string],
    expected: 'review/alpha.yaml: basis[0]: 未知的论文要点 id',
  },
  {
    what: 'an id of another dimension',
    file: review(
      'alpha',
      `  teacher:\n    - id: beta-t1\n      text: 陈述\n  student:\n    - id: alpha-st1\n      text: 陈述\n`,
    ),
    expected: 'review/alpha.yaml: statements.teacher[0].id: "beta-t1" should start with "alpha-"',
  },
  {
    what: 'a dimension without a file',
    file: ['review/_draft.yaml', ''] as [string, string],
    expected: 'review/beta.yaml: (file): missing',
  },
])('$what is reported with its file and field', ({ file, expected }) => {
  const tree = new Map([...validTree(), review('alpha'), review('beta'), file]);
  if (file[0] === 'review/_draft.yaml') tree.delete('review/beta.yaml');
  expectReported(check(tree), expected);
});
