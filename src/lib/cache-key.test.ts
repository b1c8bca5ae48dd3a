import { expect, test } from 'vitest';
import { cacheKey } from './cache-key.ts';

test('the same data gives the same key; any change, another', () => {
  const entry = { id: 'a', data: { title: '甲', date: new Date('2024-01-02') }, body: '正文' };
  expect(cacheKey(entry, 'shared')).toBe(cacheKey(structuredClone(entry), 'shared'));
  expect(cacheKey(entry, 'shared')).toMatch(/^[\w-]{24}$/);
  expect(cacheKey({ ...entry, body: '正文。' }, 'shared')).not.toBe(cacheKey(entry, 'shared'));
  expect(cacheKey(entry, 'other')).not.toBe(cacheKey(entry, 'shared'));
  expect(cacheKey({ ...entry, data: { ...entry.data, date: new Date('2024-01-03') } }, 'shared')).not.toBe(
    cacheKey(entry, 'shared'),
  );
});
