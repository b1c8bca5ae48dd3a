import { describe, expect, test } from 'vitest';
import { bodyBlocks } from './blocks.ts';

describe('bodyBlocks', () => {
  test('headings move with the section: a body ## is a level-2 heading, ### level 3', () => {
    expect(bodyBlocks('## 为什么重要\n\n正文。\n\n### 细节\n', { mdx: false })).toEqual([
      { kind: 'heading', level: 2, text: '为什么重要' },
      { kind: 'paragraph', runs: [{ text: '正文。' }] },
      { kind: 'heading', level: 3, text: '细节' },
    ]);
  });

  test('bold and italic are kept as runs; a link keeps its words', () => {
    expect(bodyBlocks('先 **签协议**，再看[案例](/cases/)和*说明*。', { mdx: false })).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: '先 ' },
          { text: '签协议', bold: true },
          { text: '，再看' },
          { text: '案例' },
          { text: '和' },
          { text: '说明', italic: true },
          { text: '。' },
        ],
      },
    ]);
  });

  test('lists, ordered or not, and tables as tables', () => {
    expect(
      bodyBlocks('1. 一\n2. 二\n\n- 甲\n- 乙\n\n| 部门 | 做什么 |\n| --- | --- |\n| 教务处 | 排课 |\n', { mdx: false }),
    ).toEqual([
      { kind: 'list', ordered: true, items: [[{ text: '一' }], [{ text: '二' }]] },
      { kind: 'list', ordered: false, items: [[{ text: '甲' }], [{ text: '乙' }]] },
      { kind: 'table', header: ['部门', '做什么'], rows: [['教务处', '排课']] },
    ]);
  });

  test('MDX imports, components and diagrams carry no text into the document', () => {
    const body =
      "import X from '@components/X.astro';\n\n## 谁负责什么\n\n<X />\n\n```mermaid\nflowchart LR\n a-->b\n```\n\n后文。\n";
    expect(bodyBlocks(body, { mdx: true })).toEqual([
      { kind: 'heading', level: 2, text: '谁负责什么' },
      { kind: 'paragraph', runs: [{ text: '后文。' }] },
    ]);
  });
});
