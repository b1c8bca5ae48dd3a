/**
 * The case browser's data, computed once per build: the compact facet index (/cases/facets.json),
 * the card shards (/cases/data/<n>.json) and the counts printed on /cases/ before any script runs.
 * The browser downloads the index (a few characters per case) and only the shards of the page of
 * results it shows — never every case.
 */
import { INDUSTRIES, MODELS, PROVENANCE_KINDS, REGIONS } from '../lib/enums.ts';
import {
  countFacets,
  encodeCaseIndex,
  enumFacet,
  type CardRow,
  type FacetValues,
  type IndexFacet,
} from '../lib/facets.ts';
import { casePool, type PoolRow } from '../lib/assess/similar-cases.ts';
import { cases, dimensions } from './content.ts';
import { CASES_PER_PAGE } from './case-pages.ts';

/** The case facets, in the order the filters show them. */
export const CASE_FACETS: readonly IndexFacet[] = [
  enumFacet('source', PROVENANCE_KINDS),
  { key: 'dimension', multi: true, values: dimensions.map((d) => d.id), labels: dimensions.map((d) => d.data.name) },
  enumFacet('industry', INDUSTRIES),
  enumFacet('region', REGIONS),
  enumFacet('model', MODELS),
  (() => {
    const years = [...new Set(cases.map((c) => String(c.data.year)))].sort((a, b) => b.localeCompare(a));
    return { key: 'year', multi: false, values: years, labels: years };
  })(),
];

/** Each case's facet values, in listing order (newest first). */
export const caseFacetValues: FacetValues[] = cases.map((c) => ({
  source: [c.data.provenance.kind],
  dimension: c.data.dimensions.map((d) => d.id),
  industry: [c.data.industry],
  region: [c.data.region],
  model: [c.data.model],
  year: [String(c.data.year)],
}));

/** /cases/facets.json. */
export const caseIndex = encodeCaseIndex(caseFacetValues, CASE_FACETS, CASES_PER_PAGE);

/** Card rows per shard: shard n holds the cases of listing page n + 1. */
export const caseShards: CardRow[][] = Array.from({ length: Math.ceil(cases.length / CASES_PER_PAGE) }, (_, n) =>
  cases.slice(n * CASES_PER_PAGE, (n + 1) * CASES_PER_PAGE).map((c) => [c.id, c.data.title, c.data.summary] as const),
);

/** Counts with nothing selected, printed into the filters so they show before the index loads. */
export const initialCaseCounts = countFacets(
  caseFacetValues,
  (v) => v,
  {},
  CASE_FACETS.map((f) => f.key),
);

/** /assess/cases.json: the cases a self-assessment report can suggest (lib/assess/similar-cases.ts). */
export const similarCasePool: PoolRow[] = casePool(
  cases.map((c) => ({
    industry: c.data.industry,
    model: c.data.model,
    dimensions: c.data.dimensions.map((d) => d.id),
  })),
).map((i) => {
  const c = cases[i];
  if (!c) throw new Error(`case pool: no case ${i}`);
  return [c.id, c.data.title, c.data.industry, c.data.model, c.data.dimensions.map((d) => d.id)] as const;
});
