/**
 * The cases a self-assessment report suggests for a weak dimension: three cases of that dimension,
 * those matching the reader's industry and cooperation model first, then those matching the
 * industry, then the model, then the rest; listing order (newest first) within each.
 *
 * The page cannot carry every case (at 10,000 cases that was 2.9 MB of HTML) and must not fetch
 * cases by the reader's answers (the page promises that nothing about them leaves the browser). So
 * the build writes one file, the same for every reader, with only the cases that can ever be
 * picked: per dimension, the first {@link PICKED} of every industry × model pair. That pool is
 * exact: whatever the preferences, picking from it gives what picking from all cases would (a
 * case among the first three of its bucket is among the first three of its pair; see the test).
 * Its size is bounded by dimensions × industries × models × 3, whatever the number of cases.
 */

/** How many cases a weak dimension shows. */
export const PICKED = 3;

/** What picking needs of a case. */
export interface PoolCase {
  readonly industry: string;
  readonly model: string;
  readonly dimensions: readonly string[];
}

/** A row of /assess/cases.json: id, title, industry, model, dimensions. */
export type PoolRow = readonly [string, string, string, string, readonly string[]];

/** The reader's preferences; an empty string is no preference. */
export interface CasePreference {
  readonly industry: string;
  readonly model: string;
}

/** Indices (into `cases`, in listing order) of the cases shown for `dimension`. */
export function pickCases<T extends PoolCase>(
  cases: readonly T[],
  dimension: string,
  prefer: CasePreference,
  count = PICKED,
): number[] {
  const rank = (c: PoolCase) =>
    (prefer.industry && c.industry === prefer.industry ? 2 : 0) + (prefer.model && c.model === prefer.model ? 1 : 0);
  return cases
    .map((c, i) => ({ i, rank: rank(c), of: c.dimensions.includes(dimension) }))
    .filter((x) => x.of)
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .slice(0, count)
    .map((x) => x.i);
}

/** Indices (ascending) of the cases that some dimension and preference can pick: the pool. */
export function casePool<T extends PoolCase>(cases: readonly T[], count = PICKED): number[] {
  const keep = new Set<number>();
  const seen = new Map<string, number>();
  cases.forEach((c, i) => {
    for (const dimension of new Set(c.dimensions)) {
      const key = `${dimension}\0${c.industry}\0${c.model}`;
      const n = seen.get(key) ?? 0;
      if (n < count) {
        keep.add(i);
        seen.set(key, n + 1);
      }
    }
  });
  return [...keep].sort((a, b) => a - b);
}
