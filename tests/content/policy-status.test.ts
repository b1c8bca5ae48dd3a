/**
 * A repealed policy cited without saying so fails the content check, naming the file and the field;
 * the same citation with 已废止 in its text passes, and a policy that is only 未核实 is no error.
 */
import { describe, expect, test } from 'vitest';
import { checkTree as check, edit, expectReported, validTree } from './fixtures.ts';

/** The valid tree with the fixture law marked repealed, replaced by a second entry. */
function repealedTree(): Map<string, string> {
  const tree = edit(validTree(), 'policies/law.mdx', 'status: current', 'status: repealed\nreplacedBy: law-new');
  const law = tree.get('policies/law.mdx') ?? '';
  // `law:` items cite the entry with this id; here it is the same repealed law.
  tree.set('policies/vocational-education-law.mdx', law);
  return tree.set(
    'policies/law-new.mdx',
    law.replace('status: repealed\nreplacedBy: law-new', 'status: current').replace('title: 法', 'title: 新法'),
  );
}

describe('citing a repealed policy without a note fails, naming file and field', () => {
  test.each([
    {
      what: 'a law: item in a dimension list',
      tree: () =>
        edit(repealedTree(), 'dimensions/alpha.mdx', '  - 学校一', '  - { text: 学校签订协议, law: 第四十条 }'),
      expected:
        'dimensions/alpha.mdx: schoolRole[0].source.document: 引用的 vocational-education-law（法）已废止，引用处没有说明；写明“已废止”，或改引取代它的 law-new',
    },
    {
      what: 'a policy: item in a problem',
      tree: () => edit(repealedTree(), 'problems/gap.mdx', '  - 表现一', '  - { text: 企业顾虑多, policy: law }'),
      expected: 'problems/gap.mdx: symptoms[0].source.document: 引用的 law（法）已废止',
    },
    {
      what: "a dimension's link to the policy",
      tree: () => repealedTree(),
      expected: 'dimensions/alpha.mdx: policies[0].policy: 引用的 law（法）已废止',
    },
    {
      what: "a guide's source",
      tree: () =>
        edit(
          repealedTree(),
          'guides/intro.mdx',
          'source: { kind: paper, section: 三 }',
          'source: { kind: policy, document: law }',
        ),
      expected: 'guides/intro.mdx: source.document: 引用的 law（法）已废止',
    },
  ])('$what', ({ tree, expected }) => {
    expectReported(check(tree()), expected);
  });
});

test('a citation that says 已废止 passes', () => {
  const tree = edit(
    repealedTree(),
    'problems/gap.mdx',
    '  - 表现一',
    '  - { text: 企业仍按已废止的旧办法办事, policy: law }',
  );
  const notes = (t: Map<string, string>, file: string) => edit(t, file, 'note: 说明', 'note: 该文件已废止，见新法');
  const fixed = notes(notes(tree, 'dimensions/alpha.mdx'), 'dimensions/beta.mdx');
  expect(check(fixed)).toEqual([]);
});

test('a policy whose status is 未核实 may be cited without a note', () => {
  const tree = edit(validTree(), 'policies/law.mdx', 'status: current', 'status: unverified');
  expect(check(edit(tree, 'problems/gap.mdx', '  - 表现一', '  - { text: 企业顾虑多, policy: law }'))).toEqual([]);
});
