import { expect, test } from 'vitest';
import { lastUpdated, parseGitLog } from './git-dates.ts';

test('takes the newest date for each file from log output (newest commit first)', () => {
  const log =
    '\0' +
    '2026-11-02T10:00:00+00:00\n\nM\ta.mdx\nA\tb.mdx\n' +
    '\0' +
    '2026-10-01T10:00:00+00:00\n\nA\ta.mdx\nA\tc.mdx\n';
  const dates = parseGitLog(log);
  expect(dates.get('a.mdx')).toBe('2026-11-02T10:00:00+00:00');
  expect(dates.get('c.mdx')).toBe('2026-10-01T10:00:00+00:00');
});

test('a file keeps its dates across a rename; a pure rename is not an update', () => {
  const log = [
    '2026-11-30T10:00:00+00:00\n\nR100\tcases/x.mdx\tcases/x.md\nR087\tcases/y.mdx\tcases/y.md',
    '2026-11-20T10:00:00+00:00\n\nM\tcases/x.mdx\nM\tcases/y.mdx',
    '2026-11-01T10:00:00+00:00\n\nA\tcases/x.mdx\nA\tcases/y.mdx',
  ]
    .map((b) => `\0${b}\n`)
    .join('');
  const dates = parseGitLog(log);
  expect(dates.get('cases/x.md')).toBe('2026-11-20T10:00:00+00:00');
  expect(dates.get('cases/y.md')).toBe('2026-11-30T10:00:00+00:00');
});

test('returns no date for a file git does not know, rather than inventing one', () => {
  expect(lastUpdated('src/content/no-such-file.mdx')).toBeUndefined();
});

test('dates a committed file as YYYY-MM-DD', () => {
  expect(lastUpdated('package.json')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
