import { describe, expect, test } from 'vitest';
import { progress, scoreDimensions, scoreGroups, scoreOf, weakest } from './score.ts';
import type { Answers } from './model.ts';
import { bank } from './test-bank.ts';

describe('scoreOf', () => {
  test.each([
    { levels: [], expected: null },
    { levels: [3], expected: 100 },
    { levels: [0], expected: 0 },
    { levels: [1], expected: 33 },
    { levels: [2, 3], expected: 83 },
    { levels: [0, 1, 2, 3], expected: 50 },
  ])('$levels → $expected', ({ levels, expected }) => {
    expect(scoreOf(levels)).toBe(expected);
  });
});

describe('scoreDimensions', () => {
  test('不适用 is left out of the score, not counted as zero', () => {
    const answers: Answers = { 'alpha-s1': { rating: 3 }, 'alpha-s2': { rating: 'na' }, 'alpha-s3': { rating: 'na' } };
    const [alpha] = scoreDimensions(bank, 'school', answers);
    expect(alpha).toMatchObject({ id: 'alpha', score: 100, counted: 1, na: 2, total: 4 });
  });

  test('a dimension answered all 不适用 has no score', () => {
    const answers: Answers = Object.fromEntries([1, 2, 3, 4].map((n) => [`beta-s${n}`, { rating: 'na' as const }]));
    const beta = scoreDimensions(bank, 'school', answers)[1];
    expect(beta).toMatchObject({ score: null, counted: 0, na: 4 });
  });

  test('one answer scores its dimension alone; the others have none', () => {
    const scores = scoreDimensions(bank, 'school', { 'gamma-s2': { rating: 2 } });
    expect(scores.map((s) => s.score)).toEqual([null, null, 67]);
  });

  test('only the chosen perspective counts', () => {
    const answers: Answers = { 'alpha-s1': { rating: 0 }, 'alpha-e1': { rating: 3 } };
    expect(scoreDimensions(bank, 'school', answers)[0]?.score).toBe(0);
    expect(scoreDimensions(bank, 'enterprise', answers)[0]?.score).toBe(100);
  });
});

test('a group scores the mean of its scored dimensions, and none when none is scored', () => {
  const scores = scoreDimensions(bank, 'school', { 'alpha-s1': { rating: 3 }, 'beta-s1': { rating: 1 } });
  expect(scoreGroups(scores)).toEqual(
    new Map([
      ['g1', 67],
      ['g2', null],
    ]),
  );
});

test('progress counts 不适用 as answered', () => {
  expect(
    progress(bank, 'school', { 'alpha-s1': { rating: 'na' }, 'beta-s4': { rating: 0 }, 'alpha-e1': { rating: 3 } }),
  ).toEqual({
    answered: 2,
    total: 12,
  });
});

test('weakest lists scored dimensions lowest first, ties in model order, never an unscored one', () => {
  const answers: Answers = { 'alpha-s1': { rating: 2 }, 'beta-s1': { rating: 1 }, 'gamma-s1': { rating: 1 } };
  expect(weakest(scoreDimensions(bank, 'school', answers), 2).map((s) => s.id)).toEqual(['beta', 'gamma']);
  expect(weakest(scoreDimensions(bank, 'school', { 'gamma-s1': { rating: 3 } })).map((s) => s.id)).toEqual(['gamma']);
});
