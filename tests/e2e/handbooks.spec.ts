/**
 * The handbooks printed by Chromium (issue 30): each prints to a PDF whose outline lists the
 * handbook's numbered sections in the order of its table of contents, with the running head and
 * the page number on every page but the cover; in the case handbook every page that opens an
 * illustrative case carries the illustrative running head. The PDF is read with unpdf (PDF.js).
 * PDF text comes back with Kangxi radicals for some characters (⼯ for 工), so text is compared
 * after NFKC normalisation.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

// Printing 150 A4 pages on a shared two-core machine is slow.
test.describe.configure({ timeout: 300_000 });

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
/** The running head of a page of an illustrative case (handbooks/print.css), as PDF text reads. */
const ILLUSTRATIVE_HEAD = norm('示例案例，非真实 · 案例集');

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

async function print(page: Page, path: string) {
  await page.goto(path);
  const toc = (await page.locator('.handbook-toc a').allInnerTexts()).map(norm);
  const title = norm(await page.locator('h1').innerText());
  const pdf = await page.pdf({ preferCSSPageSize: true, outline: true, tagged: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: false });
  const outline = ((await doc.getOutline()) ?? []) as OutlineNode[];
  /** The 0-based page an outline entry points to. */
  const pageOf = async (node: OutlineNode) => {
    const dest = typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest;
    const ref = dest?.[0];
    if (!ref || typeof ref !== 'object') throw new Error(`outline entry "${node.title}" has no page`);
    return doc.getPageIndex(ref as Parameters<typeof doc.getPageIndex>[0]);
  };
  return { toc, title, totalPages, pages: text.map(norm), outline, pageOf };
}

for (const [id, title] of [
  ['staff', '院校工作手册'],
  ['enterprise', '企业合作须知'],
  ['cases', '案例集'],
] as const) {
  const head = norm(`${title} · 产业学院协同育人知识库`);
  test(`${id}: the PDF's outline is the table of contents; running head and page number after the cover`, async ({
    page,
  }) => {
    const { toc, title, totalPages, pages, outline } = await print(page, `/handbooks/${id}/`);
    expect(toc.length).toBeGreaterThanOrEqual(10);
    // A page per section at least, after the cover.
    expect(totalPages).toBeGreaterThan(toc.length);
    // The outline: the title, and under it every numbered section in order.
    expect(outline.map((o) => norm(o.title))).toEqual([title]);
    const sections = (outline[0]?.items ?? []).map((o) => norm(o.title)).filter((t) => /^\d+/.test(t));
    expect(sections).toEqual(toc);
    // The cover carries neither the running head nor a number; every other page both.
    expect(pages[0]).toContain(title);
    expect(pages[0]?.startsWith(head)).toBe(false);
    // Chromium writes the margin boxes first: the running head, then the page number.
    pages.slice(1).forEach((text, i) => {
      const number = String(i + 2);
      const withHead = [head, ILLUSTRATIVE_HEAD].find((h) => text.startsWith(h));
      expect(withHead, `page ${number} has a running head`).toBeDefined();
      expect(text.slice(withHead?.length ?? 0).startsWith(number), `page ${number} has its number`).toBe(true);
    });
  });
}

test('cases: the page each illustrative case opens on says so in its running head; a public case’s does not', async ({
  page,
}) => {
  await page.goto('/handbooks/cases/');
  const kinds = await page
    .locator('[data-handbook-section]')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-kind')));
  const { pages, outline, pageOf } = await print(page, '/handbooks/cases/');
  // The outline's numbered entries are the cases, in the page's order (checked above against the contents).
  const entries = (outline[0]?.items ?? []).filter((o) => /^\d+/.test(norm(o.title)));
  expect(entries).toHaveLength(kinds.length);
  expect(kinds.filter((k) => k === 'illustrative').length).toBeGreaterThan(10);
  expect(kinds).toContain('public');
  for (const [i, entry] of entries.entries()) {
    const text = pages[await pageOf(entry)] ?? '';
    expect(text.startsWith(ILLUSTRATIVE_HEAD), entry.title).toBe(kinds[i] === 'illustrative');
  }
});
