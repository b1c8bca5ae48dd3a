/**
 * Decides which pages match a parsed query. Two oracles are passed in — the search page wires them
 * to Pagefind, the tests to a small corpus — so this module stays pure:
 * - `lookup(tokens)`: the pages where the tokens stand consecutively (Pagefind's exact mode; cheap,
 *   it reads only the index chunks of those tokens);
 * - `text(id)`: a page's text (Pagefind's fragment; a few kilobytes), used only to verify the few
 *   candidates that the look-ups cannot decide.
 *
 * Precision comes first. A page matches a term where the term stands as written ("exact"), also
 * with a punctuation mark or two inside (双师型教师 in “双师型”教师), or — for an unquoted term
 * found nowhere that way — where the longest pieces of it that exist on the site stand close
 * together ("near": 校企合作育人模式 → 校企合作 … 育人模式). A term whose pieces would be single
 * characters (区块链 → 区 块 链) matches nothing: a page that merely holds those characters is not
 * what the reader means.
 */
import { isHan, tokenize } from './tokens.ts';
import { phrasePattern } from './text.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';

/** Looks up the pages where `tokens` stand consecutively. */
export type Lookup = (tokens: readonly string[]) => Promise<ReadonlySet<string>>;
/** A page's text, for verifying a candidate. */
export type PageText = (id: string) => Promise<string>;

export interface Oracles {
  readonly lookup: Lookup;
  readonly text: PageText;
  /** Higher is more promising: candidates beyond {@link VERIFY_LIMIT} are verified in this order. */
  readonly rank?: ((id: string) => number) | undefined;
}

/** Above this many pages with the phrase as written, variants with punctuation are not sought. */
export const SPLIT_LIMIT = 20;
/** At most this many candidates per term are verified by their text; the rest are dropped. */
export const VERIFY_LIMIT = 40;
/** From this many tokens, an unquoted term not found together matches where all its pieces are. */
export const LOOSE_LENGTH = 6;

/** How one page matches one term. */
export interface TermHit {
  /** `exact`: the term (or a vocabulary alternative) stands on the page as written. */
  readonly kind: 'exact' | 'near';
  /** Whether the match is the term as typed rather than a vocabulary alternative. */
  readonly literal: boolean;
  /** The longest token sequence looked up for it (its result object gives the excerpt). */
  readonly via: readonly string[];
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

/** A caching wrapper, so each token sequence is looked up once per query. */
export function cachedLookup(lookup: Lookup): Lookup {
  const cache = new Map<string, Promise<ReadonlySet<string>>>();
  return (tokens) => {
    const key = tokens.join('\u0000');
    let hit = cache.get(key);
    if (!hit) {
      hit = lookup(tokens);
      cache.set(key, hit);
    }
    return hit;
  };
}

function intersect(sets: readonly ReadonlySet<string>[]): Set<string> {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...(first ?? [])].filter((id) => rest.every((s) => s.has(id))));
}

const longest = (runs: readonly (readonly string[])[]) => runs.reduce((a, b) => (b.length > a.length ? b : a), []);

/** Text verification of candidates, the most promising first, at most {@link VERIFY_LIMIT}. */
async function verify(
  candidates: Iterable<string>,
  oracles: Oracles,
  test: (text: string) => boolean,
): Promise<string[]> {
  const rank = oracles.rank ?? (() => 0);
  const list = [...candidates].sort((a, b) => rank(b) - rank(a)).slice(0, VERIFY_LIMIT);
  const ok = await Promise.all(list.map(async (id) => test(await oracles.text(id))));
  return list.filter((_, i) => ok[i]);
}

/** Tokens in order, with up to `gap` marks or spaces between consecutive tokens. */
function phraseRegExp(tokens: readonly string[], gap: number): RegExp {
  return new RegExp(phrasePattern(tokens, gap), 'iu');
}

