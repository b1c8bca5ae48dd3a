/**
 * Review dates, policy status, the record of changes and 纠错与反馈 in the built site.
 *
 * Two builds: `dist/` (the site's own content, no feedback target configured) and a small fixture
 * site (the content-check fixture tree, built with `CONTENT_DIR`) with a fixed `REVIEW_TODAY` past
 * one guide's next review and `FEEDBACK_URL` set — so both settings are tested both ways without
 * building the whole site twice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildableTree, edit, writeTree } from '../content/fixtures.ts';
import { RENDERED_DIR } from '../../src/lib/diagrams/cache.ts';
import { readSite, servedFiles, type BuiltPage } from './site.ts';

const SITE = 'http://localhost:4321';
const h1 = (page: BuiltPage) => page.root.querySelector('h1')?.text.trim() ?? '';
const reviewOf = (page: BuiltPage) => page.root.querySelector('[data-review]');

describe('the site as built (dist/)', () => {
  const pages = readSite('dist');
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const page = (path: string) => {
    const found = byPath.get(path);
    if (!found) throw new Error(`dist has no page ${path}`);
    return found;
  };
  const entryIds = (collection: string, ext: RegExp) =>
    readdirSync(`src/content/${collection}`)
      .filter((f) => ext.test(f) && !f.startsWith('_'))
      .map((f) => f.replace(ext, ''));

  const guidance = [
    ...(['dimensions', 'problems', 'strategies', 'guides', 'templates', 'policies'] as const).flatMap((c) =>
      entryIds(c, /\.mdx?$/).map((id) => `/${c}/${id}/`),
    ),
    '/assess/',
    '/assess/enterprise/',
    '/indicators/',
    '/responsibilities/',
  ];

  test('every guidance page and policy shows 最近审核 and 下次审核 under its title', () => {
    expect(guidance.length).toBeGreaterThan(40);
    for (const path of guidance) {
      const review = reviewOf(page(path));
      expect(review, path).not.toBeNull();
      expect(review?.closest('header')?.querySelector('h1'), `${path}: dates sit in the title's header`).toBeTruthy();
      const times = review?.querySelectorAll('time').map((t) => t.getAttribute('datetime')) ?? [];
      expect(times, path).toHaveLength(2);
      for (const time of times) expect(time, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review?.text, path).toMatch(/最近审核：\d{4}-\d{2}-\d{2}[\s\S]*下次审核：\d{4}-\d{2}-\d{2}/);
    }
  });

  test('the git date stays, labelled as the last edit', () => {
    const meta = page('/dimensions/research/').root.querySelector('.page-meta');
    expect(meta?.querySelectorAll('dt').map((dt) => dt.text.trim())).toContain('最近编辑');
    expect(meta?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('a policy page states its status; a citation of a policy not in force carries it', () => {
    expect(page('/policies/vocational-education-law/').root.querySelector('[data-policy-status]')?.text).toContain('现行');
    expect(page('/policies/city-consortium-2024/').root.querySelector('[data-policy-status]')?.text).toContain('未核实');
    // The internship dimension cites the 2021 rules (未核实) item by item.
    const marks = page('/dimensions/internship/').root.querySelectorAll('.source-mark .policy-status');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.text).toBe('（未核实）');
    // The law is 现行: its citations carry no note.
    const lawMarks = page('/dimensions/internship/')
      .root.querySelectorAll('.source-mark')
      .filter((m) => m.text.includes('第五十条'));
    expect(lawMarks.length).toBeGreaterThan(0);
    for (const mark of lawMarks) expect(mark.querySelector('.policy-status')).toBeNull();
  });

  const changeFiles = entryIds('changes', /\.yaml$/);

  test('/changes/ lists every change, each naming the pages it touched', () => {
    expect(changeFiles.length).toBeGreaterThanOrEqual(10);
    const changes = page('/changes/');
    for (const id of changeFiles) {
      const item = changes.root.querySelector(`li[id="change-${id}"]`);
      expect(item, id).not.toBeNull();
      expect(item?.querySelectorAll('.touched a').length, id).toBeGreaterThan(0);
    }
    expect(changes.root.querySelectorAll('[data-change-kind="corrected"]').length).toBeGreaterThan(5);
    expect(changes.root.querySelectorAll('[data-change-kind="policy"]').length).toBeGreaterThan(0);
  });

  test('each touched page lists its changes under 本页更新记录, linking back to /changes/', () => {
    const changes = page('/changes/');
    let checked = 0;
    for (const id of changeFiles) {
      for (const a of changes.root.querySelectorAll(`li[id="change-${id}"] .touched a`)) {
        const touched = page(a.getAttribute('href') ?? '');
        const section = touched.root.querySelector('.page-changes');
        expect(section?.querySelector('h2')?.text, touched.path).toBe('本页更新记录');
        expect(section?.querySelector(`a[href="/changes/#change-${id}"]`), `${touched.path} → ${id}`).not.toBeNull();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(page('/problems/goal-divergence/').root.querySelector('.page-changes')).toBeNull();
  });

  test('the Atom feed parses, has an entry per change, and every entry links to a page that exists', () => {
    const xml = readFileSync('dist/changes.xml', 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = (
      new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml) as {
        feed: { '@_xmlns': string; entry: { id: string; link: { '@_href': string }[] }[] };
      }
    ).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entry).toHaveLength(changeFiles.length);
    const served = servedFiles('dist');
    for (const entry of feed.entry) {
      const href = entry.link[0]?.['@_href'] ?? '';
      expect(href.startsWith(`${SITE}/`), href).toBe(true);
      const path = href.slice(SITE.length);
      expect(served.has(`${path}index.html`) || served.has(path), `${entry.id} links to ${href}`).toBe(true);
    }
    expect(page('/').root.querySelector('link[type="application/atom+xml"]')?.getAttribute('href')).toBe('/changes.xml');
  });

  test('with no feedback target configured, no page has a 纠错与反馈 link', () => {
    expect(process.env['FEEDBACK_EMAIL'] ?? process.env['FEEDBACK_URL']).toBeUndefined();
    expect(pages.length).toBeGreaterThan(100);
    for (const p of pages) {
      expect(p.root.querySelector('[data-feedback]'), p.path).toBeNull();
      expect(p.html.includes('纠错与反馈'), p.path).toBe(false);
    }
  });
});

describe('a fixture site built on a fixed day, with a feedback address', () => {
  const out = '.tmp/dist-review';
  const TODAY = '2026-12-04';
  const FEEDBACK = 'https://git.example.org/kb/issues/new';
  const plainOut = '.tmp/dist-review-plain';
  let pages: BuiltPage[] = [];
  let plain: BuiltPage[] = [];

  beforeAll(() => {
    // The fixture-sized site (one entry of each kind, one change), with one guide last reviewed 18
    // months before the build's today: it alone is past due.
    const tree = edit(buildableTree(), 'guides/intro.mdx', 'reviewed: 2026-11-30', 'reviewed: 2025-06-01');
    rmSync(out, { recursive: true, force: true });
    rmSync(plainOut, { recursive: true, force: true });
    // The fixture's generated diagrams are drawn into the site's cache; remove them afterwards.
    const drawn = new Set(readdirSync(RENDERED_DIR));
    const content = writeTree(tree);
    // Built twice from the same folder: first with no target, then with one. The second build reuses
    // the first one's cached case pages unless the target is part of their cache key.
    const build = (dist: string, extra: Record<string, string>) =>
      spawnSync(process.execPath, ['scripts/build.mjs'], {
        env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, REVIEW_TODAY: TODAY, ...extra },
        encoding: 'utf8',
      });
    const first = build(plainOut, { FEEDBACK_EMAIL: '', FEEDBACK_URL: '' });
    const second = build(out, { FEEDBACK_URL: FEEDBACK });
    for (const name of readdirSync(RENDERED_DIR)) if (!drawn.has(name)) rmSync(join(RENDERED_DIR, name));
    expect(first.status, first.stdout.slice(-3000) + first.stderr.slice(-3000)).toBe(0);
    expect(second.status, second.stdout.slice(-3000) + second.stderr.slice(-3000)).toBe(0);
    plain = readSite(plainOut);
    pages = readSite(out);
  });

  test('only the guide past its next review says 待复核, with both dates', () => {
    expect(existsSync(`${out}/guides/intro/index.html`)).toBe(true);
    const overdue = pages.filter((p) => reviewOf(p)?.getAttribute('data-review') === 'overdue').map((p) => p.path);
    expect(overdue).toEqual(['/guides/intro/']);
    const intro = pages.find((p) => p.path === '/guides/intro/');
    expect(reviewOf(intro as BuiltPage)?.text).toMatch(/待复核[\s\S]*最近审核：2025-06-01[\s\S]*下次审核：2026-06-01/);
    expect(pages.filter((p) => p.html.includes('待复核')).map((p) => p.path)).toEqual(['/guides/intro/']);
    // The other pages still carry their dates.
    expect(pages.filter((p) => reviewOf(p)?.getAttribute('data-review') === 'current').length).toBeGreaterThan(5);
  });

  test('built with no target, no page has the link', () => {
    expect(plain.length).toBeGreaterThan(10);
    for (const page of plain) expect(page.root.querySelector('[data-feedback]'), page.path).toBeNull();
  });

  test('every page links 纠错与反馈 to the configured form, with its own title and address', () => {
    expect(pages.length).toBeGreaterThan(10);
    // Case pages are cached between builds: the one built without a target must not be reused.
    expect(pages.map((p) => p.path)).toContain('/cases/sample/');
    for (const page of pages) {
      const link = page.root.querySelector('a[data-feedback]');
      expect(link?.text.trim(), page.path).toBe('纠错与反馈');
      const href = new URL(link?.getAttribute('href') ?? '');
      expect(`${href.origin}${href.pathname}`).toBe(FEEDBACK);
      const title = page.root.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
      const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(title, page.path).not.toBe('');
      expect(href.searchParams.get('title'), page.path).toBe(`纠错与反馈：${title}`);
      expect(href.searchParams.get('body'), page.path).toContain(`地址：${canonical}`);
    }
    const dimension = pages.find((p) => p.path === '/dimensions/alpha/') as BuiltPage;
    expect(new URL(dimension.root.querySelector('a[data-feedback]')?.getAttribute('href') ?? '').searchParams.get('title')).toBe(
      `纠错与反馈：${h1(dimension)}`,
    );
  });
});
