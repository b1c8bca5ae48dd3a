import { expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, excerptAround, normaliseQuery } from './text.ts';

test.each([
  ['  现代学徒制 ', '现代学徒制'],
  ['１＋Ｘ证书', '1+X证书'],
  ['a\u0000b\u200Bc\td', 'a b c d'],
  ['订单班\n\n成效', '订单班 成效'],
])('normaliseQuery(%j) is %j', (raw, expected) => {
  expect(normaliseQuery(raw)).toBe(expected);
});

test('normaliseQuery cuts very long input to the maximum length', () => {
  expect([...normaliseQuery('育'.repeat(5000))]).toHaveLength(MAX_QUERY_LENGTH);
});

test('excerptAround marks every occurrence near the first one after the title', () => {
  const content = `订单班案例标题 ${'甲'.repeat(60)} 学校办了订单班，订单班学生毕业后留在企业。${'乙'.repeat(100)}`;
  const parts = excerptAround(content, [['订', '单', '班']], 7) ?? [];
  expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['订单班', '订单班']);
  expect(parts[0]?.text.startsWith('…')).toBe(true);
  expect(parts.at(-1)?.text.endsWith('…')).toBe(true);
  expect(parts.map((p) => p.text).join('')).not.toContain('订单班案例标题');
});

test('excerptAround finds a phrase with punctuation inside, whatever the case', () => {
  const parts = excerptAround('形成既懂教学又懂生产的“双师型”教师队伍；考取1+X证书。', [
    ['双', '师', '型', '教', '师'],
    ['1', 'x', '证', '书'],
  ]);
  expect(parts?.filter((p) => p.mark).map((p) => p.text)).toEqual(['双师型”教师', '1+X证书']);
});

test('excerptAround gives up when nothing occurs, and treats regex characters as text', () => {
  expect(excerptAround('没有这个词', [['区', '块', '链']])).toBeUndefined();
  expect(excerptAround('a.b', [['a', '*']])).toBeUndefined();
});
