import { describe, expect, test } from 'vitest';
import { parseQuery } from './query.ts';
import { bagOf, COVERAGE, coverageMatch } from './coverage.ts';
import type { Postings, TokenPositions } from './match.ts';
import type { PageInfo } from './rank.ts';
import { tokenize, isHan } from './tokens.ts';

/** A tiny index: per page, where each pair (or other token) stands, and its title's token length. */
function site(pages: Record<string, { title: string; body: string }>) {
  const infos = new Map<string, PageInfo>();
  const keys = new Map<string, Map<string, number[]>>();
  for (const [id, { title, body }] of Object.entries(pages)) {
    const tokens = tokenize(`${title}。${body}`);
    infos.set(id, { titleStart: 0, titleLength: tokenize(title).length, words: tokens.length });
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      const key = isHan(t) && next !== undefined && isHan(next) ? t + next : t;
      const at = keys.get(key) ?? new Map<string, number[]>();
      at.set(id, [...(at.get(id) ?? []), i]);
      keys.set(key, at);
    });
  }
  const looked: string[] = [];
  const postings: Postings = async (key) => {
    looked.push(key);
    return (keys.get(key) ?? new Map()) as TokenPositions;
  };
  return { postings, looked, stats: { pages: infos.size, info: (id: string) => infos.get(id) } };
}

const PAGES = {
  practice: { title: '教师企业实践', body: '专业课老师每五年到企业实践累计不少于六个月，企业出具考核意见。' },
  faculty: { title: '师资共培', body: '学校和企业共同培养教师，企业技术人员到学校兼课。' },
  canteen: { title: '学生管理', body: '学生在企业实习期间的管理办法。学生安全第一。' },
  apart: { title: '实习管理', body: '老师要提前联系。……很多内容之后，企业会安排实践岗位。' },
};

describe('bagOf', () => {
  test('pairs of content characters and other tokens; function characters neither pair nor count', () => {
    const bag = bagOf(parseQuery('老师去企业实践要多久'));
    expect(bag.units.map((u) => u.key)).toEqual(['老师', '企业', '业实', '实践']);
    // 老师企业实践: six content characters; 去, 要 and 多久 carry no subject.
    expect(bag.content).toHaveLength(6);
  });
  test('other tokens are words of their own', () => {
    expect(bagOf(parseQuery('案例 json 下载')).units.map((u) => u.key)).toEqual(['案例', 'json', '下载']);
  });
});

describe('coverageMatch', () => {
  test('finds words apart on a page, and ranks the page holding all of them, in its title, first', async () => {
    const { postings, stats } = site(PAGES);
    const out = await coverageMatch(parseQuery('老师去企业实践要多久'), postings, stats);
    expect(out[0]?.id).toBe('practice');
    expect(out.map((o) => o.id)).toContain('apart');
    expect(out.every((o) => o.share >= COVERAGE.minShare)).toBe(true);
  });
  test('a page holding only a common word of the question does not qualify', async () => {
    const { postings, stats } = site(PAGES);
    // 学生 is on a page; 食堂 and 承包 are nowhere: 2 of 6 content characters.
    expect(await coverageMatch(parseQuery('学生食堂承包'), postings, stats)).toEqual([]);
  });
  test('short queries and quoted ones are left to the phrase steps', async () => {
    const { postings, stats, looked } = site(PAGES);
    expect(await coverageMatch(parseQuery('教师实'), postings, stats)).toEqual([]);
    expect(await coverageMatch(parseQuery('“教师企业实践考核”'), postings, stats)).toEqual([]);
    expect(looked).toEqual([]);
  });
  test('a rare word outweighs a common one', async () => {
    const { postings, stats } = site({
      a: { title: '甲', body: '企业很多。企业很多。企业很多。' },
      b: { title: '乙', body: '兼课教师。' },
      c: { title: '丙', body: '企业。' },
    });
    const out = await coverageMatch(parseQuery('企业兼课'), postings, stats, { ...COVERAGE, minShare: 0.5 });
    expect(out[0]?.id).toBe('b');
  });
  test('looks up at most maxNew words the phrase steps did not, each placing a new character', async () => {
    const { postings, stats, looked } = site(PAGES);
    const loaded = new Set(['企业']);
    await coverageMatch(parseQuery('老师去企业实践要多久'), postings, stats, { ...COVERAGE, maxNew: 2 }, (k) =>
      loaded.has(k),
    );
    // 企业 was loaded; 业实 places no new character once 企业 stands, so 老师 and 实践 come next.
    expect(looked).toEqual(['企业', '老师', '实践']);
  });
});
