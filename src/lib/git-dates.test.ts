import { expect, test } from 'vitest';
import { lastUpdated, parseGitLog } from './git-dates.ts';

test('takes the newest date for each file from log output (newest commit first)', () => {
  const log =
    '\0' + '2026-11-02T10:00:00+00:00\n\na.mdx\nb.mdx\n' + '\0' + '2026-10-01T10:00:00+00:00\n\na.mdx\nc.mdx\n';
  const dates = parseGitLog(log);
  expect(dates.get('a.mdx')).toBe('2026-11-02T10:00:00+00:00');
  expect(dates.get('c.mdx')).toBe('2026-10-01T10:00:00+00:00');
});

test('returns no date for a file git does not know, rather than inventing one', () => {
  expect(lastUpdated('src/content/no-such-file.mdx')).toBeUndefined();
});

test('dates a committed file as YYYY-MM-DD', () => {
  expect(lastUpdated('package.json')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
