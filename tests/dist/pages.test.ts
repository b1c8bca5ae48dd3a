import { describe, expect, test } from 'vitest';
import { readSite } from './site.ts';

const pages = readSite('dist');

test('the build produced pages', () => {
  expect(pages.length).toBeGreaterThan(50);
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
  test('has exactly one h1', () => {
    expect(page.root.querySelectorAll('h1')).toHaveLength(1);
  });
  test('has a non-empty title and meta description', () => {
    expect(page.root.querySelector('title')?.text.trim()).toBeTruthy();
    expect(page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
  });
  test('declares zh-CN and a canonical URL', () => {
    expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
  });
});
