import { expect, test } from 'vitest';
import { fill, formatBytes } from './format.ts';

test.each([
  [0, '0 B'],
  [1023, '1023 B'],
  [1024, '1.0 KB'],
  [12_595, '12.3 KB'],
  [9_856_000, '9.4 MB'],
])('%d bytes read as %s', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});

test('fills placeholders and leaves unknown ones as written', () => {
  expect(fill('{pages} 页，{size}，{x}', { pages: 3, size: '1 MB' })).toBe('3 页，1 MB，{x}');
});
