/**
 * The built /assess/ page: every statement of the checklists collection is there as a radio group
 * (the no-JavaScript checklist), the radar frame is drawn, and the page's own JavaScript stays
 * within its budget of 15 KB gzip, dynamic imports included.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { expect, test } from 'vitest';
import { gzipBytes, staticImports } from '../lib/budget.ts';
import { readSite } from './site.ts';

const KB = 1024;
const site = readSite('dist');
const page = site.find((p) => p.path === '/assess/');
const enterprisePage = site.find((p) => p.path === '/assess/enterprise/');
const lists = readdirSync('src/content/checklists')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => yaml.load(readFileSync(join('src/content/checklists', f), 'utf8')) as Record<string, { id: string; text: string }[]>);
const statements = [
  ...lists.flatMap((d) => (d['school'] ?? []).map((s) => ({ ...s, on: page }))),
  ...lists.flatMap((d) => (d['enterprise'] ?? []).map((s) => ({ ...s, on: enterprisePage }))),
];

test('both perspectives are built', () => {
  expect(page, 'dist/assess/index.html').toBeDefined();
  expect(enterprisePage, 'dist/assess/enterprise/index.html').toBeDefined();
});

test('every statement is a fieldset on its perspective’s page, with its text as legend and the five choices', () => {
  expect(statements.length).toBeGreaterThanOrEqual(80);
  for (const s of statements) {
    const set = s.on?.root.querySelector(`fieldset[data-q="${s.id}"]`);
    expect(set?.querySelector('legend')?.text.trim(), s.id).toBe(s.text);
    expect(set?.querySelectorAll(`input[type="radio"][name="${s.id}"]`).map((i) => i.getAttribute('value'))).toEqual(['0', '1', '2', '3', 'na']);
  }
});

test('the radar frame is drawn at build time: four rings and a spoke per dimension', () => {
  const svg = page?.root.querySelector('[data-radar] svg');
  expect(svg?.querySelectorAll('.frame polygon')).toHaveLength(4);
  expect(svg?.querySelectorAll('.frame line')).toHaveLength(10);
  expect(svg?.querySelectorAll('text')).toHaveLength(10);
});

test('the page’s own JavaScript, dynamic imports included, is at most 15 KB gzip', () => {
  const entry = page?.html.match(/<script type="module" src="(\/_astro\/Assess[^"]+\.js)"/)?.[1];
  expect(entry, 'the Assess script').toBeDefined();
  const seen = new Set<string>();
  const queue = [entry as string];
  let bytes = 0;
  while (queue.length) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(`dist${path}`, 'utf8');
    bytes += gzipBytes(code);
    const dynamic = [...code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? '');
    for (const spec of [...staticImports(code), ...dynamic]) queue.push(new URL(spec, `http://site${path}`).pathname);
  }
  console.log(`/assess/ own JS: ${(bytes / KB).toFixed(1)} KB gzip in ${seen.size} file(s)`);
  expect(bytes).toBeLessThanOrEqual(15 * KB);
});

test('the report’s cases come from /assess/cases.json, the same file for every reader: the pages carry none', () => {
  const rows = JSON.parse(readFileSync('dist/assess/cases.json', 'utf8')) as [string, string, string, string, string[]][];
  const casePages = new Set(site.filter((p) => /^\/cases\/[^/]+\/$/.test(p.path) && !p.path.startsWith('/cases/page')).map((p) => p.path));
  expect(rows.length).toBeGreaterThan(0);
  for (const [id, title, , , dimensions] of rows) {
    expect(casePages.has(`/cases/${id}/`), id).toBe(true);
    expect(title.length, id).toBeGreaterThan(0);
    expect(dimensions.length, id).toBeGreaterThan(0);
  }
  // The pages' size must not grow with the number of cases (2.9 MB each at 10,000 when they listed them).
  for (const p of [page, enterprisePage]) {
    expect(p?.root.querySelectorAll('a[href^="/cases/"]').map((a) => a.getAttribute('href')).filter((h) => h !== '/cases/')).toEqual([]);
    expect(p?.root.querySelector('[data-case-pool]')?.getAttribute('data-case-pool')).toBe('/assess/cases.json');
  }
});
