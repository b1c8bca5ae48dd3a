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
