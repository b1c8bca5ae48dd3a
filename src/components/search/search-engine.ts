/**
 * The search behind /search/: the site's own index (src/lib/search/index-format.ts, opened on the
 * first query, never on other pages), asked where each lookup key of the query stands (one lookup
 * per pair of characters), then matched, ranked, filtered and counted by the pure modules in
 * src/lib/search — and only the results shown download their page data.
 *
 * The index is sharded by key, so a query loads only the shards its keys fall in, and of each shard
 * decodes only those keys (index-reader.ts); the facet table is read a row at a time, for the pages
 * a query matched. Nothing of Pagefind runs here: it is the stock baseline the tests compare with
 * (docs/search.md).
 */
import { openReader, indexUrl, type Reader } from './index-reader.ts';
import { parseQuery, type ParsedQuery } from '../../lib/search/query.ts';
import { cachedPostings, isComplete, matchQuery, type PageMatch, type Postings } from '../../lib/search/match.ts';
import { rankMatches, type PageInfo } from '../../lib/search/rank.ts';
import { COVERAGE, coverageMatch } from '../../lib/search/coverage.ts';
import { findPolicyReference, type PolicyRef } from '../../lib/search/policy-ref.ts';
import { FACETS_FILE, readFacetTable } from '../../lib/search/facet-file.ts';
import { gunzipped } from '../../lib/search/index-format.ts';
import {
  countFacets,
  filterBySelection,
  type FacetCounts,
  type FacetValues,
  type Selection,
} from '../../lib/facets.ts';
import { excerptAround, type ExcerptPart } from '../../lib/search/text.ts';

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
  /** No page holds every term complete (match.ts isComplete): the results hold some of the words. */
  partial: boolean;
  /** Results after the full matches that hold only some of the query's words (the fallback). */
  related: number;
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

let opened: Promise<Reader> | undefined;

/** Opens the index once (index-reader.ts); a failure is retried on the next query. */
function reader(): Promise<Reader> {
  opened ??= openReader();
  opened.catch(() => {
    opened = undefined;
  });
  return opened;
}

/** Times a step as a performance measure (`search:<step>`), for DevTools and the benchmark. */
async function timed<T>(step: string, work: Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work;
  } finally {
    performance.measure(`search:${step}`, { start, end: performance.now() });
  }
}

/**
 * Where a lookup key stands on every page (page ids are the index's page numbers), from the shards
 * that may hold it (the reader keeps shards for the session). A key of two Han characters (a pair,
 * see src/lib/search/match.ts) is looked up exactly; any other key as the start of a key: a lone Han
 * character stands for every pair it starts, a word for the words it begins.
 */
const postings: Postings = cachedPostings(async (key) => {
  const pages = await (await reader()).lookup(key, !/^\p{Script=Han}{2}$/u.test(key));
  return new Map([...pages].map(([page, at]) => [String(page), at]));
});

interface FacetIndex {
  /** Pages in the index. */
  count: number;
  policies: readonly PolicyRef[];
  values(id: string): FacetValues;
  yearRank(id: string): number | undefined;
  page(id: string): PageInfo | undefined;
}
let facetIndex: Promise<FacetIndex> | undefined;

/**
 * Which page has which facet values, the year order, and where each page's title stands: the facet
 * table (search/facet-file.ts, written with the index), row n for page n of the meta file whose build
 * it names, fetched once and read a row at a time for the pages a query matched.
 */
function facets(): Promise<FacetIndex> {
  facetIndex ??= (async () => {
    const [response, { build, meta }] = await Promise.all([
      fetch(indexUrl(FACETS_FILE), { cache: 'no-cache' }),
      reader(),
    ]);
    if (!response.ok) throw new Error(`${FACETS_FILE}: ${response.status}`);
    const table = readFacetTable(FACETS_FILE, await gunzipped(new Uint8Array(await response.arrayBuffer())));
    if (table.build !== build) throw new Error(`${FACETS_FILE}: built for ${table.build}, not ${build}`);
    if (table.pages !== meta.pages.length)
      throw new Error(`${FACETS_FILE}: ${table.pages} rows for ${meta.pages.length} pages`);
    const rows = new Map<string, FacetValues>();
    return {
      count: table.pages,
      policies: table.policies,
      values(id) {
        let row = rows.get(id);
        if (!row) rows.set(id, (row = table.values(Number(id))));
        return row;
      },
      yearRank: (id) => table.rank(Number(id), 'year'),
      page: (id) => {
        const words = meta.pages[Number(id)]?.words;
        return words === undefined ? undefined : table.info(Number(id), words);
      },
    };
  })();
  facetIndex.catch(() => {
    facetIndex = undefined;
  });
  return facetIndex;
}

/** Characters of page text shown when no phrase of the query can be marked in it. */
const EXCERPT_LENGTH = 96;

/** Readers' words indexed with a page (SearchMeta.astro): left out of its excerpt. */
const ALIASES = /相关说法：[^。]*。/g;

