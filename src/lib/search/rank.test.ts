import { describe, expect, test } from 'vitest';
import type { PageMatch, TermHit } from './match.ts';
import { decodePageInfos, encodePageInfos, pageScore, rankMatches, type PageInfo } from './rank.ts';

const hit = (over: Partial<TermHit> = {}): TermHit => ({
  kind: 'exact',
  literal: true,
  cover: 1,
  at: [100],
  length: 4,
  span: 0,
  phrases: [],
  ...over,
});
const page = (id: string, h: TermHit | undefined): PageMatch => ({ id, terms: [h] });
const info: PageInfo = { titleStart: 5, titleLength: 4, words: 2000 };

describe('pageScore', () => {
  const score = (h: TermHit, i: PageInfo = info) => pageScore(page('x', h), i);

  test('the title being the term beats the term inside a longer title', () => {
    expect(score(hit({ at: [5] }))).toBeGreaterThan(score(hit({ at: [5] }), { ...info, titleLength: 12 }));
  });

  test('the term in the title beats the term in the lead, which beats it further down', () => {
    expect(score(hit({ at: [5] }))).toBeGreaterThan(score(hit({ at: [12] })));
    expect(score(hit({ at: [12] }))).toBeGreaterThan(score(hit({ at: [400] })));
  });

  test('exact beats a vocabulary alternative, which beats a typo', () => {
    expect(score(hit())).toBeGreaterThan(score(hit({ literal: false })));
    expect(score(hit({ literal: false }))).toBeGreaterThan(score(hit({ kind: 'typo' })));
  });

  test('a full cover beats a half cover; words close together beat words apart', () => {
    expect(score(hit({ kind: 'cover', cover: 1, span: 100 }))).toBeGreaterThan(
      score(hit({ kind: 'cover', cover: 0.5, span: 100 })),
    );
    expect(score(hit({ kind: 'cover', span: 6 }))).toBeGreaterThan(score(hit({ kind: 'cover', span: 100 })));
  });

  test('a page matching no term scores nothing', () => {
    expect(pageScore(page('a', undefined), info)).toBe(0);
  });

  test('rankMatches orders best first', () => {
    const ranked = rankMatches([page('low', hit({ kind: 'typo' })), page('high', hit({ at: [5] }))], () => info);
    expect(ranked.map((r) => r.id)).toEqual(['high', 'low']);
  });
});

test('page infos survive encoding, the word counts coming from elsewhere', () => {
  const infos = [info, { titleStart: 0, titleLength: 17, words: 10757 }];
  const text = encodePageInfos(infos);
  expect(text).toBe('5.4,0.h');
  expect(decodePageInfos(text, [2000, 10757])).toEqual(infos);
});
