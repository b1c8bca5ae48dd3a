import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkClaims, checkPaperQuotes, findPaper, paperSection } from './paper-source.ts';

/** A paper with the real paper's shape: abstract, introduction, numbered sections and subsections. */
const PAPER = `# 标题

摘要：产业学院是一种载体。

引言的一段话，讲三个问题。

## 一、重要性

总述十个方面的协同育人。

### 1. 引进企业资源

企业会安排一些有经验的技术人员。

### 2. 丰富实践教学

引进一些具体的工作任务。

## 三、基于“互利 • 同强 • 齐荣”的改进策略

理念是互惠互利为基点。

### 2. 加强合作关系

学校可以提供学生的平时成绩、专业成绩，供企业参考。
`;

describe('paperSection', () => {
  test.each([
    ['摘要', '摘要：产业学院是一种载体。'],
    ['引言', '引言的一段话'],
    ['一、1. 引进企业资源', '企业会安排一些有经验的技术人员'],
    ['三、2. 加强合作关系', '平时成绩'],
  ] as const)('%s holds its own text', (section, expected) => {
    expect(paperSection(PAPER, section)).toContain(expected);
  });

  test('a subsection stops at the next heading', () => {
    expect(paperSection(PAPER, '一、1. 引进企业资源')).not.toContain('工作任务');
  });

  test('a top section includes its subsections', () => {
    const body = paperSection(PAPER, '三、基于“互利·同强·齐荣”的改进策略');
    expect(body).toContain('互惠互利');
    expect(body).toContain('平时成绩');
    expect(body).not.toContain('技术人员');
  });
});

describe('checkPaperQuotes', () => {
  const item = (quotes: string[], section = '三、2. 加强合作关系') => ({
    practices: [{ text: '…', source: { kind: 'paper', section, claim: 'grades-for-enterprise', quotes } }],
  });

  test('a span found verbatim in the claim’s section passes', () => {
    expect(checkPaperQuotes('f.mdx', item(['学校可以提供学生的平时成绩、专业成绩']), PAPER)).toEqual([]);
  });

  test('a span not in the paper is reported with the file and the item’s paper key', () => {
    expect(checkPaperQuotes('f.mdx', item(['学校提供学生的平时成绩']), PAPER)).toEqual([
      'f.mdx: practices[0].paper: 引文“学校提供学生的平时成绩”在论文的「三、2. 加强合作关系」中找不到（须逐字摘自 paper.zh.md）',
    ]);
  });

  test('a span from another section of the paper is reported', () => {
    // grades-for-enterprise is in 三、2; this sentence is in 一、1.
    expect(checkPaperQuotes('f.mdx', item(['企业会安排一些有经验的技术人员']), PAPER)).toHaveLength(1);
  });

  test('a playbook or template source reports its quote field', () => {
    const data = {
      steps: [{ provenance: { kind: 'paper', section: '一、2. 丰富实践教学', quote: '引进一些具体的岗位' } }],
    };
    expect(checkPaperQuotes('p.yaml', data, PAPER)).toEqual([
      'p.yaml: steps[0].provenance.quote: 引文“引进一些具体的岗位”在论文的「一、2. 丰富实践教学」中找不到（须逐字摘自 paper.zh.md）',
    ]);
  });

  test('a quoted section the paper does not have is reported', () => {
    const data = { steps: [{ provenance: { kind: 'paper', section: '五、展望', quote: '引进一些具体的工作任务' } }] };
    expect(checkPaperQuotes('p.yaml', data, PAPER)[0]).toMatch(
      /^p\.yaml: steps\[0\]\.provenance\.quote: 论文没有“五、展望”这一节/,
    );
  });
});

describe('findPaper', () => {
  test('PAPER_SOURCE wins, and a missing file there is not found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-'));
    const file = join(dir, 'p.md');
    writeFileSync(file, PAPER);
    expect(findPaper('/nowhere', { PAPER_SOURCE: file })).toBe(file);
    expect(findPaper('/nowhere', { PAPER_SOURCE: join(dir, 'absent.md') })).toBeUndefined();
  });

  test('the nearest shared/source above the project is found (a worktree sits one level deeper)', () => {
    const root = mkdtempSync(join(tmpdir(), 'paper-'));
    mkdirSync(join(root, 'shared', 'source'), { recursive: true });
    writeFileSync(join(root, 'shared', 'source', 'paper.zh.md'), PAPER);
    mkdirSync(join(root, 'wt', 'i24'), { recursive: true });
    expect(findPaper(join(root, 'wt', 'i24'), {})).toBe(join(root, 'shared', 'source', 'paper.zh.md'));
  });
});

describe('checkClaims', () => {
  const claim = {
    id: 'sample',
    section: '三、2. 加强合作关系',
    quote: '学校可以提供学生的平时成绩',
    terms: ['平时成绩'],
  } as const;

  test('a claim whose quote and terms are the paper’s passes', () => {
    expect(checkClaims([claim], PAPER)).toEqual([]);
  });

  test('a term the paper does not use is reported with the claims file and the field', () => {
    expect(checkClaims([{ ...claim, terms: ['平时成绩', '成果转化'] }], PAPER)).toEqual([
      'src/data/paper-claims.ts: sample.terms: “成果转化”不是论文的原词（论文中找不到），不能作为论点的用词',
    ]);
  });

  test('a quote outside its section is reported', () => {
    expect(checkClaims([{ ...claim, section: '一、1. 引进企业资源' }], PAPER)[0]).toMatch(
      /^src\/data\/paper-claims\.ts: sample\.quote: /,
    );
  });
});
