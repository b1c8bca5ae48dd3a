/**
 * The content editor in the built site (`dist/admin/`): there, generated from the schemas, bundled
 * from our own origin, kept out of the sitemap, the search index and the offline save, with its own
 * Content-Security-Policy; the site's pages carry none of it.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/lib/headers.mjs';
import { filesBelow } from '../lib/files.ts';
import { readSite } from './site.ts';

const admin = parse(readFileSync('dist/admin/index.html', 'utf8'));
const rules = parseHeaders(readFileSync('dist/_headers', 'utf8'));

/** A CSP header's directives, by name. */
const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );

describe('the editor page', () => {
  test('loads the CMS and our widget from its own folder, nothing from another origin', () => {
    const scripts = admin.querySelectorAll('script').map((s) => s.getAttribute('src'));
    expect(scripts).toEqual(['decap-cms.js', 'editor.js']);
    const files = filesBelow('dist/admin');
    for (const src of scripts) expect(files).toContain(src);
    expect(readFileSync('dist/admin/editor.js', 'utf8')).toContain('registerWidget');
    expect(admin.querySelectorAll('[src^="http"], [href^="http"], [src^="//"], [href^="//"]')).toEqual([]);
  });

  test('asks not to be indexed, in the page and in its header, and is not in the sitemap or search', () => {
    expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(headersFor('/admin/', rules).get('X-Robots-Tag')).toBe('noindex');
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/admin/');
    expect(admin.querySelector('[data-pagefind-body]')).toBeNull();
    const meta = readFileSync('dist/offline.json', 'utf8');
    expect(meta).not.toContain('/admin/');
  });

  test('has its own policy: what Decap needs (eval for its validator, inline styles) and no more', () => {
    const policy = directives(headersFor('/admin/', rules).get('Content-Security-Policy') ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('connect-src')?.filter((s) => s !== "'self'")).toEqual(['https://api.github.com']);
  });

  test('its config is the generated one: Chinese, the five collections, no local backend when deployed', () => {
    const config = yaml.load(readFileSync('dist/admin/config.yml', 'utf8')) as {
      locale: string;
      local_backend?: unknown;
      collections: { name: string }[];
    };
    expect(config.locale).toBe('zh_Hans');
    expect(config.local_backend).toBeUndefined();
    expect(config.collections.map((c) => c.name)).toEqual(['cases', 'policies', 'glossary', 'checklists', 'playbooks']);
  });
});

describe('the site’s pages', () => {
  const pages = readSite('dist');

  test('keep their own policy, without the editor’s weakening', () => {
    const policy = directives(headersFor('/cases/', rules).get('Content-Security-Policy') ?? '');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.has('script-src')).toBe(false);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const meta = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(meta, page.path).not.toContain('unsafe-eval');
    }
  });

  test('load nothing of the editor: only a footer link to the maintainers’ page', () => {
    for (const page of pages) {
      const loads = page.root
        .querySelectorAll('script[src], link[href]')
        .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
      expect(loads.filter((u) => /admin|decap/.test(u)), page.path).toEqual([]);
    }
    const home = pages.find((p) => p.path === '/');
    expect(home?.root.querySelector('footer a[href="/editing/"]')).not.toBeNull();
  });
});
