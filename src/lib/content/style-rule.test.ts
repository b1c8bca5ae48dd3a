import { expect, test } from 'vitest';
import { checkStyle, chineseNumeral, fixStyle, styleOptionsFor } from './style-rule.ts';

test.each([
  ['2021年', '2021 年'],
  ['不低于5000元。', '不低于 5000 元。'],
  ['第1至30天', '第 1 至 30 天'],
  ['每人每年不低于五千元', '每人每年不低于 5000 元'],
  ['首批30人，其中5名教师', '首批 30 人，其中 5 名教师'],
  ['约3.5万元', '约 3.5 万元'],
  ['（2023—2025年）', '（2023—2025 年）'],
  ['约30%的学生', '约 30% 的学生'],
])('fixStyle rewrites %s to %s', (input, expected) => {
  expect(fixStyle(input)).toBe(expected);
  expect(checkStyle(fixStyle(input))).toEqual([]);
});

test.each([
  ['already spaced', '2021 年共 30 人，占 30%。'],
  ['a numeral beside punctuation or a symbol', '（2021）、30%、1+X'],
  ['a document number', '教职成〔2021〕4号'],
  ['a title as published', '《职业教育产教融合赋能提升行动实施方案（2023—2025年）》'],
  ['a quotation', '论文说“第1步”'],
  ['inline code and a link target', '`2021年` 见[这里](/a/2021年/)'],
  ['Chinese numerals that are not money', '第三十条规定一教一，三班倒，二元结构'],
])('%s is left alone', (_, text) => {
  expect(checkStyle(text)).toEqual([]);
  expect(fixStyle(text)).toBe(text);
});

test('fenced code is skipped, text after the fence is checked', () => {
  const text = ['```mermaid', 'A[2021年]', '```', '2021年'].join('\n');
  expect(checkStyle(text)).toEqual([{ line: 4, column: 4, found: '1年', expected: '1 年', rule: 'spacing' }]);
  expect(fixStyle(text)).toBe(['```mermaid', 'A[2021年]', '```', '2021 年'].join('\n'));
});

test('each breach names its line, column, what is written and what is expected', () => {
  expect(checkStyle('第一行\n共30人，补贴五千元')).toEqual([
    { line: 2, column: 1, found: '共3', expected: '共 3', rule: 'spacing' },
    { line: 2, column: 3, found: '0人', expected: '0 人', rule: 'spacing' },
    { line: 2, column: 8, found: '五千元', expected: '5000 元', rule: 'numerals' },
  ]);
});

test.each([
  ['五千', 5000],
  ['十', 10],
  ['十二', 12],
  ['三百五十', 350],
  ['两千零五', 2005],
  ['十二万', 120000],
  ['一万五千', 15000],
])('chineseNumeral(%s) is %i', (text, value) => {
  expect(chineseNumeral(text)).toBe(value);
});

test('chineseNumeral refuses a character that is not a numeral', () => {
  expect(() => chineseNumeral('五块')).toThrow(/"块" in "五块"/);
});

test('a verbatim frontmatter field is kept as published; the same text in the body is fixed', () => {
  const text = ['---', 'title: 方案（2023—2025年）', 'summary: 到2025年', '---', '', '2025年'].join('\n');
  const options = styleOptionsFor('src/content/policies/plan.mdx');
  expect(options).toEqual({ verbatim: ['title'] });
  expect(checkStyle(text, options).map((b) => b.line)).toEqual([3, 3, 6]);
  expect(fixStyle(text, options)).toBe(
    ['---', 'title: 方案（2023—2025年）', 'summary: 到 2025 年', '---', '', '2025 年'].join('\n'),
  );
  expect(styleOptionsFor('src/content/guides/plan.mdx')).toEqual({});
});

test('a case’s sources and excerpts are kept as published; its own title and body follow the rule', () => {
  const text = [
    '---',
    'title: 2025年的订单班',
    'outcomes:',
    '  - label: 签约',
    '    excerpt: 共有120名学生签约',
    'provenance:',
    '  sources:',
    '    - title: 学院2025年开班',
    '      issue: 2025年5月13日第06版',
    '---',
    '',
    '台湾网2023年报道',
  ].join('\n');
  const options = styleOptionsFor('src/content/cases/public-x.mdx');
  expect(checkStyle(text, options).map((b) => b.line)).toEqual([2, 12, 12]);
});
