/**
 * Review dates: when an entry was last checked against its sources, when the next check is due,
 * and which entries are due within a window. "Today" is always an argument, so the build and the
 * tests pass a fixed date and nothing fails because time passed.
 */

/** An entry's review fields, as its schema parses them. */
export interface ReviewFields {
  /** `YYYY-MM-DD`: the day the entry was last checked against its sources. */
  reviewed: string;
  /** Months until the next review. */
  reviewEvery: number;
}

/** What a page prints: the last review, the next one, and whether the next is past. */
export interface ReviewState {
  reviewed: string;
  next: string;
  /** True when `next` is before today: the page says 待复核. */
  overdue: boolean;
}

const DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` as a UTC date, throwing with the value when it is not a real day. */
function parse(date: string): Date {
  const match = ISO_DATE.exec(date);
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!match || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new Error(`Not a date (YYYY-MM-DD): "${date}"`);
  }
  return parsed;
}

/** `date` plus `months` calendar months; a day past the month's end falls on its last day (08-31 + 6 → 02-28). */
export function addMonths(date: string, months: number): string {
  const d = parse(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / DAY);
}

/** The review state of one entry on `today`. The review is due on `next`; the day after, it is overdue. */
export function reviewState(fields: ReviewFields, today: string): ReviewState {
  const next = addMonths(fields.reviewed, fields.reviewEvery);
  return { reviewed: fields.reviewed, next, overdue: daysBetween(next, today) > 0 };
}

/**
 * The state of a page built from several entries (a dimension and its playbook): its last full
 * review is the oldest of theirs, and its next review the earliest.
 */
export function combinedReviewState(entries: readonly ReviewFields[], today: string): ReviewState {
  if (entries.length === 0) throw new Error('combinedReviewState(): no entries');
  const states = entries.map((e) => reviewState(e, today));
  const reviewed = states.map((s) => s.reviewed).sort()[0] ?? '';
  const next = states.map((s) => s.next).sort()[0] ?? '';
  return { reviewed, next, overdue: states.some((s) => s.overdue) };
}

/**
 * "Today" for review dates: `override` (the build's `REVIEW_TODAY`, or `--today`) when given, else
 * the real date. A malformed override throws, naming the value, rather than being ignored.
 */
export function resolveToday(override: string | undefined, now: Date = new Date()): string {
  if (override === undefined || override === '') return now.toISOString().slice(0, 10);
  parse(override);
  return override;
}

/** One entry of the maintainer's report. */
export interface ReviewItem extends ReviewFields {
  /** The file to open, relative to the repository. */
  file: string;
  /** The entry's title, as readers see it. */
  title: string;
}

/** A report row: the item, its next review, and days until it (negative: days overdue). */
export interface DueRow {
  item: ReviewItem;
  next: string;
  daysLeft: number;
}

/**
 * Every item whose next review falls within `days` days of `today`, overdue first (the longest
 * overdue at the top), then by date; ties by file so the report is stable.
 */
export function dueForReview(items: readonly ReviewItem[], today: string, days: number): DueRow[] {
  return items
    .map((item) => {
      const next = addMonths(item.reviewed, item.reviewEvery);
      return { item, next, daysLeft: daysBetween(today, next) };
    })
    .filter((row) => row.daysLeft <= days)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.item.file.localeCompare(b.item.file));
}

/** The report as lines of text: one per row, overdue rows marked 待复核, and a closing count. */
export function formatDueReport(rows: readonly DueRow[], today: string, days: number): string[] {
  const lines = rows.map((row) => {
    const when = row.daysLeft < 0 ? `待复核，已过期 ${-row.daysLeft} 天` : `${row.daysLeft} 天后到期`;
    return `${row.next}  ${when}  ${row.item.file}  ${row.item.title}`;
  });
  const overdue = rows.filter((r) => r.daysLeft < 0).length;
  lines.push(`${today}：${rows.length} 项在 ${days} 天内到期或已过期（其中 ${overdue} 项待复核）`);
  return lines;
}
