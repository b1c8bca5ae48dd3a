import { expect, test } from 'vitest';
import { headersFor, parseHeaders } from './headers.mjs';

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff
  Cache-Control: no-cache

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

test('every rule whose pattern matches contributes, a later one replacing an earlier value', () => {
  const headers = headersFor('/_astro/app.js', parseHeaders(FILE));
  expect(Object.fromEntries(headers)).toEqual({
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'public, max-age=31536000, immutable',
  });
});

test('a pattern without * matches only its own path', () => {
  const rules = parseHeaders('/offline/\n  X-A: 1\n');
  expect(headersFor('/offline/', rules).get('X-A')).toBe('1');
  expect(headersFor('/offline/x', rules).size).toBe(0);
});

test('regex characters in a pattern are literal', () => {
  const rules = parseHeaders('/a.b/*\n  X-A: 1\n');
  expect(headersFor('/axb/c', rules).size).toBe(0);
  expect(headersFor('/a.b/c', rules).get('X-A')).toBe('1');
});

test('a header line before any path is an error naming the line', () => {
  expect(() => parseHeaders('  X-A: 1\n')).toThrow(/line 1/);
});
