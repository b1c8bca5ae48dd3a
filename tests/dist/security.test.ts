/**
 * The Content-Security-Policy every page carries covers what the page runs, allows no inline
 * script without a hash, and no page loads anything from another origin.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readSite } from './site.ts';

const pages = readSite('dist');

/** The directives of a page's CSP meta, by name. */
function policy(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
  const csp = policy(page.html);

  test('has a strict CSP: default-src self, no inline, eval or WebAssembly scripts, no plugins', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'wasm-unsafe-eval'");
  });

  test('allows no inline style: no unsafe-inline in style-src, no style attribute, every <style> hashed', () => {
    const styles = csp.get('style-src') ?? [];
    expect(styles).toContain("'self'");
    expect(styles).not.toContain("'unsafe-inline'");
    expect(page.root.querySelectorAll('[style]').map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
    for (const style of page.root.querySelectorAll('style')) {
      const hash = createHash('sha256').update(style.rawText).digest('base64');
      expect(styles, style.rawText.slice(0, 60)).toContain(`'sha256-${hash}'`);
    }
  });

  test('every inline script it runs is allowed by hash', () => {
    const allowed = new Set(csp.get('script-src'));
    const inline = page.root
      .querySelectorAll('script:not([src])')
      .filter((s) => !/json/i.test(s.getAttribute('type') ?? ''));
    for (const script of inline) {
      const hash = createHash('sha256').update(script.rawText).digest('base64');
      expect(allowed.has(`'sha256-${hash}'`), script.rawText.slice(0, 60)).toBe(true);
    }
  });

  test('loads no script, stylesheet, image or frame from another origin', () => {
    const foreign = page.root
      .querySelectorAll('script[src], link[rel="stylesheet"], link[rel="preload"], link[rel="modulepreload"], img, iframe')
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
      .filter((u) => /^(https?:)?\/\//i.test(u));
    expect(foreign).toEqual([]);
  });
});

test('the static-host headers file sets the headers a <meta> cannot', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).toMatch(/Content-Security-Policy: frame-ancestors 'none'/);
  expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
});
