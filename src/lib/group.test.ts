import { expect, test } from 'vitest';
import { groupBy } from './group.ts';

test('groups by key in first-seen order, keeping item order within groups', () => {
  const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s.charAt(0));
  expect([...groups.keys()]).toEqual(['b', 'a', 'c']);
  expect(groups.get('a')).toEqual(['a1', 'a2']);
});
