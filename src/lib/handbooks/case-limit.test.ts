import { describe, expect, test } from 'vitest';
import { Packer } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { HANDBOOK_CASE_LIMIT, caseLimitNote, handbookCases } from './case-limit.ts';
import { buildHandbookDocx } from './handbook-docx.ts';

type Kind = 'public' | 'illustrative';
const entry = (id: string, kind: Kind, year: number) => ({ id, data: { year, provenance: { kind } } });

/**
 * More cases than the limit, shuffled: 30 public and 250 illustrative, spread over 2010–2024, so the
 * order has to come from the selection and not from the input.
 */
function site(publicCount = 30, illustrativeCount = 250) {
  const all = [
    ...Array.from({ length: publicCount }, (_, i) =>
      entry(`public-${String(i).padStart(3, '0')}`, 'public', 2010 + (i % 15)),
    ),
    ...Array.from({ length: illustrativeCount }, (_, i) =>
      entry(`case-${String(i).padStart(3, '0')}`, 'illustrative', 2010 + ((i * 7) % 15)),
    ),
  ];
  // A fixed shuffle (no Math.random: a failure must reproduce).
  return all
    .map((c, i) => ({ c, k: (i * 7919) % all.length }))
    .sort((a, b) => a.k - b.k)
    .map(({ c }) => c);
}

describe('the cases handbook holds at most HANDBOOK_CASE_LIMIT cases', () => {
  const all = site();
  const { held, total } = handbookCases(all);

  test('the limit is a fixed number, and the fixture has more cases than it', () => {
    expect(HANDBOOK_CASE_LIMIT).toBe(200);
    expect(all.length).toBeGreaterThan(HANDBOOK_CASE_LIMIT);
  });

  test('it holds the limit, and knows how many the site has', () => {
    expect(held).toHaveLength(HANDBOOK_CASE_LIMIT);
    expect(total).toBe(280);
  });

  test('every public case first, then illustrative cases newest first (then by id)', () => {
    const kinds = held.map((c) => c.data.provenance.kind);
    expect(kinds.slice(0, 30).every((k) => k === 'public')).toBe(true);
    expect(kinds.slice(30).every((k) => k === 'illustrative')).toBe(true);
    const illustrative = held.slice(30);
    const expected = all
      .filter((c) => c.data.provenance.kind === 'illustrative')
      .sort((a, b) => b.data.year - a.data.year || a.id.localeCompare(b.id))
      .slice(0, HANDBOOK_CASE_LIMIT - 30);
    expect(illustrative.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    // What is left out is never newer than what is held.
    const oldestHeld = Math.min(...illustrative.map((c) => c.data.year));
    const left = all.filter((c) => !held.includes(c));
    expect(left).toHaveLength(80);
    expect(Math.max(...left.map((c) => c.data.year))).toBeLessThanOrEqual(oldestHeld);
  });

  test('with more public cases than the limit it holds only public cases, newest first', () => {
    const many = handbookCases(site(250, 10)).held;
    expect(many).toHaveLength(HANDBOOK_CASE_LIMIT);
    expect(many.every((c) => c.data.provenance.kind === 'public')).toBe(true);
    const years = many.map((c) => c.data.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  test('a site at or under the limit keeps every case, in the same order as the site', () => {
    const small = site(5, 52);
    const selection = handbookCases(small);
    expect(selection.held).toHaveLength(57);
    expect(handbookCases(selection.held).held).toEqual(selection.held);
    expect(caseLimitNote({ held: 57, total: 57 })).toBeUndefined();
    expect(caseLimitNote({ held: 200, total: 200 })).toBeUndefined();
  });
});

describe('the note in the front matter when cases are left out', () => {
  const note = caseLimitNote({ held: 200, total: 10_000 });

  test('says how many cases the site has, how many the handbook holds, the order, and where the rest are', () => {
    expect(note?.before).toBe(
      '网站共有 10000 个案例，本案例集收录其中 200 个（至多收录 200 个）：先收全部有公开来源的案例，再按年份从新到旧收示例案例。其余 9800 个案例请到',
    );
    expect(note?.link).toBe('网站的案例页');
    expect(note?.after).toBe('按行业、地区、合作模式查找和阅读。');
  });

  test('the Word file prints it on the cover, under the lead, with the case browser’s address', async () => {
    const notice = [
      { text: note?.before ?? '' },
      { text: `${note?.link}（https://example.org/cases/）` },
      { text: note?.after ?? '' },
    ];
    const model = {
      title: '案例集',
      lead: '导语',
      notice,
      cover: [{ label: '出自', value: '知识库' }],
      contentsTitle: '目录',
      runningHead: '案例集 · 知识库',
      sections: [{ number: 1, title: '案例一', blocks: [] }],
    };
    const bytes = await Packer.toBuffer(buildHandbookDocx(model));
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array());
    const words = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(words).toContain(notice.map((r) => r.text).join(''));
    expect(words.indexOf('导语')).toBeLessThan(words.indexOf('网站共有 10000 个案例'));
    expect(words.indexOf('网站共有 10000 个案例')).toBeLessThan(words.indexOf('1 案例一'));
  });
});
