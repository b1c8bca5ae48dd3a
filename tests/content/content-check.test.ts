import { describe, expect, test } from 'vitest';
import { assertContent } from '../../src/lib/content/content-check.ts';
import { checkTree as check, dimension, edit, expectReported, validTree, writeTree } from './fixtures.ts';

test('the valid fixture tree passes', () => {
  expect(check(validTree())).toEqual([]);
});

describe('each kind of bad content is reported with its file and field', () => {
  test.each([
    {
      what: 'an unknown reference',
      tree: () => edit(validTree(), 'cases/sample.mdx', 'strategies: [fix]', 'strategies: [fix, nonexistent]'),
      expected:
        'cases/sample.mdx: strategies[1]: unknown reference "nonexistent" (no entry with that id in strategies)',
    },
    {
      what: 'an unknown reference nested in an object',
      tree: () => edit(validTree(), 'dimensions/alpha.mdx', 'policy: law', 'policy: lawx'),
      expected: 'dimensions/alpha.mdx: policies[0].policy: unknown reference "lawx"',
    },
    {
      what: 'a missing required field',
      tree: () => edit(validTree(), 'cases/sample.mdx', /school: .*\n/, ''),
      expected: 'cases/sample.mdx: school:',
    },
    {
      what: 'a value outside an enumeration',
      tree: () => edit(validTree(), 'cases/sample.mdx', 'region: yangtze-delta', 'region: atlantis'),
      expected: 'cases/sample.mdx: region:',
    },
    {
      what: 'two dimensions with the same order',
      tree: () => new Map(validTree()).set(...dimension('gamma', 2)),
      expected: 'dimensions/gamma.mdx: order: 2 is already used by',
    },
    {
      what: 'a case with no dimension',
      tree: () => edit(validTree(), 'cases/sample.mdx', 'dimensions: [alpha]', 'dimensions: []'),
      expected: 'cases/sample.mdx: dimensions: 案例至少关联一个维度',
    },
    {
      what: 'an empty required list',
      tree: () => edit(validTree(), 'problems/gap.mdx', /symptoms:\n( {2}- .*\n)+/, 'symptoms: []\n'),
      expected: 'problems/gap.mdx: symptoms: 至少需要 3 项',
    },
    {
      what: 'a duplicate id (the same name as .md and .mdx)',
      tree: () => new Map(validTree()).set('guides/intro.md', validTree().get('guides/intro.mdx') ?? ''),
      expected: 'guides/intro.mdx: id: duplicate id "intro" in guides',
    },
    {
      what: 'frontmatter that is not valid YAML',
      tree: () => edit(validTree(), 'glossary/term.mdx', 'term: 术语', 'term: [术语'),
      expected: 'glossary/term.mdx: frontmatter: invalid YAML',
    },
    {
      what: 'a broken internal link in an MDX body',
      tree: () => edit(validTree(), 'guides/intro.mdx', /---\n$/, '---\n\n见[维度](/dimensions/nowhere/)。\n'),
      expected: 'guides/intro.mdx: body: link "/dimensions/nowhere/" points to no page of the site',
    },
    {
      what: 'a public case without sources',
      tree: () => edit(validTree(), 'cases/public-sample.mdx', / {2}sources:\n[\s\S]*?\n---/, '  sources: []\n---'),
      expected: 'cases/public-sample.mdx: provenance.sources: 公开案例至少需要一个来源（编辑器中的“出处 › 来源”）',
    },
    {
      what: 'a public case whose outcome has no excerpt',
      tree: () => edit(validTree(), 'cases/public-sample.mdx', / {4}excerpt: .*\n/, ''),
      expected:
        'cases/public-sample.mdx: outcomes[0].excerpt: 公开案例的每项成效都要附来源原文摘录（编辑器中的“成效 › 原文摘录”）',
    },
    {
      what: 'a public case whose outcome names no source',
      tree: () => edit(validTree(), 'cases/public-sample.mdx', '    source: 1\n', ''),
      expected: 'cases/public-sample.mdx: outcomes[0].source:',
    },
    {
      what: 'an outcome pointing at a source that does not exist',
      tree: () => edit(validTree(), 'cases/public-sample.mdx', '    source: 1\n', '    source: 2\n'),
      expected: 'cases/public-sample.mdx: outcomes[0].source: 来源序号 2 不存在',
    },
    {
      what: 'an excerpt over 80 characters',
      tree: () =>
        edit(validTree(), 'cases/public-sample.mdx', / {4}excerpt: .*\n/, `    excerpt: ${'长'.repeat(81)}\n`),
      expected: 'cases/public-sample.mdx: outcomes[0].excerpt: 摘录最多 80 个字',
    },
    {
      what: 'a public source without the date it was read',
      tree: () => edit(validTree(), 'cases/public-sample.mdx', /\n {6}accessed: .*/, ''),
      expected: 'cases/public-sample.mdx: provenance.sources[0].accessed: 每个来源都要写明读取日期',
    },
    {
      what: 'a read date that is not a date',
      tree: () => edit(validTree(), 'cases/public-sample.mdx', 'accessed: 2026-12-04', 'accessed: 上周'),
      expected: 'cases/public-sample.mdx: provenance.sources[0].accessed: accessed 应写成 YYYY-MM-DD',
    },
    {
      what: 'a source without a year',
      tree: () => edit(validTree(), 'cases/public-sample.mdx', '      year: 2024\n', ''),
      expected: 'cases/public-sample.mdx: provenance.sources[0].year: 来源必须有年份',
    },
    {
      what: 'a source without a title',
      tree: () =>
        edit(
          validTree(),
          'cases/public-sample.mdx',
          '    - title: 订单班开班仪式举行\n      publisher',
          '    - publisher',
        ),
      expected: 'cases/public-sample.mdx: provenance.sources[0].title: 来源必须有标题',
    },
    {
      what: 'a public case without its school type',
      tree: () => edit(validTree(), 'cases/public-sample.mdx', 'schoolType: higher-vocational\n', ''),
      expected: 'cases/public-sample.mdx: schoolType: 公开案例必须注明院校类型',
    },
    {
      what: 'an illustrative case naming a real school',
      tree: () => edit(validTree(), 'cases/sample.mdx', 'school: 某高职院校', 'school: 常州工业职业技术学院'),
      expected: 'cases/sample.mdx: school: 示例案例不得指名真实机构',
    },
    {
      what: 'an illustrative case naming a real enterprise',
      tree: () => edit(validTree(), 'cases/sample.mdx', 'enterprise: 某企业', 'enterprise: 比亚迪股份有限公司'),
      expected: 'cases/sample.mdx: enterprise: 示例案例不得指名真实机构',
    },
    {
      what: 'the retired provenance kind "published"',
      tree: () => edit(validTree(), 'cases/sample.mdx', '{ kind: illustrative }', '{ kind: published }'),
      expected: 'cases/sample.mdx: provenance.kind:',
    },
    {
      what: 'a style breach (a numeral touching a Chinese character), named by file and line',
      tree: () => edit(validTree(), 'guides/intro.mdx', /---\n$/, '---\n\n第一行。\n\n2021年起实施。\n'),
      expected: 'guides/intro.mdx:12: style: “1年”应写作“1 年”',
    },
    {
      what: 'money in Chinese numerals, named by file and line',
      tree: () => edit(validTree(), 'glossary/term.mdx', 'definition: 这是', 'definition: 补贴五千元。这是'),
      expected: 'glossary/term.mdx:4: style: “五千元”应写作“5000 元”',
    },
    {
      what: '“（示例数据）” in the body of an illustrative case, named by file and line',
      tree: () => edit(validTree(), 'cases/sample.mdx', '这个案例体现了互利', '招收 30 人（示例数据），体现了互利'),
      expected: 'cases/sample.mdx:23: body: 不要在正文里逐个标注“（示例数据）”',
    },
    {
      what: '“（示例数据）” in an outcome label (the table heading says it)',
      tree: () => edit(validTree(), 'cases/sample.mdx', 'label: 留任率', 'label: 留任率（示例数据）'),
      expected: 'cases/sample.mdx: outcomes[0].label: 去掉“（示例数据）”',
    },
    {
      what: 'an illustrative case without its principle',
      tree: () => edit(validTree(), 'cases/sample.mdx', /principle:\n( {2}- .*\n)+/, ''),
      expected: 'cases/sample.mdx: principle: 示例案例须说明',
    },
    {
      what: 'a principle aspect the 经验与启示 does not name',
      tree: () => edit(validTree(), 'cases/sample.mdx', '齐荣还欠缺', '长远还欠缺'),
      expected: 'cases/sample.mdx: principle[1]: “经验与启示”一节没有提到“齐荣”',
    },
    {
      what: 'a principle aspect outside the enumeration',
      tree: () => edit(validTree(), 'cases/sample.mdx', 'aspect: qirong', 'aspect: gongying'),
      expected: 'cases/sample.mdx: principle[1].aspect:',
    },
    {
      what: 'a published case without a citation',
      tree: () => edit(validTree(), 'cases/sample.mdx', '{ kind: illustrative }', '{ kind: published }'),
      expected: 'cases/sample.mdx: provenance.kind:',
    },
  ])('$what', ({ tree, expected }) => {
    expectReported(check(tree()), expected);
  });
});

test('assertContent throws one error that lists every problem', () => {
  const bad = edit(
    edit(validTree(), 'cases/sample.mdx', 'region: yangtze-delta', 'region: atlantis'),
    'strategies/fix.mdx',
    'addresses: [gap]',
    'addresses: [nope]',
  );
  expect(() => assertContent(writeTree(bad))).toThrow(
    /Content check failed \(2 problem\(s\)\)[\s\S]*region[\s\S]*addresses\[0\]/,
  );
});

test('internal links in bodies to existing pages and anchors pass', () => {
  const tree = edit(
    validTree(),
    'guides/intro.mdx',
    /---\n$/,
    '---\n\n见[维度](/dimensions/alpha/#x)和[案例](/cases/)。\n',
  );
  expect(check(tree)).toEqual([]);
});

test('the real content passes the check', () => {
  expect(() => assertContent('src/content')).not.toThrow();
});
