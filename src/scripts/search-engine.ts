/**
 * The search behind /search/: Pagefind's index and JS API (loaded on the first query, never on
 * other pages), queried phrase by phrase with the tokens of search/tokens.ts, then matched,
 * filtered, counted and ranked by the pure modules in src/lib.
 *
 * Pagefind is used for what it does well — a sharded index that loads only the chunks a query
 * needs, exact phrase positions, filters, sort keys, excerpts — and not for query segmentation or
 * ranking, which mislead Chinese readers in 1.6.0 (see search/tokens.ts and docs/search.md).
 */
import { url } from '../lib/site.ts';
import { parseQuery, queryTokens, type ParsedQuery } from '../lib/search/query.ts';
import {
  cachedLookup,
  firstOccurrence,
  matchQuery,
  matchScore,
  titleBoost,
  type PageMatch,
} from '../lib/search/match.ts';
import {
  countFacets,
  decodeCaseIndex,
  filterBySelection,
  type CaseIndex,
  type FacetCounts,
  type FacetValues,
  type Selection,
} from '../lib/facets.ts';
import { stripBoundaries } from '../lib/search/tokens.ts';
import { excerptAround, excerptParts, type ExcerptPart } from '../lib/search/text.ts';

/** The slice of Pagefind's JS API this page uses. */
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse>;
}

export type SortOrder = 'relevance' | 'newest';

export interface SearchRequest {
  q: string;
  selection: Selection;
  sort: SortOrder;
}

export interface SearchOutcome {
  query: ParsedQuery;
  /** Terms (as typed) that no page contains. */
  missing: string[];
  /** No page has every term: the results are pages with some of them. */
  partial: boolean;
  /** Results before the facet selection. */
  total: number;
  /** Result ids after the selection, in display order. */
  ids: string[];
  /** Disjunctive counts per facet value over the results. */
  counts: FacetCounts;
  /** The printable results for some of `ids`. */
  cards: (ids: readonly string[]) => Promise<SearchCard[]>;
}

/** A result ready to print. */
export interface SearchCard {
  id: string;
  url: string;
  title: string;
  type: string | undefined;
  year: string | undefined;
  excerpt: ExcerptPart[];
}

/** Results whose page data is loaded and re-ranked by their titles before they are shown. */
const RERANK_WINDOW = 12;

let api: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind once. Pagefind picks its query segmentation from `<html lang>`: for zh it would
 * re-split our tokens with the browser's Intl.Segmenter. It reads the attribute once, while
 * `init()` constructs its instance synchronously, so for that moment we present a language without
 * word segmentation ("zxx", no linguistic content); the index itself is still the zh-cn one (the
 * only one). The attribute is back before anything can render.
 */
function pagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const module = (await import(/* @vite-ignore */ url('/pagefind/pagefind.js'))) as PagefindApi;
    await module.options({ excerptLength: 64, excerptEllipsis: '…' });
    const root = document.documentElement;
    const lang = root.getAttribute('lang') ?? '';
    root.setAttribute('lang', 'zxx');
    try {
      await module.init();
    } finally {
      root.setAttribute('lang', lang);
    }
    return module;
  })();
  api.catch(() => {
    api = undefined;
  });
  return api;
}

const keyOf = (tokens: readonly string[]) => tokens.join(' ');

/** Times a step as a performance measure (`search:<step>`), for DevTools and the benchmark. */
async function timed<T>(step: string, work: Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work;
  } finally {
    performance.measure(`search:${step}`, { start, end: performance.now() });
  }
}

/** Pages holding a phrase (Pagefind's exact mode), keeping each result object for later. */
function phraseLookup(seen: Map<string, Map<string, PagefindResult>>) {
  return async (tokens: readonly string[]): Promise<ReadonlySet<string>> => {
    const pf = await pagefind();
    const { results } = await pf.search(`"${tokens.join(' ')}"`);
    seen.set(keyOf(tokens), new Map(results.map((r) => [r.id, r])));
    return new Set(results.map((r) => r.id));
  };
}

interface FacetIndex {
  values: Map<string, FacetValues>;
  yearRank: Map<string, number>;
}
let facetIndex: Promise<FacetIndex> | undefined;

/**
 * Which page has which facet values, and the year order: pagefind/facets.json, written by
 * scripts/index-search.mjs (a few characters per page), fetched once.
 */
function facets(): Promise<FacetIndex> {
  facetIndex ??= (async () => {
    const response = await fetch(url('/pagefind/facets.json'));
    if (!response.ok) throw new Error(`facets.json: ${response.status}`);
    const table = (await response.json()) as CaseIndex & { prefix: string; ids: string };
    const items = decodeCaseIndex(table);
    const ids = table.ids.split(',').map((id) => table.prefix + id);
    const years = table.facets.find((f) => f.key === 'year')?.values ?? [];
    const values = new Map(ids.map((id, i) => [id, items[i] ?? {}]));
    const yearRank = new Map(
      ids.flatMap((id, i) => {
        const year = items[i]?.['year']?.[0];
        return year === undefined ? [] : [[id, years.indexOf(year)] as const];
      }),
    );
    return { values, yearRank };
  })();
  facetIndex.catch(() => {
    facetIndex = undefined;
  });
  return facetIndex;
}

/**
 * Pagefind's own ranking for all the query's tokens: per page its score (scaled to 0–1, the
 * tie-breaker) and where the shortest term first stands (from the positions of every token).
 */
