import { expect, test } from 'vitest';
import { isActive, primaryNav } from './nav.ts';

test.each([
  ['/cases/', '/cases/', true],
  ['/cases/page/2/', '/cases/', true],
  ['/cases/some-case/', '/cases/', true],
  ['/dimensions/faculty/', '/model/', true],
  ['/problems/', '/strategies/', false],
  ['/', '/', true],
  ['/cases/', '/', false],
])('%s is in the section %s: %s', (current, href, expected) => {
  expect(isActive(current, href)).toBe(expected);
});

test('the primary navigation lists the six sections, then the two audience entries', () => {
  expect(primaryNav.map((i) => i.label)).toEqual([
    'nav.model',
    'nav.problems',
    'nav.strategies',
    'nav.cases',
    'nav.policies',
    'nav.glossary',
    'nav.forStaff',
    'nav.forEnterprises',
  ]);
});
