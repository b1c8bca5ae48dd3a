import { describe, expect, test } from 'vitest';
import { computeTotal, formatAmount, readAmount, type WorksheetTotal } from './worksheet.ts';

const values = (entries: Record<string, number | undefined>) => new Map(Object.entries(entries));

describe('readAmount', () => {
  test.each([
    ['12', 12],
    [' 3.5 ', 3.5],
    ['12,000', 12000],
    ['12，000', 12000],
    ['0', 0],
    ['', undefined],
    ['  ', undefined],
    ['-2', undefined],
    ['abc', undefined],
    ['Infinity', undefined],
  ])('%j → %j', (text, expected) => {
    expect(readAmount(text)).toBe(expected);
  });
});

describe('a product total', () => {
  const mentorHours: WorksheetTotal = { op: 'product', of: ['mentors', 'hours', 'weeks'] };
  test('multiplies every input (4 mentors × 3 h a week × 18 weeks = 216 mentor-hours)', () => {
    expect(computeTotal(mentorHours, values({ mentors: 4, hours: 3, weeks: 18 }))).toBe(216);
  });
  test('waits while any input is blank', () => {
    expect(computeTotal(mentorHours, values({ mentors: 4, hours: undefined, weeks: 18 }))).toBeUndefined();
    expect(computeTotal(mentorHours, values({ mentors: 4, weeks: 18 }))).toBeUndefined();
  });
  test('a zero input gives zero, not a blank', () => {
    expect(computeTotal(mentorHours, values({ mentors: 0, hours: 3, weeks: 18 }))).toBe(0);
  });
});

describe('the surcharge offset (30 % of the investment, capped by what is due, the rest carried)', () => {
  const now: WorksheetTotal = { op: 'offset-now', of: 'investment', share: 0.3, cap: 'due' };
  const carry: WorksheetTotal = { op: 'offset-carry', of: 'investment', share: 0.3, cap: 'due' };
  test.each([
    { investment: 1_000_000, due: 500_000, now: 300_000, carry: 0 },
    { investment: 1_000_000, due: 200_000, now: 200_000, carry: 100_000 },
    { investment: 0, due: 200_000, now: 0, carry: 0 },
    { investment: 500_000, due: 0, now: 0, carry: 150_000 },
  ])('investment $investment, due $due → now $now, carried $carry', (row) => {
    const v = values({ investment: row.investment, due: row.due });
    expect(computeTotal(now, v)).toBeCloseTo(row.now, 6);
    expect(computeTotal(carry, v)).toBeCloseTo(row.carry, 6);
  });
  test('waits for both figures', () => {
    expect(computeTotal(now, values({ investment: 100 }))).toBeUndefined();
    expect(computeTotal(carry, values({ due: 100 }))).toBeUndefined();
  });
});

test.each([
  [216, '216'],
  [1234567, '1,234,567'],
  [1234.5, '1,234.5'],
  [0.125, '0.13'],
  [0, '0'],
])('formatAmount(%d) → %s', (value, expected) => {
  expect(formatAmount(value)).toBe(expected);
});
