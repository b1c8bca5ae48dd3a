/**
 * What the search index records about an entry besides its text: its type, the facet values the
 * search filters on (ids from enums.ts), the year it sorts by, and the title and summary a result
 * shows. SearchMeta.astro prints these as data-pagefind-* attributes (read by the site's indexer,
 * src/lib/search/extract.ts, and by stock Pagefind); the glossary records (indexer.ts) use the
 * same names.
 */
import { CONTENT_TYPES, labelOf, type ContentType } from '../enums.ts';
import { indexText } from './index-text.ts';
import { aliasesOf } from './vocabulary.ts';
import { t } from '../../i18n/index.ts';

/** Facets the search page filters on, in display order (data-pagefind-filter names). */
export const SEARCH_FACETS = ['type', 'dimension', 'industry', 'region', 'model', 'audience'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

interface Ref {
  id: string;
}

/** The entries that have pages of their own, as far as search needs to know them. */
export type SearchEntry =
  | { collection: 'dimensions'; id: string; data: { name: string; summary: string; aliases?: readonly string[] } }
  | {
      collection: 'problems' | 'strategies';
      id: string;
      data: { name: string; summary: string; dimensions: Ref[]; aliases?: readonly string[] };
    }
  | {
      collection: 'cases';
      id: string;
      data: {
        title: string;
        summary: string;
        industry: string;
        region: string;
        model: string;
        year: number;
        dimensions: Ref[];
      };
    }
  | { collection: 'policies'; id: string; data: { title: string; summary: string; date: string } }
  | { collection: 'guides'; id: string; data: { title: string; summary: string; audience: string } };

export interface SearchFields {
  type: ContentType;
  typeLabel: string;
  title: string;
  summary: string;
  /** Filters (data-pagefind-filter): name and value, one pair per value. */
  filters: [SearchFacet, string][];
  /** Sort key (cases: their year; policies: the year of the document). */
  year?: number | undefined;
  /** Readers' words for the title (同义表达), indexed with the page and shown nowhere. */
  aliases: readonly string[];
}

const TYPE_OF: Record<SearchEntry['collection'], ContentType> = {
  dimensions: 'dimension',
  problems: 'problem',
  strategies: 'strategy',
  cases: 'case',
  policies: 'policy',
  guides: 'guide',
};

/**
 * The search fields of an entry. `dimensions` overrides the dimension filter where the link runs
 * the other way (a policy is cited by dimensions; it does not name them).
 */
export function searchFields(entry: SearchEntry, dimensions?: readonly string[]): SearchFields {
  const type = TYPE_OF[entry.collection];
  const aliases = 'aliases' in entry.data ? (entry.data.aliases ?? []) : [];
  const base = { type, typeLabel: labelOf(CONTENT_TYPES, type), summary: entry.data.summary, aliases };
  const dims = (ids: readonly string[]): [SearchFacet, string][] => ids.map((id) => ['dimension', id]);
  switch (entry.collection) {
    case 'dimensions':
      return { ...base, title: entry.data.name, filters: [['type', type], ...dims(dimensions ?? [entry.id])] };
    case 'problems':
    case 'strategies':
      return {
        ...base,
        title: entry.data.name,
        filters: [['type', type], ...dims(dimensions ?? entry.data.dimensions.map((d) => d.id))],
      };
    case 'cases': {
      const d = entry.data;
      return {
        ...base,
        title: d.title,
        year: d.year,
        filters: [
          ['type', type],
          ...dims(dimensions ?? d.dimensions.map((x) => x.id)),
          ['industry', d.industry],
          ['region', d.region],
          ['model', d.model],
        ],
      };
    }
    case 'policies':
      return {
        ...base,
        title: entry.data.title,
        year: Number(entry.data.date.slice(0, 4)),
        filters: [['type', type], ...dims(dimensions ?? [])],
      };
    case 'guides':
      return {
        ...base,
        title: entry.data.title,
        filters: [
          ['type', type],
          ['audience', entry.data.audience],
        ],
      };
  }
}

/** A glossary term as the index script reads it from its file. */
export interface GlossaryEntry {
  id: string;
  data: { term: string; english?: string | undefined; definition: string; dimensions?: readonly string[] | undefined };
}

/**
 * The search record of a glossary term (terms have no page of their own): its URL on the glossary,
 * its text with the aliases readers use for it, and type 术语 — tokens marked like every page.
 */
export function glossarySearchRecord(entry: GlossaryEntry) {
  const { term, english, definition, dimensions = [] } = entry.data;
  const aliases = aliasesOf(term);
  const text = [
    term,
    english,
    aliases.length ? `${t('search.aliases')}：${aliases.join('、')}` : undefined,
    definition,
  ];
  return {
    url: `/glossary/#${entry.id}`,
    content: indexText(text.filter(Boolean).join('。')),
    meta: {
      title: indexText(term),
      type: indexText(labelOf(CONTENT_TYPES, 'term')),
      summary: indexText(definition),
    },
    filters: { type: ['term'], dimension: [...dimensions] },
  };
}
