/**
 * Decides which pages match a parsed query, from where each query token stands on each page — the
 * positions Pagefind's index already holds. One oracle is passed in (the search page wires it to
 * Pagefind, the tests to a small corpus), so this module stays pure and never needs page text:
 * only the pages a reader is shown are ever downloaded (see docs/search.md, "Bytes").
 *
 * Precision comes first. A term matches, in this order of trust:
 * - `exact`: its tokens stand consecutively (or a vocabulary alternative does); failing that
 *   anywhere on the site, with a punctuation mark or two inside (“双师型”教师 for 双师型教师);
 * - `typo`: failing that, a term of four tokens or more with one token different (现代学徙制);
 * - `cover`: failing that, the words of the term that exist on the site (its longest pieces of two
 *   tokens or more): a page matches by the share of the term's characters those words cover there,
 *   at least half. A term with a character that no such word covers is missing: 区块链 would need
 *   区, 块, 链 one by one, so it matches nothing, and the page says so.
 */
import { isHan } from './tokens.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';

/** Per page, the sorted positions of one token (Pagefind's word positions). */
export type TokenPositions = ReadonlyMap<string, readonly number[]>;
/** Looks up where a token stands on every page that holds it. */
export type Postings = (token: string) => Promise<TokenPositions>;

/** From this many tokens a term may match with one token different (a typo). */
export const TYPO_LENGTH = 4;
/** A page matches a term by its words only if they cover at least this share of its characters. */
export const MIN_COVER = 0.5;

/** How one page matches one term. */
export interface TermHit {
  readonly kind: 'exact' | 'typo' | 'cover';
  /** Whether the match is the term as typed rather than a vocabulary alternative. */
  readonly literal: boolean;
  /** Share of the term's tokens found (1 unless `cover`). */
  readonly cover: number;
  /** Start positions of the occurrences (for `cover`: of the longest word found). */
  readonly at: readonly number[];
  /** Token length of what `at` points to. */
  readonly length: number;
  /** For `cover`: the smallest stretch of positions holding every word found there. */
  readonly span: number;
  /** The token sequences that matched, for marking the excerpt. */
  readonly phrases: readonly (readonly string[])[];
}

/** How one page matches the query. */
export interface PageMatch {
  readonly id: string;
  /** One entry per query term; undefined where the page does not match that term. */
  readonly terms: readonly (TermHit | undefined)[];
}

export interface QueryMatch {
  /** Per term: whether any page matches it. */
  readonly found: readonly boolean[];
  /** Pages that match every term. */
  readonly full: readonly PageMatch[];
  /** Pages that match some terms but not all (only when no page matches all). */
  readonly partial: readonly PageMatch[];
}

/** A caching wrapper, so each token is looked up once per query (and per session). */
export function cachedPostings(postings: Postings): Postings {
  const cache = new Map<string, Promise<TokenPositions>>();
  return (token) => {
    let hit = cache.get(token);
    if (!hit) {
      hit = postings(token);
      cache.set(token, hit);
    }
    return hit;
  };
}

type Table = ReadonlyMap<string, TokenPositions>;

/**
 * Where `tokens` stand in order on each page, `gaps[k]` extra positions allowed between token k
 * and k + 1 (0: adjacent). Returns per page the start positions, in order.
 */
export function occurrences(
  tokens: readonly (string | undefined)[],
  table: Table,
  gaps: readonly number[] = [],
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const anchor = tokens.findIndex((t) => t !== undefined);
  const first = tokens[anchor];
  if (first === undefined) return out;
  const lists = tokens.map((t) => (t === undefined ? undefined : table.get(t)));
  for (const [page, starts] of lists[anchor] ?? []) {
    const sets = lists.map((l) => (l ? new Set(l.get(page) ?? []) : undefined));
    if (sets.some((s) => s && s.size === 0)) continue;
    const found: number[] = [];
    for (const p of starts) {
      // Positions the phrase may have reached at each step (a gap makes several possible).
      let reach = [p];
      for (let k = anchor + 1; k < tokens.length && reach.length; k++) {
        const next = new Set<number>();
        const set = sets[k];
        for (const r of reach) {
          for (let g = 0; g <= (gaps[k - 1] ?? 0); g++) {
            if (!set || set.has(r + 1 + g)) next.add(r + 1 + g);
          }
        }
        reach = [...next];
      }
      if (reach.length) found.push(p - anchor);
    }
    if (found.length) out.set(page, found);
  }
  return out;
}

/** The smallest stretch of positions holding one occurrence of every list (Infinity if none). */
export function smallestSpan(lists: readonly { at: readonly number[]; length: number }[]): number {
  const events = lists.flatMap((l, k) => l.at.map((at) => ({ at, end: at + l.length, k }))).sort((a, b) => a.at - b.at);
  const count = new Map<number, number>();
  let best = Infinity;
  let lo = 0;
  for (const [hi, e] of events.entries()) {
    count.set(e.k, (count.get(e.k) ?? 0) + 1);
    while (count.size === lists.length) {
      const start = events[lo];
      if (!start) break;
      const end = Math.max(...events.slice(lo, hi + 1).map((x) => x.end));
      best = Math.min(best, end - start.at);
      const left = (count.get(start.k) ?? 1) - 1;
      if (left) count.set(start.k, left);
      else count.delete(start.k);
      lo++;
    }
  }
  return best;
}

