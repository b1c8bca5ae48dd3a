/**
 * `npm run content:review [-- --days N] [-- --today YYYY-MM-DD]`: every guidance entry and policy
 * whose next review falls within N days (30 by default), overdue first, with the file to open.
 * Today is `--today`, else `REVIEW_TODAY`, else the real date. It reports; it never fails because
 * time passed (exit 1 only on bad arguments or unreadable content).
 */
import { parseArgs } from 'node:util';
import { readReviewItems } from '../src/lib/content/review-items.ts';
import { dueForReview, formatDueReport, resolveToday } from '../src/lib/review.ts';

try {
  const { values } = parseArgs({ options: { days: { type: 'string', default: '30' }, today: { type: 'string' } } });
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 0)
    throw new Error(`--days expects a whole number of days, got "${values.days}"`);
  const today = resolveToday(values.today ?? process.env['REVIEW_TODAY']);
  const { items, errors } = readReviewItems(process.env['CONTENT_DIR'] ?? 'src/content');
  if (errors.length) throw new Error(errors.join('\n'));
  console.log(formatDueReport(dueForReview(items, today, days), today, days).join('\n'));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
