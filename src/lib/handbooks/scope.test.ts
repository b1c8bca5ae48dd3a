import { describe, expect, test } from 'vitest';
import { scopeFragment } from './scope.ts';

describe('scopeFragment', () => {
  test.each([
    ['an id', '<section id="steps">', '<section id="d1-steps">'],
    ['a label reference', '<section aria-labelledby="steps a">', '<section aria-labelledby="d1-steps d1-a">'],
    ['a fragment link', '<a href="#indicators">x</a>', '<a href="#d1-indicators">x</a>'],
    ['a label for a field', '<label for="q">', '<label for="d1-q">'],
    ['a page link (left alone)', '<a href="/indicators/#x">x</a>', '<a href="/indicators/#x">x</a>'],
    ['a data attribute (left alone)', '<tr data-id="x">', '<tr data-id="x">'],
    ['text that looks like an attribute (left alone)', '<p>id=&quot;x&quot;</p>', '<p>id=&quot;x&quot;</p>'],
  ])('prefixes %s', (_, html, expected) => {
    expect(scopeFragment(html, 'd1')).toBe(expected);
  });

  test('moves headings down a level, opening and closing tags alike', () => {
    expect(scopeFragment('<h2 id="a">A</h2><h3>B</h3><header>c</header>', 'p')).toBe(
      '<h3 id="p-a">A</h3><h4>B</h4><header>c</header>',
    );
  });

  test('with a context, every region is labelled by the section heading first (unprefixed), then its own', () => {
    expect(
      scopeFragment('<section aria-labelledby="steps"><h2 id="steps">步骤</h2></section>', 'd1', 1, 'dimension-d1'),
    ).toBe('<section aria-labelledby="dimension-d1 d1-steps"><h3 id="d1-steps">步骤</h3></section>');
  });

  test('never goes below h6', () => {
    expect(scopeFragment('<h6>x</h6>', 'p', 2)).toBe('<h6>x</h6>');
  });
});
