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

/** Cases by industry, made once per list of cases (every case page asks with the same list). */
const byIndustry = new WeakMap<readonly Entry<CaseLike>[], Map<string, Entry<CaseLike>[]>>();

function industryGroups<E extends Entry<CaseLike>>(all: readonly E[]): Map<string, E[]> {
  let groups = byIndustry.get(all);
  if (!groups) {
    groups = new Map();
    for (const c of all) groups.set(c.data.industry, [...(groups.get(c.data.industry) ?? []), c]);
    byIndustry.set(all, groups);
  }
  return groups as Map<string, E[]>;
}

/**
 * Cases related to `target`: those sharing dimensions (one point each), the industry (two points)
 * or the model (one point), best first, ties broken by newer year then id; at most `limit`.
 *
 * Every case page asks this of every other case, so the work per page must not grow with all the
 * cases: the best `limit` are kept in one pass (no sort), and the cases of the target's industry
 * are read first; the others are read only when they could still rank (outside the industry a
 * case scores at most one point for the model and one per dimension). Sorting every case for every
 * page made the build quadratic: 14 ms a page at 10,000 cases.
 */
export function relatedCases<E extends Entry<CaseLike>>(target: E, all: readonly E[], limit = 3): E[] {
  const dims = new Set(target.data.dimensions.map((d) => d.id));
  type Scored = { c: E; score: number };
  /** Negative when `a` ranks before `b`. */
  const order = (a: Scored, b: Scored) =>
    b.score - a.score || b.c.data.year - a.c.data.year || a.c.id.localeCompare(b.c.id);
  const best: Scored[] = [];
  const consider = (c: E) => {
    if (c.id === target.id) return;
    let score = c.data.industry === target.data.industry ? 2 : 0;
    if (c.data.model === target.data.model) score += 1;
    for (const d of new Set(c.data.dimensions.map((x) => x.id))) if (dims.has(d)) score += 1;
    if (score === 0) return;
    const item = { c, score };
    const last = best[best.length - 1];
    if (best.length === limit && last && order(item, last) >= 0) return;
    let at = best.length;
    while (at > 0 && order(item, best[at - 1] as Scored) < 0) at -= 1;
    best.splice(at, 0, item);
    if (best.length > limit) best.pop();
  };
  for (const c of industryGroups(all).get(target.data.industry) ?? []) consider(c);
  const worst = best[limit - 1];
  if (!worst || worst.score <= 1 + dims.size) {
    for (const c of all) if (c.data.industry !== target.data.industry) consider(c);
  }
  return best.map(({ c }) => c);
}

/** Sorts cases newest first, then by id, so listings are stable. */
export function byNewest<D extends { year: number }>(a: Entry<D>, b: Entry<D>): number {
  return b.data.year - a.data.year || a.id.localeCompare(b.id);
}

/**
 * The site's order of cases: public ones first (readers look for precedents they can name), then
 * newest first, then by id.
 */
export function publicFirst<D extends { year: number; provenance: { kind: string } }>(
  a: Entry<D>,
  b: Entry<D>,
): number {
  return Number(a.data.provenance.kind !== 'public') - Number(b.data.provenance.kind !== 'public') || byNewest(a, b);
}
