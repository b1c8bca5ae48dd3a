/**
 * Loads every collection once and exposes the entries with their computed relations. Pages import
 * from here rather than calling getCollection() themselves, so orderings and relations agree
 * across the site.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { invert, publicFirst } from '../lib/relations.ts';
import { filing } from '../lib/config/filing.ts';
import { cacheKey } from '../lib/cache-key.ts';

export type Dimension = CollectionEntry<'dimensions'>;
export type Problem = CollectionEntry<'problems'>;
export type Strategy = CollectionEntry<'strategies'>;
export type Case = CollectionEntry<'cases'>;
export type Policy = CollectionEntry<'policies'>;
export type Term = CollectionEntry<'glossary'>;
export type Guide = CollectionEntry<'guides'>;
export type Template = CollectionEntry<'templates'>;

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

export const dimensions: Dimension[] = (await getCollection('dimensions')).sort(byOrder);
export const problems: Problem[] = (await getCollection('problems')).sort(byOrder);
export const strategies: Strategy[] = (await getCollection('strategies')).sort(byOrder);
/** Cases: public ones first (readers look for precedents they can name), then newest first. */
export const cases: Case[] = (await getCollection('cases')).sort(publicFirst);
export const policies: Policy[] = (await getCollection('policies')).sort(
  (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
);
export const glossary: Term[] = (await getCollection('glossary')).sort((a, b) =>
  a.data.pinyin.localeCompare(b.data.pinyin),
);
export const guides: Guide[] = (await getCollection('guides')).sort(byOrder);
export const templates: Template[] = (await getCollection('templates')).sort(byOrder);

/** Reverse relations, computed once. */
export const relations = {
  casesByDimension: invert(cases, (d) => d.dimensions),
  casesByStrategy: invert(cases, (d) => d.strategies),
  casesByProblem: invert(cases, (d) => d.problems),
  problemsByDimension: invert(problems, (d) => d.dimensions),
  strategiesByDimension: invert(strategies, (d) => d.dimensions),
  strategiesByProblem: invert(strategies, (d) => d.addresses),
  dimensionsByPolicy: invert(dimensions, (d) => d.policies.map((p) => p.policy)),
  termsByDimension: invert(glossary, (d) => d.dimensions),
  templatesByDimension: invert(templates, (d) => d.dimensions),
};

function index<T extends { id: string }>(list: readonly T[]): (id: string) => T {
  const map = new Map(list.map((e) => [e.id, e]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`No entry "${id}" (known: ${[...map.keys()].join(', ')})`);
    return found;
  };
}

export const getDimension = index(dimensions);
export const getProblem = index(problems);
export const getStrategy = index(strategies);
export const getCase = index(cases);
export const getPolicy = index(policies);
export const getTerm = index(glossary);
export const getGuide = index(guides);
export const getTemplate = index(templates);

/**
 * What every case page shows of the other collections (names and links of dimensions, strategies,
 * problems, policies, terms, guides and templates in its body, links and navigation), as one
 * digest: part of each case page's cache key (src/pages/cases/[id].astro). The footer's filing
 * numbers come from the build's environment, not from Astro's config, so they are part of it too.
 */
export const sharedKey = cacheKey(
  [dimensions, problems, strategies, policies, glossary, guides, templates].map((list) =>
    list.map((e) => [e.id, e.data, e.body]),
  ),
  filing,
);
