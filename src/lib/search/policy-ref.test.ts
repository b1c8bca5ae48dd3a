import { describe, expect, test } from 'vitest';
import { chineseNumber, findPolicyReference, policyNames, policyRefs } from './policy-ref.ts';
import { articleNumerals } from './query.ts';

const REFS = policyRefs(
  [
    { id: 'law', title: '中华人民共和国职业教育法（2022 年修订）' },
    { id: 'opinions', title: '国务院办公厅关于深化产教融合的若干意见', docNumber: '国办发〔2017〕95号' },
    { id: 'reform', title: '国家职业教育改革实施方案', docNumber: '国发〔2019〕4号' },
    { id: 'decision', title: '国务院关于加快发展现代职业教育的决定', docNumber: '国发〔2014〕19号' },
  ],
  (url) => ({ '/policies/law/': 7, '/policies/opinions/': 3, '/policies/reform/': 9, '/policies/decision/': 2 })[url],
);

describe('chineseNumber', () => {
  test.each([
    [3, '三'],
    [10, '十'],
    [15, '十五'],
    [30, '三十'],
    [47, '四十七'],
    [100, '一百'],
    [105, '一百零五'],
    [112, '一百一十二'],
  ])('%i → %s', (n, out) => expect(chineseNumber(n)).toBe(out));
  test('a query’s 第30条 is searched as the site writes it', () => {
    expect(articleNumerals('职业教育法第30条 第 5 条')).toBe('职业教育法第三十条 第五条');
  });
});

describe('policyNames', () => {
  test('the title, without the country, its note and its issuer, and the vocabulary’s short forms', () => {
    expect(policyNames('中华人民共和国职业教育法（2022 年修订）')).toEqual([
      '中华人民共和国职业教育法（2022 年修订）',
      '职业教育法',
      '职教法',
    ]);
    expect(policyNames('国务院办公厅关于深化产教融合的若干意见')).toContain('深化产教融合的若干意见');
  });
});

describe('findPolicyReference', () => {
  test('a law by its short name, with an article in either numerals', () => {
    expect(findPolicyReference('职业教育法第三十条', REFS)).toEqual({ row: 7, article: '第三十条', alone: true });
    expect(findPolicyReference('职教法 第30条', REFS)).toEqual({ row: 7, article: '第三十条', alone: true });
  });
  test('a document number typed with other brackets or none', () => {
    expect(findPolicyReference('国办发[2017]95号', REFS)?.row).toBe(3);
    expect(findPolicyReference('国发（2019）4号', REFS)?.row).toBe(9);
    expect(findPolicyReference('国发2014 19号 混合所有制', REFS)).toEqual({ row: 2, article: undefined, alone: false });
  });
  test('the longest name wins, and other words are noticed', () => {
    expect(findPolicyReference('深化产教融合的若干意见全文', REFS)).toEqual({
      row: 3,
      article: undefined,
      alone: true,
    });
    expect(findPolicyReference('职业教育法对企业有什么要求', REFS)?.alone).toBe(false);
  });
  test('no reference, no answer: a number of another year is another document', () => {
    expect(findPolicyReference('国发〔2019〕19号', REFS)).toBeUndefined();
    expect(findPolicyReference('职业教育', REFS)).toBeUndefined();
  });
  test('a policy without an indexed page has no record', () => {
    expect(policyRefs([{ id: 'gone', title: '某某管理办法' }], () => undefined)).toEqual([]);
  });
});
