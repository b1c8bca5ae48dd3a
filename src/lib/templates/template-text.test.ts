import { describe, expect, test } from 'vitest';
import {
  blankNames,
  clauseNumbers,
  clauseProblem,
  clauseReadingText,
  parseClause,
  sourceCounts,
  sourceLabel,
  type ClauseSource,
  type SourceWords,
} from './template-text.ts';

describe('parseClause', () => {
  test.each([
    { text: '没有空白。', segments: [{ kind: 'text', text: '没有空白。' }] },
    {
      text: '甲方 {{学校名称}}，乙方 {{企业名称}}。',
      segments: [
        { kind: 'text', text: '甲方 ' },
        { kind: 'blank', name: '学校名称' },
        { kind: 'text', text: '，乙方 ' },
        { kind: 'blank', name: '企业名称' },
        { kind: 'text', text: '。' },
      ],
    },
    { text: '{{ 期限 }}', segments: [{ kind: 'blank', name: '期限' }] },
  ])('splits "$text" into words and blanks', ({ text, segments }) => {
    expect(parseClause(text)).toEqual(segments);
  });

  test('throws on a malformed clause, quoting it', () => {
    expect(() => parseClause('甲方 {{学校名称}')).toThrow(/花括号不成对.*甲方 \{\{学校名称\}/);
  });
});

describe('clauseProblem', () => {
  test.each([
    { text: '甲方 {{学校名称}}', problem: undefined },
    { text: '甲方 {{}}', problem: /需要写明要填的内容/ },
    { text: '甲方 {{  }}', problem: /需要写明要填的内容/ },
    { text: '甲方 {{学校名称}', problem: /花括号不成对/ },
    { text: '甲方 {学校名称}', problem: /花括号不成对/ },
    { text: '甲方 学校名称}}', problem: /花括号不成对/ },
  ])('"$text"', ({ text, problem }) => {
    if (problem === undefined) expect(clauseProblem(text)).toBeUndefined();
    else expect(clauseProblem(text)).toMatch(problem);
  });
});

test('blankNames lists the blanks in order', () => {
  expect(blankNames('自 {{起始日期}} 至 {{终止日期}}')).toEqual(['起始日期', '终止日期']);
});

test('clauseReadingText shows blanks by name and drops whitespace', () => {
  expect(clauseReadingText('自 {{起始日期}} 至\u3000{{终止日期}} 止')).toBe('自起始日期至终止日期止');
});

test('clauseNumbers numbers clauses through the whole template', () => {
  const clause = { text: 'x', source: { kind: 'extension' } as const };
  expect(
    clauseNumbers({
      sections: [
        { title: 'a', clauses: [clause, clause, clause] },
        { title: 'b', clauses: [clause] },
        { title: 'c', clauses: [clause, clause] },
      ],
    }),
  ).toEqual([1, 4, 5]);
});

describe('sourceLabel', () => {
  const words: SourceWords = {
    kind: { paper: '论文', law: '法律', policy: '政策', extension: '本站扩展' },
    paper: '《基于“互利·同强·齐荣”的产业学院协同育人机制的探索》',
    documentTitle: (id) => ({ law: '中华人民共和国职业教育法', rules: '职业学校学生实习管理规定' })[id] ?? `?${id}`,
  };
  test.each<{ source: ClauseSource; label: string }>([
    {
      source: { kind: 'paper', section: '三、2. 加强合作关系' },
      label: '论文《基于“互利·同强·齐荣”的产业学院协同育人机制的探索》三、2. 加强合作关系',
    },
    {
      source: { kind: 'paper', section: '三、2. 加强合作关系', quote: '学校可以提供学生的平时成绩' },
      label:
        '论文《基于“互利·同强·齐荣”的产业学院协同育人机制的探索》三、2. 加强合作关系：“学校可以提供学生的平时成绩”',
    },
    {
      source: { kind: 'law', document: { id: 'law' }, article: '第三十条' },
      label: '法律《中华人民共和国职业教育法》第三十条',
    },
    {
      source: { kind: 'policy', document: { id: 'rules' }, article: '第十六条' },
      label: '政策《职业学校学生实习管理规定》第十六条',
    },
    { source: { kind: 'policy', document: { id: 'rules' } }, label: '政策《职业学校学生实习管理规定》' },
    { source: { kind: 'extension' }, label: '本站扩展' },
  ])('$label', ({ source, label }) => {
    expect(sourceLabel(source, words)).toBe(label);
  });
});

test('sourceLabel adds the status of a cited document that is not in force (issue 27)', () => {
  const words: SourceWords = {
    kind: { paper: '论文', law: '法律', policy: '政策', extension: '本站扩展' },
    paper: '《论文》',
    documentTitle: () => '职业学校学生实习管理规定',
    documentStatus: (id) => (id === 'rules' ? '（未核实）' : ''),
  };
  expect(sourceLabel({ kind: 'policy', document: { id: 'rules' }, article: '第十八条' }, words)).toBe(
    '政策《职业学校学生实习管理规定》第十八条（未核实）',
  );
  expect(sourceLabel({ kind: 'law', document: { id: 'law' }, article: '第五十条' }, words)).toBe(
    '法律《职业学校学生实习管理规定》第五十条',
  );
});

test('sourceCounts counts clauses per kind of source', () => {
  const law = { kind: 'law', document: { id: 'law' }, article: '第五十条' } as const;
  expect(
    sourceCounts({
      sections: [
        {
          title: 'a',
          clauses: [
            { text: 'x', source: law },
            { text: 'y', source: { kind: 'extension' } },
          ],
        },
        { title: 'b', clauses: [{ text: 'z', source: law }] },
      ],
    }),
  ).toEqual({ paper: 0, law: 2, policy: 0, extension: 1 });
});
