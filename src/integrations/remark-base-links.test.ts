import { expect, test } from 'vitest';
import { remarkBaseLinks } from './remark-base-links.ts';

const tree = () => ({
  type: 'root',
  children: [
    {
      type: 'paragraph',
      children: [
        { type: 'link', url: '/dimensions/faculty/#x', children: [] },
        { type: 'link', url: 'https://example.org/', children: [] },
        { type: 'link', url: '//cdn.example.org/x', children: [] },
        { type: 'link', url: '#local', children: [] },
      ],
    },
    { type: 'definition', url: '/cases/' },
  ],
});

test('prefixes root-relative links and definitions with the base, leaving others alone', () => {
  const t = tree();
  remarkBaseLinks({ base: '/sub/' })()(t);
  const urls = [...(t.children[0]?.children ?? []).map((n) => n.url), t.children[1]?.url];
  expect(urls).toEqual([
    '/sub/dimensions/faculty/#x',
    'https://example.org/',
    '//cdn.example.org/x',
    '#local',
    '/sub/cases/',
  ]);
});

test('at the site root nothing changes', () => {
  const t = tree();
  remarkBaseLinks({ base: '/' })()(t);
  expect(t.children[0]?.children?.[0]?.url).toBe('/dimensions/faculty/#x');
});
