import { expect, test } from 'vitest';
import { cacheId, cacheNames, ownsCache } from './caches.ts';

test.each([
  ['/', 'ickb:/'],
  ['', 'ickb:/'],
  ['/kb/', 'ickb:/kb/'],
  ['docs/kb', 'ickb:/docs/kb/'],
])('the cache id for base %j is %s', (base, id) => {
  expect(cacheId(base)).toBe(id);
});

test('each kind of content has its own cache, all under the id', () => {
  expect(cacheNames('/kb/')).toEqual({
    id: 'ickb:/kb/',
    pages: 'ickb:/kb/-pages',
    search: 'ickb:/kb/-search',
    assets: 'ickb:/kb/-assets',
  });
});

test.each([
  ['/', 'ickb:/-pages', true],
  ['/', 'ickb:/-precache-v2-http://localhost/', true],
  ['/', 'ickb:/kb/-pages', false],
  ['/kb/', 'ickb:/-pages', false],
  ['/kb/', 'ickb:/kb/-search', true],
  ['/kb/', 'other', false],
])('under %j the cache %j is the site’s own: %s', (base, name, owned) => {
  expect(ownsCache(base, name)).toBe(owned);
});
