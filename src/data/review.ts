/**
 * Review dates as pages print them. "Today" is a build input: `REVIEW_TODAY=YYYY-MM-DD` (tests pass
 * a fixed date), else the day of the build. A page past its next review says 待复核; the build never
 * fails because time passed.
 */
import { combinedReviewState, resolveToday, type ReviewFields, type ReviewState } from '../lib/review.ts';

/** The day this build treats as today. */
export const reviewToday: string = resolveToday(process.env['REVIEW_TODAY']);

/** The review state of a page built from these entries (the oldest review, the earliest next one). */
export function reviewOf(...entries: readonly { data: ReviewFields }[]): ReviewState {
  return combinedReviewState(
    entries.map((e) => e.data),
    reviewToday,
  );
}
