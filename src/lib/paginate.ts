/**
 * Splits a list into pages of a fixed size, so no listing page grows without bound.
 */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
}

/** All pages of `items`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate(): size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/**
 * The page numbers a pager shows: the first, the last, and `radius` pages either side of the
 * current one, with `'gap'` where numbers are left out — so a listing of 800 pages still has a
 * pager of at most `2 * radius + 5` items.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | 'gap')[] {
  const out: (number | 'gap')[] = [];
  const from = Math.max(2, current - radius);
  const to = Math.min(total - 1, current + radius);
  out.push(1);
  if (from > 2) out.push(from === 3 ? 2 : 'gap');
  for (let n = from; n <= to; n++) out.push(n);
  if (to < total - 1) out.push(to === total - 2 ? total - 1 : 'gap');
  if (total > 1) out.push(total);
  return out;
}