/** A word of a term that exists on the site: tokens `from`..`to` (exclusive). */
interface Piece {
  readonly from: number;
  readonly to: number;
  readonly pages: ReadonlyMap<string, readonly number[]>;
}

/**
 * The words of a term the site holds: for every start, the longest run of two tokens or more
 * (or one token that is not a Han character) that stands somewhere on the site, dropping runs
 * inside a longer one. Returns also whether every Han token is covered by some word.
 */
export function termPieces(tokens: readonly string[], table: Table): { pieces: Piece[]; covered: boolean } {
  const pieces: Piece[] = [];
  for (let from = 0; from < tokens.length; from++) {
    const single = !isHan(tokens[from] ?? '');
    for (let to = tokens.length; to > from + (single ? 0 : 1); to--) {
      const pages = occurrences(tokens.slice(from, to), table);
      if (pages.size) {
        if (!pieces.some((p) => p.from <= from && p.to >= to)) pieces.push({ from, to, pages });
        break;
      }
    }
  }
  const covered = tokens.every((_, i) => pieces.some((p) => p.from <= i && p.to > i));
  return { pieces, covered };
}

function hits(
  pages: ReadonlyMap<string, readonly number[]>,
  hit: Omit<TermHit, 'at'>,
  out: Map<string, TermHit>,
): void {
  for (const [id, at] of pages) if (!out.has(id)) out.set(id, { ...hit, at });
}

/** Every page matching one term, with how it matches. */
export async function matchTerm(term: QueryTerm, postings: Postings): Promise<Map<string, TermHit>> {
  const tokens = term.segments.flat();
  const alternatives = term.alternatives.map((a) => a.flat());
  const all = [...new Set([...tokens, ...alternatives.flat()])];
  const table: Table = new Map(await Promise.all(all.map(async (t) => [t, await postings(t)] as const)));
  const out = new Map<string, TermHit>();
  const base = { cover: 1, span: 0 };
  hits(
    occurrences(tokens, table),
    { ...base, kind: 'exact', literal: true, length: tokens.length, phrases: [tokens] },
    out,
  );
  for (const alt of alternatives) {
    hits(occurrences(alt, table), { ...base, kind: 'exact', literal: false, length: alt.length, phrases: [alt] }, out);
  }
  if (out.size || tokens.length < 2) return out;

  // A mark or two inside the phrase on the page (“双师型”教师, 互利·同强·齐荣): one position each.
  const gaps = tokens.slice(1).map(() => 2);
  const loose = occurrences(tokens, table, gaps);
  hits(loose, { ...base, kind: 'exact', literal: true, length: tokens.length, phrases: [tokens] }, out);
  if (out.size || term.quoted) return out;

  // One token different (现代学徙制 for 现代学徒制), in a term long enough to stay specific.
  if (tokens.length >= TYPO_LENGTH) {
    for (let i = 0; i < tokens.length; i++) {
      const known = tokens.filter((_, k) => k !== i);
      const pattern = tokens.map((t, k) => (k === i ? undefined : t));
      hits(
        occurrences(pattern, table),
        { ...base, kind: 'typo', literal: true, length: tokens.length, phrases: [known] },
        out,
      );
    }
    if (out.size) return out;
  }

  // The words of the term that exist on the site, where enough of them stand on a page.
  const { pieces, covered } = termPieces(tokens, table);
  if (!covered || pieces.length < 2) return out;
  const ids = new Set(pieces.flatMap((p) => [...p.pages.keys()]));
  for (const id of ids) {
    const held = pieces.filter((p) => p.pages.has(id));
    const share = tokens.filter((_, i) => held.some((p) => p.from <= i && p.to > i)).length / tokens.length;
    if (share < MIN_COVER || !held.some((p) => p.to - p.from >= 2)) continue;
    const lists = held.map((p) => ({ at: p.pages.get(id) ?? [], length: p.to - p.from }));
    const longest = lists.reduce((a, b) => (b.length > a.length ? b : a));
    out.set(id, {
      kind: 'cover',
      literal: true,
      cover: share,
      at: longest.at,
      length: longest.length,
      span: smallestSpan(lists),
      phrases: held.map((p) => tokens.slice(p.from, p.to)),
    });
  }
  return out;
}

/** Matches a whole query: pages with every term, or failing that, pages with some. */
export async function matchQuery(query: ParsedQuery, postings: Postings): Promise<QueryMatch> {
  const perTerm = await Promise.all(query.terms.map((t) => matchTerm(t, postings)));
  const found = perTerm.map((m) => m.size > 0);
  const ids = new Set(perTerm.flatMap((m) => [...m.keys()]));
  const full: PageMatch[] = [];
  const partial: PageMatch[] = [];
  for (const id of ids) {
    const terms = perTerm.map((m) => m.get(id));
    if (terms.every(Boolean)) full.push({ id, terms });
    else partial.push({ id, terms });
  }
  return { found, full, partial: full.length ? [] : partial };
}
