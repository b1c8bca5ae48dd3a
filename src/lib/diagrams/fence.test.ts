import { describe, expect, test } from 'vitest';
import { checkDiagrams, extractMermaidFences, fenceCaption, outlineFromFlowchart } from './fence.ts';

describe('fenceCaption', () => {
  test.each([
    ['title="九个步骤"', '九个步骤'],
    ["title='单引号'", '单引号'],
    ['other=1 title="后面"', '后面'],
    ['title=""', undefined],
    ['', undefined],
    [null, undefined],
    ['subtitle="不是"', undefined],
  ])('%j gives %j', (meta, expected) => {
    expect(fenceCaption(meta)).toBe(expected);
  });
});

describe('extractMermaidFences', () => {
  test('finds mermaid fences with their line and meta, and skips other languages', () => {
    const text = [
      '# 标题',
      '```js',
      'const a = 1;',
      '```',
      '```mermaid title="甲"',
      'flowchart TB',
      '  a --> b',
      '```',
      '~~~~mermaid',
      'graph LR',
      '~~~~',
    ].join('\n');
    expect(extractMermaidFences(text)).toEqual([
      { line: 5, meta: 'title="甲"', source: 'flowchart TB\n  a --> b\n' },
      { line: 9, meta: '', source: 'graph LR\n' },
    ]);
  });

  test('does not take ```mermaidx for a mermaid fence', () => {
    expect(extractMermaidFences('```mermaidx\nx\n```')).toEqual([]);
  });
});

test('checkDiagrams reports each failing diagram as <file>: <error>', async () => {
  const parse = async (source: string) => {
    if (source.includes('bad')) throw new Error('Parse error on line 2:\n  bad');
  };
  expect(
    await checkDiagrams(
      [
        { file: 'a.mdx:3', source: 'good' },
        { file: 'b.mdx:7', source: 'bad' },
      ],
      parse,
    ),
  ).toEqual(['b.mdx:7: Parse error on line 2: bad']);
});

describe('outlineFromFlowchart', () => {
  test('lists nodes in order with their outgoing links, labels and click links', () => {
    const source = [
      'flowchart TB',
      '  s1["一、寻找"] --> s2["二、了解"] --> s3(["三、商定"])',
      '  s3 -->|"下一轮"| s1',
      '  click s2 href "/model/" "提示"',
    ].join('\n');
    expect(outlineFromFlowchart(source)).toEqual([
      { label: '一、寻找', href: undefined, children: [{ label: '→ 二、了解' }] },
      { label: '二、了解', href: '/model/', children: [{ label: '→ 三、商定' }] },
      { label: '三、商定', href: undefined, children: [{ label: '→ 一、寻找（下一轮）' }] },
    ]);
  });

  test.each([
    ['A -- 文字 --> B', '→ B（文字）'],
    ['A -.-> B', '→ B'],
    ['A ==> B', '→ B'],
    ['A --- B', '→ B'],
  ])('reads the link in %j', (line, expected) => {
    expect(outlineFromFlowchart(`graph LR\n${line}`)?.[0]?.children).toEqual([{ label: expected }]);
  });

  test('fans out over & and ignores invisible links and styling lines', () => {
    const source = 'flowchart LR\n  A & B --> C\n  C ~~~ D\n  classDef x fill:#fff\n  class A x\n  style B fill:#f00';
    expect(outlineFromFlowchart(source)).toEqual([
      { label: 'A', href: undefined, children: [{ label: '→ C' }] },
      { label: 'B', href: undefined, children: [{ label: '→ C' }] },
      { label: 'C', href: undefined },
      { label: 'D', href: undefined },
    ]);
  });

  test('nests the nodes of a subgraph under its title', () => {
    const source = 'flowchart TB\n  subgraph g["分组"]\n    a{"是否"}\n  end\n  a --> b[[结束]]';
    expect(outlineFromFlowchart(source)).toEqual([
      { label: '分组', children: [{ label: '是否', href: undefined, children: [{ label: '→ 结束' }] }] },
      { label: '结束', href: undefined },
    ]);
  });

  test('decodes entities, <br> and quotes in labels, and skips front matter', () => {
    const source =
      '---\nconfig:\n  flowchart:\n    rankSpacing: 20\n---\nflowchart TB\n  a["甲#34;乙#34;<br>丙 #35;1"]';
    expect(outlineFromFlowchart(source)).toEqual([{ label: '甲"乙" 丙 #1', href: undefined }]);
  });

  test('keeps link arrows inside a quoted label as text', () => {
    expect(outlineFromFlowchart('flowchart TB\n  a["x --> y"] --> b')?.[0]?.label).toBe('x --> y');
  });

  test.each([['sequenceDiagram\n  A->>B: hi'], ['flowchart TB\n  subgraph x\n  a'], ['flowchart TB']])(
    'gives up on %j',
    (source) => {
      expect(outlineFromFlowchart(source)).toBeUndefined();
    },
  );
});
