/**
 * Provenance as a reader sees it: every page that marks items has one legend, the legend lists
 * exactly the kinds in the page's source line, and every marker on the page is summed in that line.
 */
import { expect, test } from 'vitest';
import { readSite, type BuiltPage } from './site.ts';

const pages = readSite('dist').filter((p) => /^(dimensions|problems|strategies)\/[^/]+\/index\.html$/.test(p.file));

test('the pages with provenance are there', () => {
  expect(pages.filter((p) => p.file.startsWith('dimensions/')).length).toBe(10);
  expect(pages.length).toBeGreaterThanOrEqual(16);
});

const kinds = (page: BuiltPage, selector: string, attr: string) =>
  new Set(page.root.querySelectorAll(selector).map((el) => el.getAttribute(attr) ?? ''));

test.each(pages.map((p) => [p.file, p] as const))('%s: legend, markers and source line agree', (_, page) => {
  expect(page.root.querySelectorAll('.source-legend').length).toBe(1);
  const marks = kinds(page, '[data-source-kind]', 'data-source-kind');
  const line = kinds(page, '[data-source-line] [data-source-part]', 'data-source-part');
  const legend = kinds(page, '[data-legend-kind]', 'data-legend-kind');
  expect(marks.size).toBeGreaterThan(0);
  for (const kind of marks) expect(line, `marker ${kind} missing from the source line`).toContain(kind);
  expect([...legend].sort()).toEqual([...line].sort());
});

test.each(pages.filter((p) => p.file.startsWith('dimensions/')).map((p) => [p.file, p] as const))(
  '%s: says what 互利, 同强 and 齐荣 ask, and carries no free-text paper tag',
  (_, page) => {
    const section = page.root.querySelector('#principle-asks')?.parentNode;
    expect(section?.querySelectorAll('dt').map((dt) => dt.text.trim())).toEqual(['互利', '同强', '齐荣']);
    expect(page.html).not.toMatch(/（论文(提出的做法|提到的做法|列举的企业职能)?）/);
  },
);
