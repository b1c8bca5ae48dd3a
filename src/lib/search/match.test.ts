import { describe, expect, test } from 'vitest';
import { parseQuery } from './query.ts';
import { indexText } from './index-text.ts';
import {
  COMPLETE_SLACK,
  cachedPostings,
  isComplete,
  lookupsOf,
  matchQuery,
  matchTerm,
  occurrences,
  placed,
  smallestSpan,
  termPieces,
  type Postings,
  type TokenPositions,
} from './match.ts';

/**
 * A stand-in for Pagefind over a tiny corpus, given the text the indexer is given (tokens.ts) and
 * answering as Pagefind does: a position per word between spaces (marks too), words lower-cased
 * without their marks, and a lookup matching every word that starts with it.
 */
function corpus(docs: Record<string, string>, onLookup?: (token: string) => void): Postings {
  const words = Object.entries(docs).map(
    ([id, text]) =>
      [
        id,
        indexText(text)
          .split(/\s+/)
          .filter(Boolean)
          .map((w) =>
            w
              .normalize('NFKC')
              .toLowerCase()
              .replace(/[\p{P}\p{S}]/gu, ''),
          ),
      ] as const,
  );
  return async (token) => {
    onLookup?.(token);
    const out = new Map<string, number[]>();
    for (const [id, list] of words) {
      const at = list.flatMap((w, i) => (w && w.startsWith(token) ? [i] : []));
      if (at.length) out.set(id, at);
    }
    return out as TokenPositions;
  };
}

const DOCS = {
  goal: '育人目标存在分歧。校企双方的育人目标不一致。',
  strategy: '明确育人目标：校企合作的育人模式要写进协议。',
  robot: '机器人工作站很多，行业是智能制造与高端装备。',
  vision: '学校人工智能技术应用专业与企业共建联合实验室。',
  cert: '学校参加1+X证书制度试点，把证书标准融入课程。',
  cold: '东北某职业技术学院与区域冷链物流企业合作。',
  apprentice: '现代学徒制先对齐成长路线。岗位实习安排在三年级。',
  faculty: '教师企业实践每五年不少于六个月，企业出具考核意见。',
  dual: '建设“双师型”教师队伍。',
};
const site = corpus(DOCS);
const ids = async (q: string, postings = site) => {
  const m = await matchQuery(parseQuery(q), postings);
  return { full: m.full.map((p) => p.id).sort(), partial: m.partial.map((p) => p.id).sort(), found: m.found };
};
const firstTerm = (q: string) => {
  const term = parseQuery(q).terms[0];
  if (!term) throw new Error(`no term in ${q}`);
  return term;
};
const kindOf = async (q: string, id: string) => (await matchTerm(firstTerm(q), site)).get(id)?.kind;

describe('matchQuery', () => {
  test.each([
    ['育人目标', ['goal', 'strategy']],
    ['人工智能', ['vision']],
    ['区块链', []],
    ['1+X证书', ['cert']],
    ['"1+X证书"', ['cert']],
    ['X证书', ['cert']],
    ['顶岗实习', ['apprentice']],
    ['"现代学徒制"', ['apprentice']],
    ['"现代学徒制度"', []],
    ['链', ['cold']],
    ['双师型教师', ['dual']],
  ])('%s matches %j', async (q, expected) => {
    expect((await ids(q)).full).toEqual(expected);
  });

  test('a page holding only some characters of an unknown term is not a match (人工 in 机器人工作站)', async () => {
    expect((await ids('人工智能')).full).not.toContain('robot');
  });

  test('a term with a character no word of the site covers is missing everywhere', async () => {
    expect(await ids('量子冷链')).toEqual({ full: [], partial: [], found: [false] });
  });

  test('a term found nowhere is named; pages with the other terms are partial results', async () => {
    expect(await ids('冷链 区块链')).toEqual({ full: [], partial: ['cold'], found: [true, false] });
  });
});

describe('matchTerm: how a page matches', () => {
  test.each([
    ['育人目标', 'goal', 'exact'],
    ['双师型教师', 'dual', 'exact'],
    ['现代学徙制', 'apprentice', 'typo'],
    ['教师实践考核', 'faculty', 'cover'],
    ['顶岗实习', 'apprentice', 'exact'],
  ])('%s on %s: %s', async (q, id, kind) => {
    expect(await kindOf(q, id)).toBe(kind);
  });

  test('a vocabulary alternative is not literal', async () => {
    const term = firstTerm('顶岗实习');
    expect((await matchTerm(term, site)).get('apprentice')?.literal).toBe(false);
  });

  test('a quoted term is never matched by its pieces or with a typo', async () => {
    expect(await kindOf('"现代学徙制"', 'apprentice')).toBeUndefined();
    expect(await kindOf('"教师实践考核"', 'faculty')).toBeUndefined();
  });

  test('a cover match needs half the term covered on the page', async () => {
    const term = firstTerm('教师实践考核');
    const hits = await matchTerm(term, site);
    expect(hits.get('faculty')?.cover).toBe(1);
    expect(hits.has('dual')).toBe(false);
  });
});

