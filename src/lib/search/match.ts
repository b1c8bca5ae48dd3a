/**
 * Decides which pages match a parsed query, from where each query token stands on each page — the
 * positions the site's search index already holds. One oracle is passed in (the search page wires
 * it to the index reader, the tests to a small corpus), so this module stays pure and never needs page text:
 * only the pages a reader is shown are ever downloaded (see docs/search.md, "Bytes").
 *
 * Precision comes first. A term matches, in this order of trust:
 * - `exact`: its tokens stand consecutively (or a vocabulary alternative does); failing that
 *   anywhere on the site, with a punctuation mark or two inside (“双师型”教师 for 双师型教师);
 * - `typo`: failing that, a term of four tokens or more with one token different (现代学徙制);
 * - `cover`: failing that, the words of the term that exist on the site (its pairs of characters
 *   the site holds, joined where they stand together on a page): a page matches by the share of the
 *   term's characters those words cover there, at least half. A term with a character that no such
 *   word covers is missing: 区块链 would need 区, 块, 链 one by one, so it matches nothing, and the
 *   page says so.
 *
 * Each step looks up only what it needs, since every lookup may cost an index chunk: the exact step
 * the term's pairs (`lookupsOf`), the steps after it the pairs a character forms with its neighbours
 * and single characters only where no pair places them, the cover step the pairs around a character
 * the others left uncovered.
 */
import { isHan } from './tokens.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';

/** Per page, the sorted positions of one token (the index's word positions). */
export type TokenPositions = ReadonlyMap<string, readonly number[]>;
/** Looks up where a token stands on every page that holds it. */
export type Postings = (token: string) => Promise<TokenPositions>;

/** From this many tokens a term may match with one token different (a typo). */
export const TYPO_LENGTH = 4;
/** A page matches a term by its words only if they cover at least this share of its characters. */
export const MIN_COVER = 0.5;

/** A `cover` match is complete when every token is covered within this many positions more than the term. */
export const COMPLETE_SLACK = 8;

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

/** What has been looked up so far: key (a token, or two Han tokens) → where it stands. */
type Table = ReadonlyMap<string, TokenPositions>;

/** One lookup that places part of a phrase: its key and where the key starts in the phrase. */
export interface Lookup {
  readonly key: string;
  readonly offset: number;
  /** Tokens the key stands for: 2 for a pair, 1 otherwise. */
  readonly length: number;
}

/**
 * The lookups that place a phrase. The index holds each Han character at its own position as a
 * word with the character after it (index-text.ts), so two Han tokens side by side are one lookup, and
 * one chunk of the index: 现代学徒制 → 现代, 学徒 and, for the odd last character, 徒制. Other
 * tokens are looked up alone (a lone Han character by a prefix lookup: every pair it starts).
 * Undefined tokens (a typo's wildcard) are skipped.
 */
export function lookupsOf(tokens: readonly (string | undefined)[]): Lookup[] {
  const out: Lookup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (isHan(token) && next !== undefined && isHan(next))
      out.push({ key: token + tokens[++i], offset: i - 1, length: 2 });
    else if (isHan(token) && prev !== undefined && isHan(prev))
      out.push({ key: prev + token, offset: i - 1, length: 2 });
    else out.push({ key: token, offset: i, length: 1 });
  }
  return out;
}

/** Where a phrase stands, placed by its lookups (all in `table`): per page, the start positions. */
export function placed(tokens: readonly (string | undefined)[], table: Table): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const [first, ...rest] = lookupsOf(tokens);
  if (!first) return out;
  for (const [page, starts] of table.get(first.key) ?? []) {
    const sets = rest.map((l) => new Set(table.get(l.key)?.get(page) ?? []));
    if (sets.some((set) => set.size === 0)) continue;
    const found = starts.map((p) => p - first.offset).filter((q) => rest.every((l, k) => sets[k]?.has(q + l.offset)));
    if (found.length) out.set(page, found);
  }
  return out;
}

/** Per token of a phrase, where it stands on each page (undefined: any token will do). */
export type TokenLists = readonly (TokenPositions | undefined)[];

/**
 * Where the tokens stand in order on each page, `gaps[k]` extra positions allowed between token k
 * and k + 1 (0: adjacent). Returns per page the start positions, in order.
 */
