/**
 * The search behind /search/: Pagefind's index and JS API (loaded on the first query, never on
 * other pages), asked where each lookup key of the query stands (one plain search per pair of
 * characters), then matched, ranked, filtered and counted by the pure modules in src/lib/search —
 * and only the results shown download their page data.
 *
 * Pagefind is used for what it does well — a sharded index that loads only the chunks a query
 * needs, token positions, stored page text — and not for query segmentation or ranking, which
 * mislead Chinese readers in 1.6.0 (see src/lib/search/tokens.ts and docs/search.md).
 */
import { url } from '../../lib/site.ts';
import { parseQuery, type ParsedQuery } from '../../lib/search/query.ts';
import { cachedPostings, matchQuery, type PageMatch, type Postings } from '../../lib/search/match.ts';
import { decodePageInfos, rankMatches, type PageInfo } from '../../lib/search/rank.ts';
import { FACETS_FILE, facetText } from '../../lib/search/facet-file.ts';
import {
  countFacets,
  decodeCaseIndex,
  filterBySelection,
  type CaseIndex,
  type FacetCounts,
  type FacetValues,
  type Selection,
} from '../../lib/facets.ts';
import { excerptAround, type ExcerptPart } from '../../lib/search/text.ts';

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

/** Times a step as a performance measure (`search:<step>`), for DevTools and the benchmark. */
async function timed<T>(step: string, work: Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work;
  } finally {
    performance.measure(`search:${step}`, { start, end: performance.now() });
  }
}

/** Every page's result object seen so far, for its data when it is shown. */
const resultObjects = new Map<string, PagefindResult>();

/**
 * Where a lookup key stands on every page: one plain Pagefind search for the key alone (it reads
 * only the index chunk holding that key; Pagefind keeps chunks for the session). No page is loaded.
 *
 * A key of two Han characters (a pair, see src/lib/search/match.ts) is first searched in quotes:
 * where no index word starts with a search term, Pagefind falls back to a shorter one (区块 answers
 * as 区), so only a quoted search, which never falls back, tells whether the pair is on the site.
 * It answers one position per page, so the positions come from the plain search, from the same
 * chunk: no byte more.
 */
const postings: Postings = cachedPostings(async (key) => {
  const pf = await pagefind();
  if (/^\p{Script=Han}{2}$/u.test(key) && !(await pf.search(`"${key}"`)).results.length) return new Map();
  const { results } = await pf.search(key);
  const out = new Map<string, number[]>();
  for (const r of results) {
    if (!resultObjects.has(r.id)) resultObjects.set(r.id, r);
    out.set(
      r.id,
      [...r.words].sort((a, b) => a - b),
    );
  }
  return out;
});

interface FacetIndex {
  values: Map<string, FacetValues>;
  yearRank: Map<string, number>;
  pages: Map<string, PageInfo>;
}
let facetIndex: Promise<FacetIndex> | undefined;

/**
 * Which page has which facet values, the year order, and where each page's title stands:
 * pagefind/facets.json.gz, written by src/integrations/pagefind.ts (a few characters per page), fetched once.
 */
function facets(): Promise<FacetIndex> {
  facetIndex ??= (async () => {
    const response = await fetch(url(`/pagefind/${FACETS_FILE}`));
    if (!response.ok) throw new Error(`${FACETS_FILE}: ${response.status}`);
    const text = await facetText(new Uint8Array(await response.arrayBuffer()));
    const table = JSON.parse(text) as CaseIndex & { prefix: string; ids: string; pages: string };
    const items = decodeCaseIndex(table);
    const ids = table.ids.split(',').map((id) => table.prefix + id);
    const infos = decodePageInfos(table.pages);
    const years = table.facets.find((f) => f.key === 'year')?.values ?? [];
    const values = new Map(ids.map((id, i) => [id, items[i] ?? {}]));
    const pages = new Map(ids.flatMap((id, i) => (infos[i] ? [[id, infos[i]] as const] : [])));
    const yearRank = new Map(
      ids.flatMap((id, i) => {
        const year = items[i]?.['year']?.[0];
        return year === undefined ? [] : [[id, years.indexOf(year)] as const];
      }),
    );
    return { values, yearRank, pages };
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
  const result = resultObjects.get(match.id);
  if (!result) throw new Error(`no result object for ${match.id}`);
  const d = await result.data();
  const meta = (key: string) => d.meta[key];
  const title = meta('title') ?? d.url;
  const glossary = d.url.includes('#');
  const content = d.content.replace(glossary ? /$^/ : ALIASES, '');
  // The page text starts with its title (spacing normalised by Pagefind): the excerpt skips it.
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
  const [match, index] = await Promise.all([timed('match', matchQuery(query, postings)), timed('facets', facets())]);
  const tier = match.full.length ? match.full : match.partial;
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
  const valuesOf = (m: PageMatch) => index.values.get(m.id) ?? {};
  const kept = filterBySelection(tier, valuesOf, request.selection);
  const counts = countFacets(tier, valuesOf, request.selection, Object.keys(allowed));
  const scored = rankMatches(kept, (id) => index.pages.get(id));
  let ids = scored.map((x) => x.id);
  if (request.sort === 'newest') {
    // Newest first; pages without a year (dimensions, terms…) after, by relevance (a stable sort).
    const rank = (id: string) => index.yearRank.get(id) ?? Number.MAX_SAFE_INTEGER;
    ids = [...ids].sort((a, b) => rank(a) - rank(b));
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