describe('lookups, occurrences and pieces', () => {
  test('a phrase is looked up by pairs of Han tokens, the odd last one in the pair ending with it', () => {
    const keys = (tokens: (string | undefined)[]) => lookupsOf(tokens).map((l) => `${l.key}@${l.offset}`);
    expect(keys(['现', '代', '学', '徒', '制'])).toEqual(['现代@0', '学徒@2', '徒制@3']);
    expect(keys(['1', 'x', '证', '书'])).toEqual(['1@0', 'x@1', '证书@2']);
    expect(keys(['链'])).toEqual(['链@0']);
    expect(keys(['现', '代', undefined, '徒', '制'])).toEqual(['现代@0', '徒制@3']);
  });

  test('placed: where every lookup of a phrase stands at its offset', () => {
    const table = new Map([
      ['现代', new Map([['p', [0, 9]]])],
      ['学徒', new Map([['p', [2, 20]]])],
      ['徒制', new Map([['p', [3]]])],
    ]);
    expect(placed(['现', '代', '学', '徒', '制'], table)).toEqual(new Map([['p', [0]]]));
  });

  const a = new Map([['p', [0, 5]]]);
  const b = new Map([['p', [1, 7]]]);
  test('occurrences: adjacent tokens, and tokens with a gap allowed', () => {
    expect(occurrences([a, b])).toEqual(new Map([['p', [0]]]));
    expect(occurrences([a, b], [1])).toEqual(new Map([['p', [0, 5]]]));
    expect(occurrences([a, undefined, b])).toEqual(new Map([['p', [5]]]));
  });

  test('termPieces: the pairs the site holds, joined where they stand together on a page', async () => {
    const tokens = ['教', '师', '实', '践', '考', '核'];
    const keys = ['教师', '师实', '实践', '践考', '考核'];
    const table = new Map(await Promise.all(keys.map(async (k) => [k, await site(k)] as const)));
    const { pages, covered } = termPieces(tokens, table);
    const words = pages.get('faculty')?.map((p) => tokens.slice(p.from, p.to).join(''));
    expect(words?.sort()).toEqual(['实践', '教师', '考核']);
    expect(covered).toBe(true);
  });

  test('smallestSpan: the shortest stretch holding one of each', () => {
    expect(
      smallestSpan([
        { at: [0, 40], length: 2 },
        { at: [10, 44], length: 2 },
      ]),
    ).toBe(6);
    expect(
      smallestSpan([
        { at: [0], length: 2 },
        { at: [], length: 2 },
      ]),
    ).toBe(Infinity);
  });

  test('cachedPostings looks each key up once; a phrase found costs one lookup per two characters', async () => {
    const seen: string[] = [];
    const postings = cachedPostings(corpus(DOCS, (t) => seen.push(t)));
    await matchQuery(parseQuery('育人目标 育人'), postings);
    expect(seen.sort()).toEqual(['目标', '育人']);
  });

  test('a term matched by its words costs no lookup of single characters', async () => {
    const seen: string[] = [];
    const hits = await matchTerm(
      firstTerm('教师实践考核'),
      corpus(DOCS, (t) => seen.push(t)),
    );
    expect(hits.get('faculty')?.kind).toBe('cover');
    expect(seen.sort()).toEqual(['教师', '考核', '实践'].sort());
  });

  test('where the missing keys share no token, no single character is looked up', async () => {
    const seen: string[] = [];
    await matchTerm(
      firstTerm('育人目标链条分明'),
      corpus(DOCS, (t) => seen.push(t)),
    );
    expect(seen.filter((k) => [...k].length === 1)).toEqual([]);
  });
});

describe('isComplete', () => {
  const [term] = parseQuery('教师企业实践').terms;
  if (!term) throw new Error('教师企业实践 parses to no term');
  const hit = { literal: true, at: [0], length: 6, phrases: [] };
  test('exact and typo hits are the term itself', () => {
    expect(isComplete({ ...hit, kind: 'exact', cover: 1, span: 0 }, term)).toBe(true);
    expect(isComplete({ ...hit, kind: 'typo', cover: 1, span: 0 }, term)).toBe(true);
  });
  test('a cover hit is, only when its words hold the whole term close together', () => {
    expect(isComplete({ ...hit, kind: 'cover', cover: 1, span: 6 + COMPLETE_SLACK }, term)).toBe(true);
    expect(isComplete({ ...hit, kind: 'cover', cover: 1, span: 7 + COMPLETE_SLACK }, term)).toBe(false);
    expect(isComplete({ ...hit, kind: 'cover', cover: 0.67, span: 6 }, term)).toBe(false);
  });
});
