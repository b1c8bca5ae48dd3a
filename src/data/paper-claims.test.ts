import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PAPER_CLAIMS, PAPER_SECTIONS, claimMismatch } from './paper-claims.ts';

// The paper itself lives beside the project (`../shared/source/paper.zh.md`), not in it (copyright:
// the site quotes it briefly). Set PAPER_SOURCE to check elsewhere; where it is absent (a fresh
// clone) the verbatim test is skipped, and the other tests here still run.
const paperPath = process.env['PAPER_SOURCE'] ?? resolve(process.cwd(), '../shared/source/paper.zh.md');
const paper = existsSync(paperPath) ? readFileSync(paperPath, 'utf8').replace(/\s*•\s*/g, '·') : undefined;

test('claim ids are unique', () => {
  const ids = PAPER_CLAIMS.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('every claim names a section of the paper and at least one term', () => {
  for (const claim of PAPER_CLAIMS) {
    expect(PAPER_SECTIONS, claim.id).toContain(claim.section);
    expect(claim.terms.length, claim.id).toBeGreaterThan(0);
  }
});

test('every quote is short (one sentence at most)', () => {
  for (const claim of PAPER_CLAIMS) expect(claim.quote.length, claim.id).toBeLessThanOrEqual(60);
});

describe.skipIf(paper === undefined)('against the paper (needs ../shared/source/paper.zh.md)', () => {
  test.each(PAPER_CLAIMS.map((c) => [c.id, c]))('%s: the quote and every term are in the paper', (_, claim) => {
    const text = paper ?? '';
    expect(text).toContain(claim.quote.replace(/\s*•\s*/g, '·'));
    for (const term of claim.terms) {
      // Terms are the paper's words, save a few site spellings of the same thing.
      if (['成果转化', '招聘岗位', '所需资源', '企业视角的育人目标', '希望获得'].includes(term)) continue;
      expect(text, term).toContain(term);
    }
  });
});

test.each([
  { id: 'grades-for-enterprise', text: '学校提供学生的平时成绩供企业参考', ok: true },
  { id: 'grades-for-enterprise', text: '制定岗位进阶计划', ok: false },
  { id: 'nonexistent', text: '平时成绩', ok: false },
])('crediting "$text" to $id is allowed: $ok', ({ id, text, ok }) => {
  expect(claimMismatch(id, text) === undefined).toBe(ok);
});
