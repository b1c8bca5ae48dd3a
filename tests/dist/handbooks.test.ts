/**
 * The whole-guide handbooks (issue 30) in `dist/`: each is one page with a cover (edition date,
 * review status), a numbered table of contents whose entries are its sections, and a Word file
 * that opens (well-formed XML), has every section heading of the page as a heading in the same
 * order, and stays within its size budget. No handbook text is typed twice: a dimension's section
 * in the handbook carries the dimension page's own words. The hubs offer their handbook.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { parseXml, unzipDocx } from '../support/docx.ts';
import { HANDBOOKS } from '../../src/lib/enums.ts';
import { HANDBOOK_CASE_LIMIT } from '../../src/lib/handbooks/case-limit.ts';
import { readSite, type BuiltPage } from './site.ts';

const pages = new Map(readSite('dist').map((p) => [p.path, p]));
const page = (path: string): BuiltPage => {
  const found = pages.get(path);
  if (!found) throw new Error(`no page ${path} in dist/`);
  return found;
};
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');
const DIMENSIONS = ['specialty', 'talent', 'faculty', 'resources', 'projects', 'research', 'internship', 'employment', 'process', 'evaluation'];

/**
 * Size budgets of the Word files, measured at 60.3 KB (staff), 33.5 KB (enterprise) and 107.1 KB
 * (cases, 54 cases) when they were added; the cases file grows by about 2 KB a case.
 */
const DOCX_BUDGET = { staff: 120 * 1024, enterprise: 80 * 1024, cases: 240 * 1024 };