/** Segments in order: tokens inside a segment adjacent, segments a few marks apart. */
function segmentsRegExp(segments: readonly (readonly string[])[]): RegExp {
  return new RegExp(segments.map((s) => phrasePattern(s, 0)).join('[\\p{P}\\p{S}\\s]{0,3}'), 'iu');
}

/**
 * Splits tokens into the longest runs that occur somewhere on the site, left to right (a run
 * occurs only where its shorter prefixes do, so each step is a binary search). Returns undefined
 * when some token occurs nowhere, or (unless `allowSingle`) when a run is a lone Han character.
 */
export async function coverPieces(
  tokens: readonly string[],
  lookup: Lookup,
  allowSingle = false,
): Promise<{ tokens: readonly string[]; pages: ReadonlySet<string> }[] | undefined> {
  const pieces: { tokens: readonly string[]; pages: ReadonlySet<string> }[] = [];
  let i = 0;
  while (i < tokens.length) {
    let lo = i + 1;
    let hi = tokens.length;
    let best: { end: number; pages: ReadonlySet<string> } | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const pages = await lookup(tokens.slice(i, mid));
      if (pages.size) {
        best = { end: mid, pages };
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!best) return undefined;
    const piece = tokens.slice(i, best.end);
    const alone = piece.length > 1 || !isHan(piece[0] ?? '');
    if (!allowSingle && !alone) return undefined;
    pieces.push({ tokens: piece, pages: best.pages });
    i = best.end;
  }
  return pieces;
}

/** The smallest stretch of `text` (in characters) holding a match of every pattern, or Infinity. */
export function smallestSpan(text: string, patterns: readonly RegExp[]): number {
  const events = patterns
    .flatMap((p, k) =>
      [...text.matchAll(new RegExp(p.source, 'giu'))].map((m) => ({ at: m.index, end: m.index + m[0].length, k })),
    )
    .sort((a, b) => a.at - b.at);
  const need = patterns.length;
  const count = new Map<number, number>();
  let best = Infinity;
  let lo = 0;
  for (const e of events) {
    count.set(e.k, (count.get(e.k) ?? 0) + 1);
    while (count.size === need) {
      const start = events[lo];
      if (!start) break;
      const end = Math.max(...events.slice(lo, events.indexOf(e) + 1).map((x) => x.end));
      best = Math.min(best, end - start.at);
      const left = (count.get(start.k) ?? 1) - 1;
      if (left) count.set(start.k, left);
      else count.delete(start.k);
      lo++;
    }
  }
  return best;
}

/** Pages where the segments stand as written (several segments: verified in the text). */
async function asWritten(
  segments: readonly (readonly string[])[],
  oracles: Oracles,
  literal: boolean,
): Promise<Map<string, TermHit>> {
  const via = longest(segments);
  const pages = intersect(await Promise.all(segments.map((s) => oracles.lookup(s))));
  const ids =
    segments.length === 1 ? [...pages] : await verify(pages, oracles, (t) => segmentsRegExp(segments).test(t));
  return new Map(ids.map((id) => [id, { kind: 'exact', literal, via }]));
}

/**
 * Every page matching one term: as written (or as a vocabulary alternative), with punctuation
 * inside, and failing all that, for an unquoted term, its pieces close together.
 */
