/**
 * Reverse relations between entries. Content states each link once, in one direction (a case
 * names its dimensions; a strategy names the problems it addresses); the other direction is
 * computed here so it can never disagree with the first.
 */

/** A reference as Astro's `reference()` yields it. */
export interface Ref {
  id: string;
}

/** The shape of an entry these helpers need. */
export interface Entry<D> {
  id: string;
  data: D;
}

/**
 * Inverts a one-to-many link: for every target id, the ids of the entries that point at it, in the
 * order of `entries`. Targets nobody points at are absent (use `?? []`).
 */
export function invert<D>(entries: readonly Entry<D>[], refsOf: (data: D) => readonly Ref[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of entries) {
    for (const ref of refsOf(entry.data)) {
      const list = out.get(ref.id) ?? [];
      if (!list.includes(entry.id)) list.push(entry.id);
      out.set(ref.id, list);
    }
  }
  return out;
}

/** What a case shares with others, for "related cases". */
export interface CaseLike {
  dimensions: readonly Ref[];
  industry: string;
  model: string;
  year: number;
}

/**
 * Cases related to `target`: those sharing dimensions (one point each), the industry (two points)
 * or the model (one point), best first, ties broken by newer year then id; at most `limit`.
 */
export function relatedCases<E extends Entry<CaseLike>>(target: E, all: readonly E[], limit = 3): E[] {
  const dims = new Set(target.data.dimensions.map((d) => d.id));
  /** Negative when `a` ranks before `b`. */
  const order = (a: { c: E; score: number }, b: { c: E; score: number }) =>
    b.score - a.score || b.c.data.year - a.c.data.year || a.c.id.localeCompare(b.c.id);
  // The best `limit` kept in one pass, not every case sorted for every case page: that sort made the
  // pages quadratic in the number of cases (10,000 cases: 14 ms a page, most of the build).
  const best: { c: E; score: number }[] = [];
  for (const c of all) {
    if (c.id === target.id) continue;
    let score = c.data.industry === target.data.industry ? 2 : 0;
    if (c.data.model === target.data.model) score += 1;
    for (const d of c.data.dimensions) if (dims.has(d.id)) score += 1;
    if (score === 0) continue;
    const item = { c, score };
    const last = best[best.length - 1];
    if (best.length === limit && last && order(item, last) >= 0) continue;
    let at = best.length;
    while (at > 0 && order(item, best[at - 1] as { c: E; score: number }) < 0) at -= 1;
    best.splice(at, 0, item);
    if (best.length > limit) best.pop();
  }
  return best.map(({ c }) => c);
}

/** Sorts cases newest first, then by id, so listings are stable. */
export function byNewest<D extends { year: number }>(a: Entry<D>, b: Entry<D>): number {
  return b.data.year - a.data.year || a.id.localeCompare(b.id);
}
