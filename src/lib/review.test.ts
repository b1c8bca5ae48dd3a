import { describe, expect, test } from 'vitest';
import {
  addMonths,
  combinedReviewState,
  daysBetween,
  dueForReview,
  formatDueReport,
  resolveToday,
  reviewState,
  type ReviewItem,
} from './review.ts';

describe('addMonths', () => {
  test.each([
    ['2026-11-30', 12, '2027-11-30'],
    ['2026-11-30', 6, '2027-05-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-15', 1, '2026-02-15'],
  ])('%s + %i months is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  test('a date that does not exist is refused with its value', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow('"2026-02-30"');
  });
});

test('daysBetween counts whole days, negative backwards', () => {
  expect(daysBetween('2026-12-01', '2026-12-04')).toBe(3);
  expect(daysBetween('2026-12-04', '2026-12-01')).toBe(-3);
});

describe('reviewState', () => {
  const fields = { reviewed: '2026-01-10', reviewEvery: 12 };
  test('on the due day the page is not yet overdue', () => {
    expect(reviewState(fields, '2027-01-10')).toEqual({ reviewed: '2026-01-10', next: '2027-01-10', overdue: false });
  });
  test('the day after the due day it is overdue', () => {
    expect(reviewState(fields, '2027-01-11').overdue).toBe(true);
  });
});

test('a page built from two entries shows the oldest review and the earliest next review', () => {
  const state = combinedReviewState(
    [
      { reviewed: '2026-11-30', reviewEvery: 12 },
      { reviewed: '2026-03-01', reviewEvery: 6 },
    ],
    '2026-10-01',
  );
  expect(state).toEqual({ reviewed: '2026-03-01', next: '2026-09-01', overdue: true });
});

describe('resolveToday', () => {
  test('an override wins over the clock', () => {
    expect(resolveToday('2030-01-01', new Date('2026-12-04T10:00:00Z'))).toBe('2030-01-01');
  });
  test('without one, the real date', () => {
    expect(resolveToday(undefined, new Date('2026-12-04T10:00:00Z'))).toBe('2026-12-04');
  });
  test('a malformed override throws rather than being ignored', () => {
    expect(() => resolveToday('4 Dec 2026')).toThrow('"4 Dec 2026"');
  });
});

describe('dueForReview', () => {
  const items: ReviewItem[] = [
    { file: 'src/content/guides/a.mdx', title: '甲', reviewed: '2026-06-01', reviewEvery: 12 }, // next 2027-06-01
    { file: 'src/content/templates/b.mdx', title: '乙', reviewed: '2026-01-01', reviewEvery: 6 }, // next 2026-07-01
    { file: 'src/content/policies/c.mdx', title: '丙', reviewed: '2025-12-01', reviewEvery: 12 }, // next 2026-12-01
    { file: 'src/content/guides/d.mdx', title: '丁', reviewed: '2026-02-01', reviewEvery: 11 }, // next 2027-01-01
  ];

  test('lists overdue items first, the longest overdue on top, then those due within the window', () => {
    const rows = dueForReview(items, '2026-12-04', 30);
    expect(rows.map((r) => [r.item.title, r.daysLeft])).toEqual([
      ['乙', -156],
      ['丙', -3],
      ['丁', 28],
    ]);
  });

  test('an item due after the window is left out', () => {
    expect(dueForReview(items, '2026-12-04', 27).map((r) => r.item.title)).toEqual(['乙', '丙']);
  });

  test('the report names the file to open and says 待复核 for overdue items', () => {
    const lines = formatDueReport(dueForReview(items, '2026-12-04', 30), '2026-12-04', 30);
    expect(lines[0]).toBe('2026-07-01  待复核，已过期 156 天  src/content/templates/b.mdx  乙');
    expect(lines[2]).toBe('2027-01-01  28 天后到期  src/content/guides/d.mdx  丁');
    expect(lines.at(-1)).toBe('2026-12-04：3 项在 30 天内到期或已过期（其中 2 项待复核）');
  });
});
