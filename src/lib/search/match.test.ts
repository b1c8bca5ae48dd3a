import { describe, expect, test } from 'vitest';
import { parseQuery } from './query.ts';
import {
  SPLIT_LIMIT,
  VERIFY_LIMIT,
  cachedLookup,
  coverPieces,
  firstOccurrence,
  matchQuery,
  matchScore,
  smallestSpan,
  titleBoost,
  type Lookup,
  type Oracles,
} from './match.ts';

/**
 * A stand-in for Pagefind over a tiny corpus, positioned the way Pagefind positions the index we
 * build: one position per Han character, per word, and per punctuation mark (which no query can
 * match, so a phrase with a mark inside is not found as written).
 */
function corpus(docs: Record<string, string>, onLookup?: (tokens: readonly string[]) => void): Oracles {
  const tokens = Object.fromEntries(
    Object.entries(docs).map(([id, text]) => [
      id,
      (text
        .normalize('NFKC')
        .toLowerCase()
        .match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+|[^\s]/gu) ?? []) as string[],
    ]),
  );
  const lookup: Lookup = async (query) => {
    onLookup?.(query);
    const pages = new Set<string>();
    for (const [id, list] of Object.entries(tokens)) {
      for (let i = 0; i + query.length <= list.length; i++) {
        if (query.every((t, k) => list[i + k] === t)) pages.add(id);
      }
    }
    return pages;
  };
  return { lookup, text: async (id) => docs[id] ?? '' };
}

const DOCS = {
  goal: '育人目标存在分歧。校企双方的育人目标不一致。',
  strategy: '明确育人目标：校企合作的育人模式要写进协议。',
  robot: '机器人工作站很多，行业是智能制造与高端装备。',
  vision: '学校人工智能技术应用专业与企业共建联合实验室。',
  cert: '学校参加1+X证书制度试点，把证书标准融入课程。',
  cold: '东北某职业技术学院与区域冷链物流企业合作。',
  apprentice: '现代学徒制先对齐成长路线。岗位实习安排在三年级。',
};
const site = corpus(DOCS);
const ids = async (q: string, oracles = site) => {
  const m = await matchQuery(parseQuery(q), oracles);
  return { full: m.full.map((p) => p.id).sort(), partial: m.partial.map((p) => p.id).sort(), found: m.found };
};

describe('matchQuery', () => {
  test.each([
    ['育人目标', ['goal', 'strategy']],
    ['人工智能', ['vision']],
    ['区块链', []],
    ['1+X证书', ['cert']],
    ['"1+X证书"', ['cert']],
    ['X证书', ['cert']],
    ['顶岗实习', ['apprentice']],
    ['校企合作育人模式', ['strategy']],
    ['"现代学徒制"', ['apprentice']],
    ['"现代学徒制度"', []],
    ['链', ['cold']],
  ])('%s matches %j', async (q, expected) => {
    expect((await ids(q)).full).toEqual(expected);
  });

  test('a page holding only some characters of an unknown term is not a match (人工 in 机器人工作站)', async () => {
    expect((await ids('人工智能')).full).not.toContain('robot');
  });

  test('when no page has every term, pages with some are partial, and the missing term is reported', async () => {
    expect(await ids('育人目标 区块链')).toEqual({ full: [], partial: ['goal', 'strategy'], found: [true, false] });
  });

  test('when some page has every term, there are no partial results', async () => {
    const m = await ids('育人目标 协议');
    expect(m.full).toEqual(['strategy']);
    expect(m.partial).toEqual([]);
  });

  test('near matches need the pieces close together', async () => {
    const far = corpus({
      far: `校企合作${'。'.repeat(80)}育人模式`,
      near: '校企合作，在专业建设中形成育人模式',
    });
    const m = await matchQuery(parseQuery('校企合作育人模式'), far);
    expect(m.full.map((p) => p.id)).toEqual(['near']);
    expect(m.full[0]?.terms[0]?.kind).toBe('near');
  });
});

test('a long phrase found nowhere together matches where all its pieces are; a short one does not', async () => {
  const apart = corpus({
    far: `校企合作${'。'.repeat(80)}协同育人模式`,
    robot: `机器人工作站${'。'.repeat(80)}智能制造`,
  });
  expect((await ids('校企合作育人模式', apart)).full).toEqual(['far']);
  expect((await ids('人工智能', apart)).full).toEqual([]);
});