async function toCard(match: PageMatch, query: ParsedQuery): Promise<SearchCard> {
  const d = await (await reader()).page(Number(match.id));
  const meta = (key: string) => d.meta[key];
  const title = meta('title') ?? d.url;
  const glossary = d.url.includes('#');
  const content = d.content.replace(glossary ? /$^/ : ALIASES, '');
  // The page text starts with its title (spacing normalised by the index): the excerpt skips it.
  const tail = title.replace(/\s/g, '').slice(-8);
  const at = content.indexOf(tail);
  const skip = at >= 0 && at < title.length + 60 ? at + tail.length : 0;
  const phrases = [
    ...query.terms.flatMap((t) => [t.segments.flat(), ...t.alternatives.map((a) => a.flat())]),
    ...match.terms.flatMap((h) => h?.phrases ?? []),
  ];
  const summary = meta('summary');
  return {
    id: match.id,
    url: d.url,
    title,
    type: meta('type'),
    year: meta('year'),
    excerpt: excerptAround(content, phrases, skip) ?? [
      { text: summary ?? content.slice(skip, skip + EXCERPT_LENGTH), mark: false },
    ],
  };
}

/** Runs a search: which pages match, how they rank, what the facet counts are. */
export async function runSearch(
  request: SearchRequest,
  allowed: Readonly<Record<string, readonly string[]>>,
): Promise<SearchOutcome> {
  const query = parseQuery(request.q);
  const cards = new Map<string, Promise<SearchCard>>();
  // What this query has looked up: the fallback may reuse it for free (its chunks are loaded), and
  // answers never depend on what earlier queries loaded.
  const asked = new Set<string>();
  const tracked: Postings = (key) => {
    asked.add(key);
    return postings(key);
  };
  const [match, index] = await Promise.all([timed('match', matchQuery(query, tracked)), timed('facets', facets())]);
  const complete = (m: PageMatch) =>
    m.terms.every((hit, i) => hit && query.terms[i] && isComplete(hit, query.terms[i]));
  const strong = match.full.filter(complete).length;
  // Few pages hold the phrases: the pages holding enough of the query's words, wherever they stand.
  const fallback =
    strong === 0 || (strong < COVERAGE.few && query.terms.length > 1)
      ? await timed(
          'coverage',
          coverageMatch(query, postings, { pages: index.count, info: (id) => index.page(id) }, COVERAGE, (key) =>
            asked.has(key),
          ),
        )
      : [];
  const primary = match.full.length ? match.full : match.partial;
  const inPrimary = new Set(primary.map((m) => m.id));
  const extra = fallback.filter((f) => !inPrimary.has(f.id));
  // A query naming a policy (its title, a short form, its number) answers with its page first.
  const reference = findPolicyReference(request.q, index.policies);
  const pinned = reference ? String(reference.row) : undefined;
  const tier = [...primary, ...extra.map((f) => f.match)];
  if (pinned && !tier.some((m) => m.id === pinned)) tier.push({ id: pinned, terms: [] });
  const byId = new Map(tier.map((m) => [m.id, m]));
  const card = (id: string): Promise<SearchCard> => {
    let loaded = cards.get(id);
    if (!loaded) {
      const m = byId.get(id);
      loaded = m ? toCard(m, query) : Promise.reject(new Error(`unknown result ${id}`));
      cards.set(id, loaded);
    }
    return loaded;
  };
  const valuesOf = (m: PageMatch) => index.values(m.id);
  const kept = filterBySelection(tier, valuesOf, request.selection);
  const counts = countFacets(tier, valuesOf, request.selection, Object.keys(allowed));
  const keptIds = new Set(kept.map((m) => m.id));
  const ranked = rankMatches(
    kept.filter((m) => inPrimary.has(m.id)),
    (id) => index.page(id),
  ).map((x) => x.id);
  const after = extra.map((f) => f.id).filter((id) => keptIds.has(id));
  // Complete matches first, then the fallback's other pages. With no complete match, the fallback's
  // order (how many of the query's words a page holds, and how rare they are) leads, and the weaker
  // tiers' other pages follow.
  const byWords = fallback.map((f) => f.id).filter((id) => keptIds.has(id));
  const inWords = new Set(byWords);
  let ids = strong ? [...ranked, ...after] : [...byWords, ...ranked.filter((id) => !inWords.has(id))];
  if (pinned && keptIds.has(pinned)) ids = [pinned, ...ids.filter((id) => id !== pinned)];
  if (request.sort === 'newest') {
    // Newest first; pages without a year (dimensions, terms…) after, by relevance (a stable sort).
    const rank = (id: string) => index.yearRank(id) ?? Number.MAX_SAFE_INTEGER;
    ids = [...ids].sort((a, b) => rank(a) - rank(b));
  }
  return {
    query,
    missing: query.terms.filter((_, i) => !match.found[i]).map((t) => t.text),
    partial: tier.length > 0 && !strong,
    related: strong ? after.length : 0,
    total: tier.length,
    ids,
    counts,
    cards: (list) => Promise.all(list.map(card)),
  };
}

/** Starts opening the index (on the first keystroke), so the first query feels instant. */
export function warmUp(): void {
  reader().catch(() => undefined);
}
