/**
 * The templates in `dist/`: each page has its .docx, each .docx opens (a zip whose XML parts are
 * well-formed) and holds every clause of its page with the same source, in the same order; templates
 * and dimensions link to each other; the hubs link to the listing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { numberedClauses, parseXml, squeeze, unzipDocx } from '../support/docx.ts';
import { readSite, type BuiltPage } from './site.ts';
import {
  APPRENTICESHIP_RULES,
  STUDENT_PLACEMENT_RULES,
  placementProblems,
} from '../../src/lib/templates/internship-clauses.ts';

const pages = readSite('dist');
const page = (path: string): BuiltPage => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no page ${path} in dist/`);
  return found;
};
const ids = readdirSync('src/content/templates')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const dimensionPages = pages.filter((p) => /^\/dimensions\/[^/]+\/$/.test(p.path));
const hrefs = (p: BuiltPage, selector = 'main a[href]') =>
  p.root.querySelectorAll(selector).map((a) => a.getAttribute('href') ?? '');

/** A .docx the build wrote may be at most this many bytes (measured: 11.9–12.8 KB). */
const DOCX_BUDGET = 20 * 1024;

test('there are eight templates, each with a page and a .docx', () => {
  expect(ids).toHaveLength(8);
  const docx = readdirSync('dist/templates').filter((f) => f.endsWith('.docx'));
  expect(docx.sort()).toEqual(ids.map((id) => `${id}.docx`).sort());
  for (const id of ids) expect(page(`/templates/${id}/`)).toBeTruthy();
});

describe.each(ids)('%s', (id) => {
  const html = page(`/templates/${id}/`);
  const bytes = new Uint8Array(readFileSync(`dist/templates/${id}.docx`));
  const parts = unzipDocx(bytes);

  test(`the .docx is at most ${DOCX_BUDGET / 1024} KB`, () => {
    expect(bytes.byteLength).toBeLessThanOrEqual(DOCX_BUDGET);
  });

  test('the .docx is a Word package whose XML parts are all well-formed', () => {
    expect(parts.get('[Content_Types].xml')).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
    const xml = [...parts.keys()].filter((p) => /\.(xml|rels)$/.test(p));
    expect(xml).toContain('word/document.xml');
    for (const path of xml) expect(() => parseXml(parts.get(path) ?? '', `${id}.docx:${path}`)).not.toThrow();
  });

  test('the .docx holds every clause of the page, numbered, in order, with the same source', () => {
    const items = html.root.querySelectorAll('ol.clauses > li');
    const numbered = numberedClauses(parts);
    expect(items.length).toBeGreaterThan(5);
    expect(numbered).toHaveLength(items.length);
    items.forEach((li, i) => {
      const source = li.querySelector('.clause-source')?.text ?? '';
      expect(source).toMatch(/^［来源：.+］$/);
      const clause = li.clone() as typeof li;
      clause.querySelectorAll('.clause-source, .visually-hidden').forEach((el) => el.remove());
      const docx = squeeze(numbered[i]?.text ?? '');
      expect(docx).toContain(squeeze(clause.text));
      expect(docx).toContain(squeeze(source));
    });
  });

  test('the page is marked a checklist, not legal advice, and explains its source markers', () => {
    const notes = html.root.querySelectorAll('[role="note"]').map((n) => n.text);
    expect(notes.filter((n) => n.includes('不是法律文本') && n.includes('不构成法律意见'))).toHaveLength(1);
    expect(html.root.querySelector('#legend')).not.toBeNull();
    expect(squeeze(parts.get('word/document.xml') ?? '')).toContain('不构成法律意见');
  });

  test('the page links its .docx under a sensible file name', () => {
    const link = html.root.querySelector(`a[href="/templates/${id}.docx"]`);
    expect(link?.getAttribute('download')).toBe(`${id}.docx`);
    expect(link?.text).toMatch(/\.docx，\d+(\.\d)? KB/);
  });

  test('the page links each dimension it serves, and each of those links back', () => {
    const served = hrefs(html, 'main .facts a[href^="/dimensions/"]');
    expect(served.length).toBeGreaterThan(0);
    for (const href of served) expect(hrefs(page(href))).toContain(`/templates/${id}/`);
  });
});

test('a dimension page links exactly the templates that serve it', () => {
  expect(dimensionPages).toHaveLength(10);
  for (const dimension of dimensionPages) {
    const linked = hrefs(dimension, 'main #templates ~ ul a[href$="/"]').filter((h) => h.startsWith('/templates/'));
    const serving = ids.filter((id) =>
      hrefs(page(`/templates/${id}/`), 'main .facts a').includes(dimension.path),
    );
    expect(linked.sort(), dimension.path).toEqual(serving.map((id) => `/templates/${id}/`).sort());
  }
});

test('the listing links every template and its .docx; the hubs and the footer link the listing', () => {
  const listing = hrefs(page('/templates/'));
  for (const id of ids) expect(listing).toEqual(expect.arrayContaining([`/templates/${id}/`, `/templates/${id}.docx`]));
  for (const hub of ['/for-staff/', '/for-enterprises/']) expect(hrefs(page(hub))).toContain('/templates/');
  expect(hrefs(page('/'), 'footer a[href]')).toContain('/templates/');
});

// A college signs what the page shows: read each placement agreement's clauses as built, and fail
// when a blank could be filled against the 2021 internship rules (pay floor, fees, papers, consent,
// insurance payer, rest days).
describe.each([
  ['internship-agreement', STUDENT_PLACEMENT_RULES],
  ['apprenticeship-agreement', APPRENTICESHIP_RULES],
] as const)('%s can be signed without putting a student at risk', (id, rules) => {
  test('every rule for a student on the post is met by the clauses as built', () => {
    const clauses = page(`/templates/${id}/`)
      .root.querySelectorAll('ol.clauses > li')
      .map((li) => {
        const source = li.querySelector('.clause-source')?.text ?? '';
        const clause = li.clone() as typeof li;
        clause.querySelectorAll('.clause-source, .visually-hidden').forEach((el) => el.remove());
        // A blank is drawn as a line with its name; read it back as the {{name}} it was written as.
        clause.querySelectorAll('.blank').forEach((el) => el.replaceWith(`{{${el.text.trim()}}}`));
        return { text: squeeze(clause.text), source: squeeze(source) };
      });
    expect(clauses.length).toBeGreaterThan(5);
    expect(placementProblems(clauses, rules)).toEqual([]);
  });
});