describe('punctuation inside a phrase on the page', () => {
  const quoted = corpus({
    faculty: '共同打造“双师型”教师队伍。',
    principle: '互利·同强·齐荣是原则。',
    plain: '双师型教师的定义。',
    apart: '双师型的讨论很多。这里的教师很少。',
  });
  test.each([
    ['双师型教师', ['faculty', 'plain']],
    ['"双师型教师"', ['faculty', 'plain']],
    ['互利同强齐荣', ['principle']],
    ['互利同强', ['principle']],
  ])('%s matches %j', async (q, expected) => {
    expect((await ids(q, quoted)).full).toEqual(expected);
  });

  test('a phrase found often as written is not also sought with punctuation inside', async () => {
    const asked: string[] = [];
    const docs = Object.fromEntries(Array.from({ length: SPLIT_LIMIT }, (_, i) => [`d${i}`, '双师型教师']));
    await matchQuery(
      parseQuery('双师型教师'),
      corpus(docs, (t) => asked.push(t.join(''))),
    );
    expect(asked).toEqual(['双师型教师']);
  });

  test('at most VERIFY_LIMIT candidates are read, the highest ranked first', async () => {
    const docs = Object.fromEntries(Array.from({ length: VERIFY_LIMIT + 5 }, (_, i) => [`d${i}`, '“双师型”教师']));
    const read: string[] = [];
    const base = corpus(docs);
    const oracles: Oracles = {
      ...base,
      text: async (id) => {
        read.push(id);
        return base.text(id);
      },
      rank: (id) => Number(id.slice(1)),
    };
    const m = await matchQuery(parseQuery('双师型教师'), oracles);
    expect(read).toHaveLength(VERIFY_LIMIT);
    expect(m.full.map((p) => p.id)).toContain(`d${VERIFY_LIMIT + 4}`);
    expect(m.full.map((p) => p.id)).not.toContain('d0');
  });
});

test('smallestSpan is the shortest stretch of text holding every pattern', () => {
  expect(smallestSpan('甲乙丙……甲丙', [/甲/u, /丙/u])).toBe(2);
  expect(smallestSpan('甲乙', [/甲/u, /丙/u])).toBe(Infinity);
});

test('coverPieces splits a term into the longest runs on the site, and gives up on a lone character', async () => {
  const pieces = await coverPieces(['校', '企', '合', '作', '育', '人', '模', '式'], site.lookup);
  expect(pieces?.map((p) => p.tokens.join(''))).toEqual(['校企合作', '育人模式']);
  expect(await coverPieces(['区', '块', '链'], site.lookup)).toBeUndefined();
  expect((await coverPieces(['区', '块', '链'], corpus({ a: '地区，一块，冷链' }).lookup, true))?.length).toBe(3);
});

test('cachedLookup asks once per token sequence', async () => {
  let calls = 0;
  const counting: Lookup = async (t) => {
    calls++;
    return site.lookup(t);
  };
  const cached = cachedLookup(counting);
  await cached(['育', '人']);
  await cached(['育', '人']);
  expect(calls).toBe(1);
});

test('matchScore ranks exact over near, typed over alternative, early over late, then by Pagefind’s score', () => {
  const score = (kind: 'exact' | 'near', literal: boolean, base = 0, first = Infinity) =>
    matchScore({ id: 'x', terms: [{ kind, literal, via: [] }] }, base, first);
  expect(score('exact', true)).toBeGreaterThan(score('near', true, 0.5));
  expect(score('exact', true)).toBeGreaterThan(score('exact', false));
  expect(score('exact', true, 0.9)).toBeGreaterThan(score('exact', true, 0.1));
  expect(score('exact', true, 0, 3)).toBeGreaterThan(score('exact', true, 0, 30));
  expect(score('exact', true, 0, 30)).toBeGreaterThan(score('exact', true, 0, 3000));
});

test('firstOccurrence is the start of the first run of consecutive positions', () => {
  expect(firstOccurrence([1, 5, 9, 10, 11, 40, 41, 42], 3)).toBe(9);
  expect(firstOccurrence([1, 5], 2)).toBe(Infinity);
  expect(firstOccurrence([7, 2], 1)).toBe(2);
});

test.each([
  ['师资共培', '师资共培', 24],
  ['师资共培', '师资共培：教师与企业骨干', 16],
  ['师资培养', '师资共培', 10],
  ['区块链', '师资共培', 0],
])('titleBoost(%j in %j) is %d', (q, title, boost) => {
  expect(titleBoost(title, parseQuery(q))).toBe(boost);
});
