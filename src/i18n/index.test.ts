import { expect, test } from 'vitest';
import { t } from './index.ts';
import { zhCN } from './zh-CN.ts';

test('returns the dictionary string', () => {
  expect(t('nav.cases')).toBe('案例');
});

test('fills placeholders', () => {
  expect(t('cases.page', { n: 2, total: 5 })).toBe('第 2 页，共 5 页');
});

test('throws when a placeholder has no value', () => {
  expect(() => t('cases.page', { n: 2 })).toThrow(/no value for \{total\}/);
});

test('no string is empty', () => {
  for (const [key, value] of Object.entries(zhCN)) expect(value.trim(), key).not.toBe('');
});
