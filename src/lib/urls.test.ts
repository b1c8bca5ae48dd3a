import { describe, expect, test } from 'vitest';
import { entryPath, makeUrl, normaliseBase, routes, stripBase } from './urls.ts';

describe('normaliseBase', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['kb', '/kb/'],
    ['/kb', '/kb/'],
    ['/kb/', '/kb/'],
    ['//a/b//', '/a/b/'],
  ])('%j becomes %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('makeUrl', () => {
  test('leaves root paths alone at the site root', () => {
    expect(makeUrl('/')('/cases/')).toBe('/cases/');
  });
  test('prefixes the base path, keeping fragments', () => {
    expect(makeUrl('/sub/')('/policies/#vocational-education-law')).toBe('/sub/policies/#vocational-education-law');
  });
  test('maps the root to the base itself', () => {
    expect(makeUrl('/sub')('/')).toBe('/sub/');
  });
  test.each(['cases/', 'https://example.org/', '#top'])('rejects %j, which is not root-relative', (path) => {
    expect(() => makeUrl('/')(path)).toThrow(/root-relative/);
  });
});

describe('stripBase', () => {
  test('removes the base from a pathname', () => {
    expect(stripBase('/sub/', '/sub/cases/x/')).toBe('/cases/x/');
  });
  test('leaves a pathname outside the base alone', () => {
    expect(stripBase('/sub/', '/other/')).toBe('/other/');
  });
});

describe('routes', () => {
  test('page 1 of the case listing is /cases/ and later pages live under /cases/page/', () => {
    expect(routes.cases()).toBe('/cases/');
    expect(routes.cases(1)).toBe('/cases/');
    expect(routes.cases(3)).toBe('/cases/page/3/');
  });
  test('policies have pages; terms are anchors on the glossary', () => {
    expect(routes.policy('fund-policy-2019')).toBe('/policies/fund-policy-2019/');
    expect(routes.term('xiandai-xuetuzhi')).toBe('/glossary/#xiandai-xuetuzhi');
  });
});

describe('entryPath', () => {
  test.each([
    ['dimensions', 'faculty', '/dimensions/faculty/'],
    ['cases', 'x', '/cases/x/'],
    ['policies', 'p', '/policies/p/'],
    ['glossary', 't', '/glossary/#t'],
    ['guides', 'g', '/guides/g/'],
  ])('%s/%s lives at %s', (collection, id, path) => {
    expect(entryPath(collection, id)).toBe(path);
  });
  test('an unknown collection is a bug and throws', () => {
    expect(() => entryPath('nope', 'x')).toThrow('unknown collection "nope"');
  });
});