export async function matchTerm(term: QueryTerm, oracles: Oracles): Promise<Map<string, TermHit>> {
  const { lookup } = oracles;
  const out = await asWritten(term.segments, oracles, true);
  for (const alternative of term.alternatives) {
    for (const [id, hit] of await asWritten(alternative, oracles, false)) if (!out.has(id)) out.set(id, hit);
  }
  const tokens = term.segments.flat();
  const punctuated = (text: string) => phraseRegExp(tokens, 2).test(text);

  // A mark or two inside the phrase on the page: candidates hold both halves of some split.
  if (term.segments.length === 1 && tokens.length >= 4 && tokens.length <= 12 && out.size < SPLIT_LIMIT) {
    const candidates = new Set<string>();
    for (let k = 2; k <= tokens.length - 2; k++) {
      const halves = await Promise.all([lookup(tokens.slice(0, k)), lookup(tokens.slice(k))]);
      for (const id of intersect(halves)) if (!out.has(id)) candidates.add(id);
    }
    for (const id of await verify(candidates, oracles, punctuated)) {
      out.set(id, { kind: 'exact', literal: true, via: tokens.slice(0, Math.ceil(tokens.length / 2)) });
    }
  }
  if (out.size || tokens.length < 2) return out;

  // Marks at several places (互利同强齐荣 for 互利·同强·齐荣): candidates hold every piece.
  const chain = await coverPieces(tokens, lookup, true);
  if (chain && chain.length > 1) {
    const via = longest(chain.map((p) => p.tokens));
    for (const id of await verify(intersect(chain.map((p) => p.pages)), oracles, punctuated)) {
      out.set(id, { kind: 'exact', literal: true, via });
    }
  }
  if (out.size || term.quoted) return out;

  // Not as written anywhere: its pieces close together, each piece two tokens or more.
  const pieces = await coverPieces(tokens, lookup);
  if (!pieces || pieces.length < 2) return out;
  const patterns = pieces.map((p) => phraseRegExp(p.tokens, 0));
  const window = 2 * tokens.length + 12;
  const via = longest(pieces.map((p) => p.tokens));
  const candidates = intersect(pieces.map((p) => p.pages));
  for (const id of await verify(candidates, oracles, (t) => smallestSpan(t, patterns) <= window)) {
    out.set(id, { kind: 'near', literal: true, via });
  }
  // A long query (six tokens or more) is a phrase of words: failing proximity, every word anywhere.
  if (!out.size && tokens.length >= LOOSE_LENGTH) {
    for (const id of candidates) out.set(id, { kind: 'near', literal: false, via });
  }
  return out;
}

/** Matches a whole query: pages with every term, or failing that, pages with some. */
export async function matchQuery(query: ParsedQuery, oracles: Oracles): Promise<QueryMatch> {
  const perTerm = await Promise.all(query.terms.map((t) => matchTerm(t, oracles)));
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

/**
 * A relevance score from what the match tells without loading the page: exact beats near, the
 * term as typed beats an alternative wording, an occurrence at the top of the page (the title and
 * the lead come first) beats one further down. `base` — Pagefind's own score, scaled to 0–1, which
 * weighs headings and term density — orders pages within that. `first` is the token position of
 * the first occurrence (see {@link firstOccurrence}).
 */
export function matchScore(match: PageMatch, base = 0, first = Infinity): number {
  let score = 8 * base + (first < 12 ? 6 : first < 48 ? 3 : first < 160 ? 1 : 0);
  for (const hit of match.terms) {
    if (!hit) continue;
    score += hit.kind === 'exact' ? 10 : 5;
    if (!hit.literal) score -= 2;
  }
  return score;
}

/**
 * Where a page's first run of `length` consecutive query tokens starts, from the positions of all
 * query tokens on it (Pagefind's plain search) — the likely first occurrence of the phrase.
 */
export function firstOccurrence(positions: readonly number[], length: number): number {
  const set = new Set(positions);
  const n = Math.max(1, length);
  return (
    [...set].sort((a, b) => a - b).find((p) => Array.from({ length: n }, (_, i) => p + i).every((q) => set.has(q))) ??
    Infinity
  );
}

/**
 * The final adjustment for results whose page data is loaded: a term in the title (or the
 * vocabulary name in the title) lifts the page above ones that only mention it.
 */
export function titleBoost(title: string, query: ParsedQuery): number {
  const tokens = tokenize(title);
  const spaced = ` ${tokens.join(' ')} `;
  const has = (segments: readonly (readonly string[])[]) => spaced.includes(` ${segments.flat().join(' ')} `);
  let boost = 0;
  for (const term of query.terms) {
    if (has(term.segments)) boost += tokens.length === term.segments.flat().length ? 24 : 16;
    else if (term.alternatives.some(has)) boost += 10;
  }
  return boost;
}