async function baseSignals(query: ParsedQuery): Promise<Map<string, { score: number; first: number }>> {
  const tokens = queryTokens(query);
  if (!tokens.length) return new Map();
  const pf = await pagefind();
  const { results } = await pf.search(tokens.join(' '));
  const max = Math.max(1e-9, ...results.map((r) => r.score));
  const shortest = Math.min(...query.terms.map((t) => Math.max(...t.segments.map((s) => s.length))));
  return new Map(results.map((r) => [r.id, { score: r.score / max, first: firstOccurrence(r.words, shortest) }]));
}

/** The result of the best look-up for this page, for its excerpt: the longest phrase first. */
function resultFor(match: PageMatch, seen: Map<string, Map<string, PagefindResult>>): PagefindResult | undefined {
  const vias = match.terms
    .filter((h) => h !== undefined)
    .sort((a, b) => b.via.length - a.via.length)
    .map((h) => h.via);
  for (const via of vias) {
    const found = seen.get(keyOf(via))?.get(match.id);
    if (found) return found;
  }
  return undefined;
}

async function toCard(
  match: PageMatch,
  query: ParsedQuery,
  seen: Map<string, Map<string, PagefindResult>>,
): Promise<SearchCard> {
  const result = resultFor(match, seen);
  if (!result) throw new Error(`no result object for ${match.id}`);
  const d = await result.data();
  const meta = (key: string) => (d.meta[key] === undefined ? undefined : stripBoundaries(d.meta[key]));
  const title = meta('title') ?? d.url;
  // The page text starts with its title (spacing normalised by Pagefind): the excerpt skips it.
  const tail = title.replace(/\s/g, '').slice(-8);
  const at = d.content.indexOf(tail);
  const skip = at >= 0 && at < title.length + 60 ? at + tail.length : 0;
  const phrases = [
    ...query.terms.flatMap((t) => [t.segments.flat(), ...t.alternatives.map((a) => a.flat())]),
    ...match.terms.flatMap((h) => (h ? [h.via] : [])),
  ];
  return {
    id: match.id,
    url: d.url,
    title,
    type: meta('type'),
    year: meta('year'),
    excerpt: excerptAround(d.content, phrases, skip) ?? excerptParts(d.excerpt),
  };
}

/** Runs a search: which pages match, how they rank, what the facet counts are. */
export async function runSearch(
  request: SearchRequest,
  allowed: Readonly<Record<string, readonly string[]>>,
): Promise<SearchOutcome> {
  const query = parseQuery(request.q);
  const seen = new Map<string, Map<string, PagefindResult>>();
  const cards = new Map<string, Promise<SearchCard>>();
  const [base, index] = await Promise.all([timed('rank', baseSignals(query)), timed('facets', facets())]);
  const texts = new Map<string, Promise<string>>();
  /** A page's text, from any look-up that found it, for verifying a candidate. */
  const text = (id: string): Promise<string> => {
    let found = texts.get(id);
    if (!found) {
      const result = [...seen.values()].find((m) => m.has(id))?.get(id);
      found = result ? result.data().then((d) => d.content.normalize('NFKC')) : Promise.resolve('');
      texts.set(id, found);
    }
    return found;
  };
  const match = await timed(
    'match',
    matchQuery(query, {
      lookup: cachedLookup(phraseLookup(seen)),
      text,
      rank: (id) => base.get(id)?.score ?? 0,
    }),
  );
  const tier = match.full.length ? match.full : match.partial;
  const byId = new Map(tier.map((m) => [m.id, m]));
  const card = (id: string): Promise<SearchCard> => {
    let loaded = cards.get(id);
    if (!loaded) {
      const m = byId.get(id);
      loaded = m ? toCard(m, query, seen) : Promise.reject(new Error(`unknown result ${id}`));
      cards.set(id, loaded);
    }
    return loaded;
  };
  const valuesOf = (m: PageMatch) => index.values.get(m.id) ?? {};
  const kept = filterBySelection(tier, valuesOf, request.selection);
  const counts = countFacets(tier, valuesOf, request.selection, Object.keys(allowed));
  const scored = kept
    .map((m) => ({ id: m.id, s: matchScore(m, base.get(m.id)?.score, base.get(m.id)?.first) }))
    .sort((a, b) => b.s - a.s);
  let ids: string[];
  if (request.sort === 'newest') {
    // Newest first; pages without a year (dimensions, terms…) after, by relevance (a stable sort).
    const rank = (id: string) => index.yearRank.get(id) ?? Number.MAX_SAFE_INTEGER;
    ids = [...scored].sort((a, b) => rank(a.id) - rank(b.id)).map((x) => x.id);
  } else {
    // The top of the list is re-ranked with the titles, which only the page data holds.
    const window = scored.slice(0, RERANK_WINDOW);
    const titles = await timed(
      'titles',
      Promise.all(
        window.map((w) =>
          card(w.id).then(
            (c) => c.title,
            () => '',
          ),
        ),
      ),
    );
    window.forEach((w, i) => (w.s += titleBoost(titles[i] ?? '', query)));
    window.sort((a, b) => b.s - a.s);
    ids = [...window, ...scored.slice(RERANK_WINDOW)].map((x) => x.id);
  }
  return {
    query,
    missing: query.terms.filter((_, i) => !match.found[i]).map((t) => t.text),
    partial: !match.full.length && match.partial.length > 0,
    total: tier.length,
    ids,
    counts,
    cards: (list) => Promise.all(list.map(card)),
  };
}

/** Starts loading Pagefind (on focus of the box), so the first query feels instant. */
export function warmUp(): void {
  pagefind().catch(() => undefined);
}
