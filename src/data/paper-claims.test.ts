import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findPaper, paperExpectedAt, paperSection } from '../lib/content/paper-source.ts';
import { PAPER_CLAIMS, PAPER_SECTIONS, claimMismatch, quotedSpans, verbatimForm } from './paper-claims.ts';

// The paper lives beside the project (`shared/source/paper.zh.md` in a folder above it), not in it
// (copyright: the site quotes it briefly); PAPER_SOURCE points elsewhere. These tests read it and
// fail without it: a claim that cannot be checked against the paper is not checked at all.
const paperPath = findPaper();

test('the paper is there to check the claims against', () => {
  expect(
    paperPath,
    `论文原文不在 ${paperExpectedAt()}：把 paper.zh.md 放在那里，或设 PAPER_SOURCE 指向它`,
  ).toBeDefined();
});

const paper = verbatimForm(paperPath ? readFileSync(paperPath, 'utf8') : '');
const rawPaper = paperPath ? readFileSync(paperPath, 'utf8') : '';

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

describe('against the paper', () => {
  test.each(PAPER_CLAIMS.map((c) => [c.id, c]))('%s: the quote is in its own section', (_, claim) => {
    expect(paper.length, '论文原文缺失').toBeGreaterThan(0);
    expect(verbatimForm(paperSection(rawPaper, claim.section))).toContain(verbatimForm(claim.quote));
  });

  test.each(PAPER_CLAIMS.map((c) => [c.id, c]))('%s: every term is the paper’s own word', (_, claim) => {
    expect(paper.length, '论文原文缺失').toBeGreaterThan(0);
    for (const term of claim.terms) expect(paper, term).toContain(verbatimForm(term));
  });
});

test.each([
  { id: 'grades-for-enterprise', text: '学校可以提供学生的平时成绩、专业成绩，供企业参考', ok: true },
  { id: 'grades-for-enterprise', text: '企业考核时，学校提供“平时成绩、专业成绩”', ok: true },
  // One shared word is not enough: the item must carry the paper's words.
  { id: 'grades-for-enterprise', text: '学校提供学生的平时成绩供企业参考', ok: false },
  { id: 'grades-for-enterprise', text: '学校提供“平时成绩”', ok: false },
  { id: 'grades-for-enterprise', text: '制定岗位进阶计划', ok: false },
  { id: 'nonexistent', text: '平时成绩', ok: false },
])('crediting "$text" to $id is allowed: $ok', ({ id, text, ok }) => {
  expect(claimMismatch(id, text) === undefined).toBe(ok);
});

test.each([
  ['开通“校企协同育人线上沟通平台”，定期开会', ['校企协同育人线上沟通平台']],
  ['包括“人力资源”“平台资源”“业务资源”等', ['人力资源平台资源业务资源']],
  ['提倡“一帮一”、“一带一”、“一教一”', ['一帮一、一带一、一教一']],
  ['企业要“在确保安全的前提下，积极深化‘现代学徒制’”', ['在确保安全的前提下，积极深化现代学徒制']],
  ['没有引号', []],
])('quotedSpans(%s)', (text, spans) => {
  expect(quotedSpans(text)).toEqual(spans);
});