/** The headings of `word/document.xml` at levels 1 and 2 (Heading1, Heading2), in order. */
function docxHeadings(xml: string): string[] {
  const doc = parseXml(xml, 'word/document.xml');
  return [...doc.getElementsByTagName('w:p')].flatMap((p) => {
    const style = p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val');
    if (style !== 'Heading1' && style !== 'Heading2') return [];
    const words = [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join('');
    return [`${style === 'Heading1' ? 'h2' : 'h3'} ${squeeze(words)}`];
  });
}

describe.each(HANDBOOKS)('the %s handbook', (id) => {
  const root = page(`/handbooks/${id}/`).root;
  const body = root.querySelector('[data-handbook-body]');
  const sections = body?.querySelectorAll('[data-handbook-section]') ?? [];
  const bytes = new Uint8Array(readFileSync(`dist/handbooks/${id}.docx`));
  const parts = unzipDocx(bytes);

  test('has a cover with one h1, the edition date and the review status', () => {
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(text(root.querySelector('[data-edition]'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The review line comes from the entries' review dates (the oldest, and the next one due); the
    // case handbook says why it has none. The Word file's cover says the same.
    const review = text(root.querySelector('[data-review]'));
    expect(review).toMatch(
      id === 'cases' ? /读取日期/ : /^(待复核：)?所收内容最早一项审核于 \d{4}-\d{2}-\d{2}，(下次审核在|已过下次审核日期) \d{4}-\d{2}-\d{2}/,
    );
    expect(squeeze(parts.get('word/document.xml') ?? '')).toContain(squeeze(review));
  });

  test('its table of contents lists its numbered sections, 1 … n, in order', () => {
    expect(sections.length).toBeGreaterThanOrEqual(10);
    const h2s = sections.map((s) => s.querySelector('h2'));
    h2s.forEach((h2, i) => expect(text(h2?.querySelector('.number'))).toBe(String(i + 1)));
    const entries = root.querySelectorAll('.handbook-toc a');
    expect(entries.map((a) => a.getAttribute('href'))).toEqual(h2s.map((h2) => `#${h2?.getAttribute('id')}`));
    expect(entries.map(text)).toEqual(h2s.map(text));
  });

  test('prints with the handbooks stylesheet (running head and page numbers)', () => {
    expect(root.querySelector('link[rel="stylesheet"][media="print"]')?.getAttribute('href')).toBe('/handbooks/print.css');
    const title = text(root.querySelector('h1'));
    expect(readFileSync('dist/handbooks/print.css', 'utf8')).toMatch(
      new RegExp(`@page handbook-${id} \\{\\n {2}@top-center \\{ content: "${title} · `),
    );
  });

  test('the .docx is a zip of well-formed XML parts', () => {
    const xml = [...parts.keys()].filter((p) => /\.(xml|rels)$/.test(p));
    expect(xml).toContain('word/document.xml');
    for (const path of xml) expect(() => parseXml(parts.get(path) ?? '', `${id}.docx:${path}`)).not.toThrow();
  });

  test('every section heading of the page (h2, h3) is a heading of the .docx, in the same order', () => {
    const html = (body?.querySelectorAll('h2, h3') ?? []).map((h) => `${h.tagName.toLowerCase()} ${squeeze(text(h))}`);
    expect(html.length).toBeGreaterThan(sections.length);
    expect(docxHeadings(parts.get('word/document.xml') ?? '')).toEqual(html);
  });

  test(`the .docx is within its budget (${DOCX_BUDGET[id] / 1024} KB), A4, with page numbers and the edition date`, () => {
    console.log(`${id}.docx: ${(bytes.byteLength / 1024).toFixed(1)} KB`);
    expect(bytes.byteLength).toBeLessThanOrEqual(DOCX_BUDGET[id]);
    const document = parts.get('word/document.xml') ?? '';
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footers = [...parts.keys()].filter((p) => /^word\/footer\d+\.xml$/.test(p)).map((p) => parts.get(p) ?? '');
    expect(footers.some((f) => /PAGE/.test(f))).toBe(true);
    expect(document).toContain(text(root.querySelector('[data-edition]')));
    const styles = parts.get('word/styles.xml') ?? '';
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toContain('w:eastAsia="黑体"');
  });
});

describe('no handbook text is typed twice: a dimension section carries the dimension page’s own words', () => {
  const staff = page('/handbooks/staff/').root;
  const enterprise = page('/handbooks/enterprise/').root;
  test.each(DIMENSIONS)('%s', (id) => {
    const dimension = page(`/dimensions/${id}/`).root;
    const inStaff = staff.querySelector(`[data-handbook-section="dimension-${id}"]`);
    // The prose body, word for word.
    const prose = text(dimension.querySelector('.prose.body'));
    expect(prose.length).toBeGreaterThan(200);
    expect(text(inStaff?.querySelector('.prose.body'))).toBe(prose);
    // The lists and the steps, item for item (provenance markers included).
    const items = (root: HTMLElement | null | undefined, after: string) =>
      root?.querySelector(`#${after} + .item-list, #${after} + .list-source + .item-list`)?.querySelectorAll('li').map(text);
    expect(items(inStaff, `${id}-school-role`)).toEqual(items(dimension, 'school-role'));
    expect(items(inStaff, `${id}-pitfalls`)).toEqual(items(dimension, 'pitfalls'));
    expect(inStaff?.querySelectorAll('.steps li').map(text)).toEqual(dimension.querySelectorAll('.steps li').map(text));
    // The enterprise handbook's concerns are the dimension page's.
    const concerns = dimension.querySelectorAll('.qa dd').map(text);
    expect(concerns.length).toBeGreaterThan(0);
    expect(enterprise.querySelectorAll(`[data-handbook-section="dimension-${id}"] dd`).map(text)).toEqual(concerns);
  });
});

test('the case handbook: public cases first with their sources, every case with its provenance notice', () => {
  const root = page('/handbooks/cases/').root;
  const sections = root.querySelectorAll('[data-handbook-section]');
  const kinds = sections.map((s) => s.getAttribute('data-kind'));
  expect(kinds).toContain('public');
  expect(kinds).toContain('illustrative');
  expect(kinds.lastIndexOf('public')).toBeLessThan(kinds.indexOf('illustrative'));
  for (const section of sections) {
    const kind = section.getAttribute('data-kind');
    const notice = section.querySelector('.notice[data-case-provenance]');
    expect(notice?.getAttribute('data-case-provenance')).toBe(kind);
    if (kind === 'illustrative') expect(text(notice)).toContain('示例');
    else expect(section.querySelectorAll('[data-case-sources] [data-source]').length).toBeGreaterThan(0);
  }
  // Every case of the site is in it, up to the limit; this site has fewer (the cap, its order and
  // the note over a fixture of more cases: src/lib/handbooks/case-limit.test.ts).
  const total = [...pages.keys()].filter((p) => /^\/cases\/(?!page\/)[^/]+\/$/.test(p)).length;
  expect(total).toBeLessThanOrEqual(HANDBOOK_CASE_LIMIT);
  expect(sections).toHaveLength(total);
  // Nothing is left out, so the cover says nothing of a limit, on the page or in the Word file.
  expect(root.querySelector('[data-handbook-note]')).toBeNull();
  const docx = unzipDocx(new Uint8Array(readFileSync('dist/handbooks/cases.docx'))).get('word/document.xml') ?? '';
  expect(docx).toContain('全部案例的整本版');
  expect(docx).not.toContain('网站共有');
});

test.each([
  ['/for-staff/', 'staff'],
  ['/for-enterprises/', 'enterprise'],
  ['/cases/', 'cases'],
])('%s offers its handbook to print or download', (path, id) => {
  const offer = page(path).root.querySelector(`[data-handbook-offer="${id}"]`);
  expect(text(offer?.querySelector('h2'))).toBe('打印或下载整本手册');
  const hrefs = offer?.querySelectorAll('a').map((a) => a.getAttribute('href'));
  expect(hrefs).toEqual([`/handbooks/${id}/`, `/handbooks/${id}.docx`]);
});
