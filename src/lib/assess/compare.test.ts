import { expect, test } from 'vitest';
import { changeOverTime, spreadOf } from './compare.ts';
import { scoreDimensions } from './score.ts';
import type { Answers } from './model.ts';
import { bank } from './test-bank.ts';

const all = (dim: string, side: 's' | 'e', rating: 0 | 1 | 2 | 3): Answers =>
  Object.fromEntries([1, 2, 3, 4].map((n) => [`${dim}-${side}${n}`, { rating }]));

test('change over time per dimension, null where either year has no score', () => {
  const before = scoreDimensions(bank, 'school', { ...all('alpha', 's', 1), ...all('beta', 's', 2) });
  const now = scoreDimensions(bank, 'school', { ...all('alpha', 's', 2), ...all('gamma', 's', 3) });
  expect(changeOverTime(now, before)).toEqual([
    { id: 'alpha', now: 67, before: 33, delta: 34 },
    { id: 'beta', now: null, before: 67, delta: null },
    { id: 'gamma', now: 100, before: null, delta: null },
  ]);
});

test('spread across respondents flags where the college says 已制度化 and the enterprise 起步', () => {
  const college = {
    label: '院校',
    perspective: 'school' as const,
    scores: scoreDimensions(bank, 'school', { ...all('alpha', 's', 3), ...all('beta', 's', 3) }),
  };
  const firm = {
    label: '企业',
    perspective: 'enterprise' as const,
    scores: scoreDimensions(bank, 'enterprise', { ...all('alpha', 'e', 1), ...all('beta', 'e', 2) }),
  };
  const [alpha, beta, gamma] = spreadOf([college, firm]);
  expect(alpha).toEqual({
    id: 'alpha',
    scores: [100, 33],
    min: 33,
    max: 100,
    spread: 67,
    school: 100,
    enterprise: 33,
    mismatch: true,
  });
  expect(beta).toMatchObject({ spread: 33, mismatch: false });
  expect(gamma).toMatchObject({ scores: [null, null], spread: null, school: null, enterprise: null, mismatch: false });
});

test('one respondent has no spread; none gives nothing', () => {
  const only = {
    label: 'x',
    perspective: 'school' as const,
    scores: scoreDimensions(bank, 'school', all('alpha', 's', 2)),
  };
  expect(spreadOf([only])[0]).toMatchObject({ min: 67, max: 67, spread: null });
  expect(spreadOf([])).toEqual([]);
});
