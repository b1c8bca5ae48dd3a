import { expect, test } from 'vitest';
import { article, breadcrumbList, serialiseJsonLd } from './jsonld.ts';

test('breadcrumbList numbers the trail from 1', () => {
  const list = breadcrumbList([
    { label: '首页', href: 'https://x.test/' },
    { label: '案例', href: 'https://x.test/cases/' },
  ]);
  expect(list.itemListElement.map((i) => [i.position, i.name, i.item])).toEqual([
    [1, '首页', 'https://x.test/'],
    [2, '案例', 'https://x.test/cases/'],
  ]);
});

test('article leaves dateModified out when it is unknown', () => {
  const a = article({ headline: 'h', description: 'd', url: 'https://x.test/a/', dateModified: undefined });
  expect(a).not.toHaveProperty('dateModified');
  expect(a.inLanguage).toBe('zh-CN');
});

test('serialised JSON-LD cannot close its script element', () => {
  const out = serialiseJsonLd({ headline: '</script><script>alert(1)</script>' });
  expect(out).not.toContain('</script>');
  expect(JSON.parse(out).headline).toBe('</script><script>alert(1)</script>');
});