export function occurrences(lists: TokenLists, gaps: readonly number[] = []): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const anchor = lists.findIndex((l) => l !== undefined);
  const first = lists[anchor];
  if (!first) return out;
  for (const [page, starts] of first) {
    const sets = lists.map((l) => (l ? new Set(l.get(page) ?? []) : undefined));
    if (sets.some((s) => s && s.size === 0)) continue;
    const found: number[] = [];
    for (const p of starts) {
      // Positions the phrase may have reached at each step (a gap makes several possible).
      let reach = [p];
      for (let k = anchor + 1; k < lists.length && reach.length; k++) {
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

/** Positions shifted by `by` on every page. */
function shifted(positions: TokenPositions, by: number): TokenPositions {
  return new Map([...positions].map(([page, at]) => [page, at.map((p) => p + by)]));
}

/**
 * Per token, where it stands, from what the lookups found: a token looked up alone stands where it
 * was found; a token inside a pair of the term that the site holds (any two adjacent tokens looked
 * up so far) stands where that pair stands; any other token needs its own lookup (`singles`: the
 * tokens to look up alone).
 */
export function tokenLists(
  tokens: readonly string[],
  table: Table,
): { lists: (TokenPositions | undefined)[]; singles: number[] } {
  const lists: (TokenPositions | undefined)[] = tokens.map((t) => table.get(t));
  for (let j = 0; j + 1 < tokens.length; j++) {
    const found = table.get(pairAt(tokens, j) ?? '');
    if (!found?.size) continue;
    lists[j] ??= shifted(found, 0);
    lists[j + 1] ??= shifted(found, 1);
  }
  return { lists, singles: lists.flatMap((l, i) => (l ? [] : [i])) };
}

/** A word of a term that the site holds on a page: tokens `from`..`to` (exclusive), where it stands. */
interface Piece {
  readonly from: number;
  readonly to: number;
  readonly at: readonly number[];
}

/** The pair key of tokens `j` and `j + 1` when both are Han characters. */
function pairAt(tokens: readonly string[], j: number): string | undefined {
  const [a, b] = [tokens[j], tokens[j + 1]];
  return a !== undefined && b !== undefined && isHan(a) && isHan(b) ? a + b : undefined;
}

/**
 * The words of a term that stand on each page: the pairs of the term the site holds (those looked
 * up so far, in `table`), joined where they stand together on the page (产业 and 学院 two apart →
 * 产业学院), and tokens other than Han characters alone. A Han character no pair covers makes no
 * word: the returned `covered` says whether every token is part of some word somewhere on the site.
 */
export function termPieces(tokens: readonly string[], table: Table): { pages: Map<string, Piece[]>; covered: boolean } {
  // Every pair of the term that has been looked up, and every non-Han token.
  const units: { from: number; to: number; found: TokenPositions }[] = [];
  for (const [i, token] of tokens.entries()) {
    const found = isHan(token) ? table.get(pairAt(tokens, i) ?? '') : table.get(token);
    if (found?.size) units.push({ from: i, to: isHan(token) ? i + 2 : i + 1, found });
  }
  const covered = tokens.every((_, i) => units.some((u) => u.from <= i && u.to > i));
  const pages = new Map<string, Piece[]>();
  for (const id of new Set(units.flatMap((u) => [...u.found.keys()]))) {
    // Where the term would start for each unit found here; units at the same start join.
    const byStart = new Map<number, { from: number; to: number }[]>();
    for (const u of units) {
      for (const p of u.found.get(id) ?? []) {
        const start = p - u.from;
        byStart.set(start, [...(byStart.get(start) ?? []), { from: u.from, to: u.to }]);
      }
    }
    const joined = new Map<string, Piece>();
    for (const [start, list] of byStart) {
      list.sort((a, b) => a.from - b.from);
      let run: { from: number; to: number } | undefined;
      const flush = () => {
        if (!run) return;
        const key = `${run.from}-${run.to}`;
        const piece = joined.get(key);
        joined.set(key, { ...run, at: [...(piece?.at ?? []), start + run.from] });
      };
      for (const u of list) {
        if (run && u.from <= run.to) run = { from: run.from, to: Math.max(run.to, u.to) };
        else {
          flush();
          run = { ...u };
        }
      }
      flush();
    }
    // Drop words inside a longer word found on the same page.
    const all = [...joined.values()];
    pages.set(
      id,
      all.filter((w) => !all.some((o) => o !== w && o.from <= w.from && o.to >= w.to && o.to - o.from > w.to - w.from)),
    );
  }
  return { pages, covered };
}

function hits(
  pages: ReadonlyMap<string, readonly number[]>,
  hit: Omit<TermHit, 'at'>,
  out: Map<string, TermHit>,
): void {
  for (const [id, at] of pages) if (!out.has(id)) out.set(id, { ...hit, at });
}

/** Every page matching one term, with how it matches. Looks up only what each step needs. */
export async function matchTerm(term: QueryTerm, postings: Postings): Promise<Map<string, TermHit>> {
  const tokens = term.segments.flat();
  const alternatives = term.alternatives.map((a) => a.flat());
  const table = new Map<string, TokenPositions>();
  const load = async (keys: readonly string[]) => {
    const missing = [...new Set(keys)].filter((k) => !table.has(k));
    for (const [k, found] of await Promise.all(missing.map(async (k) => [k, await postings(k)] as const))) {
      table.set(k, found);
    }
  };
  await load([tokens, ...alternatives].flatMap((t) => lookupsOf(t).map((l) => l.key)));

  const out = new Map<string, TermHit>();
  const base = { cover: 1, span: 0 };
  hits(placed(tokens, table), { ...base, kind: 'exact', literal: true, length: tokens.length, phrases: [tokens] }, out);
  for (const alt of alternatives) {
    hits(placed(alt, table), { ...base, kind: 'exact', literal: false, length: alt.length, phrases: [alt] }, out);
  }
  if (out.size || tokens.length < 2) return out;

  // A mark inside the phrase on a page, or a typo, breaks the keys around one place. Where the keys
  // the site lacks share no token, neither can be why, and the next two steps are skipped: they
  // would look up single characters, an index chunk each, for nothing.
  const dead = lookupsOf(tokens).filter((l) => !table.get(l.key)?.size);
  const onePlace = tokens.some((_, i) => dead.every((l) => l.offset <= i && i < l.offset + l.length));
  if (dead.length > 1 && !onePlace) return term.quoted ? out : coverHits(tokens, table, load);

  // Tokens that no pair looked up so far places, for the steps below: first by a pair with a
  // neighbour (an exact lookup, one index chunk), and only then alone (a prefix lookup: at scale the
  // pairs a common character starts span many chunks, 共 eight of 530 at 10,000 cases).
  await load(
    tokenLists(tokens, table)
      .singles.flatMap((i) => [pairAt(tokens, i - 1), pairAt(tokens, i)])
      .filter((k): k is string => k !== undefined),
  );
  await load(tokenLists(tokens, table).singles.map((i) => tokens[i] ?? ''));
  const { lists } = tokenLists(tokens, table);

  // A mark or two inside the phrase on the page (“双师型”教师, 互利·同强·齐荣): one position each.
  const gaps = tokens.slice(1).map(() => 2);
  hits(
    occurrences(lists, gaps),
    { ...base, kind: 'exact', literal: true, length: tokens.length, phrases: [tokens] },
    out,
  );
  if (out.size || term.quoted) return out;

  // One token different (现代学徙制 for 现代学徒制), in a term long enough to stay specific.
  if (tokens.length >= TYPO_LENGTH) {
    for (let i = 0; i < tokens.length; i++) {
      const known = tokens.filter((_, k) => k !== i);
      hits(
        occurrences(lists.map((l, k) => (k === i ? undefined : l))),
        { ...base, kind: 'typo', literal: true, length: tokens.length, phrases: [known] },
        out,
      );
    }
    if (out.size) return out;
  }

  return coverHits(tokens, table, load, out);
}

/**
 * The `cover` step: the words of the term that exist on the site, where enough of them stand on a
 * page. A Han character that no pair looked up so far covers gets the pairs it forms with its
 * neighbours.
 */
async function coverHits(
  tokens: readonly string[],
  table: Map<string, TokenPositions>,
  load: (keys: readonly string[]) => Promise<void>,
  out = new Map<string, TermHit>(),
): Promise<Map<string, TermHit>> {
  const around = (i: number) => [pairAt(tokens, i - 1), pairAt(tokens, i)].filter((k) => k !== undefined);
  const neighbours = tokens.flatMap((t, i) =>
    isHan(t) && !around(i).some((k) => table.get(k)?.size) ? around(i) : [],
  );
  await load(neighbours);
  const { pages, covered } = termPieces(tokens, table);
  if (!covered) return out;
  for (const [id, held] of pages) {
    const share = tokens.filter((_, i) => held.some((p) => p.from <= i && p.to > i)).length / tokens.length;
    if (share < MIN_COVER || !held.some((p) => p.to - p.from >= 2)) continue;
    const lists = held.map((p) => ({ at: p.at, length: p.to - p.from }));
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

/**
 * Whether a hit is the term itself, not just some of its words: exact and typo hits are; a `cover`
 * hit is when its words cover the whole term within a short stretch (words in one clause). A page
 * whose hits are all complete is presented as a match; any other result is shown under a note
 * saying it holds only part of what was asked.
 */
export function isComplete(hit: TermHit, term: QueryTerm): boolean {
  if (hit.kind !== 'cover') return true;
  return hit.cover === 1 && hit.span <= term.segments.flat().length + COMPLETE_SLACK;
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
