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
  return all
    .filter((c) => c.id !== target.id)
    .map((c) => {
      const shared = c.data.dimensions.filter((d) => dims.has(d.id)).length;
      const score =
        shared + (c.data.industry === target.data.industry ? 2 : 0) + (c.data.model === target.data.model ? 1 : 0);
      return { c, score };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.c.data.year - a.c.data.year || a.c.id.localeCompare(b.c.id))
    .slice(0, limit)
    .map(({ c }) => c);
}

/** Sorts cases newest first, then by id, so listings are stable. */
export function byNewest<D extends { year: number }>(a: Entry<D>, b: Entry<D>): number {
  return b.data.year - a.data.year || a.id.localeCompare(b.id);
}
