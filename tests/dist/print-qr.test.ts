/**
 * Every built page carries one print-only QR code of its own canonical address, as inline SVG
 * drawn at build time (decoding it is tested in src/lib/qr.test.ts and, rendered by Chromium, in
 * tests/e2e/print-qr.spec.ts), and it costs under 1 KB gzipped a page.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { readSite } from './site.ts';

const pages = readSite('dist');

test.each(pages.map((p) => [p.path, p] as const))('%s carries a QR code of its own address', (_, page) => {
  const qrs = page.root.querySelectorAll('[data-print-qr]');
  expect(qrs).toHaveLength(1);
  const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  expect(qrs[0]?.getAttribute('data-print-qr')).toBe(canonical);
  const svg = qrs[0]?.querySelector('svg[role="img"]');
  expect(svg?.getAttribute('aria-label')).toBe(t('deploy.qr.alt', { url: canonical ?? '' }));
  expect(qrs[0]?.textContent).toContain(t('deploy.qr.caption'));
});

test('the QR code adds under 1 KB gzipped to any page', () => {
  const added = pages.map((page) => {
    const qr = /<div [^>]*data-print-qr[^]*?<\/svg>[^]*?<\/div>/.exec(page.html)?.[0] ?? '';
    expect(qr, page.path).toContain('<svg');
    return gzipSync(page.html).length - gzipSync(page.html.replace(qr, '')).length;
  });
  expect(Math.max(...added)).toBeLessThan(1024);
});
