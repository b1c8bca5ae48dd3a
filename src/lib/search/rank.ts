/**
 * Orders matched pages, from what the match says and from a few numbers per page: where the title
 * stands (the index script writes it into the facet table) and how long the page is (the index's meta
 * file) — so the whole ranking is known before any page's data is downloaded.
 *
 * The constants were chosen on the tuning half of the relevance suite only
 * (tests/e2e/search-suite.ts, odd ids); the check half (even ids) must pass with them unchanged.
 */
import type { PageMatch, TermHit } from './match.ts';

/** What the ranking knows about a page without loading it (token positions, as the index counts them). */
export interface PageInfo {
  /** Position of the title's first token in the page's text. */
  readonly titleStart: number;
  /** Tokens in the title. */
  readonly titleLength: number;
  /** Tokens on the page. */
  readonly words: number;
}

/** The ranking constants (see the module comment for how they were chosen). */
export const RANK = {
  /** Per term, by how it matched. */
  exact: 10,
  alternative: 8,
  typo: 7,
  /** A `cover` match scores this times its share of the term, minus `coverPenalty`. */
  cover: 10,
  coverPenalty: 3,
  /** The `cover` words stand within a short stretch. */
  near: 3,
  /** The term stands in the title; the title is the term. */
  title: 12,
  titleEqual: 8,
  /** The term stands in the first positions after the title (the lead). */
  lead: 3,
  leadLength: 80,
  /** Occurrences: `frequency × log2(1 + count)`, capped, damped on long pages. */
  frequency: 2,
  frequencyCap: 4,
  longPage: 4000,
} as const;

function termScore(hit: TermHit, info: PageInfo | undefined): number {
  let score =
    hit.kind === 'exact'
      ? hit.literal
        ? RANK.exact
        : RANK.alternative
      : hit.kind === 'typo'
        ? RANK.typo
        : RANK.cover * hit.cover - RANK.coverPenalty;
  if (hit.kind === 'cover' && hit.span <= 2 * hit.length + 8) score += RANK.near;
  const count = hit.at.length;
  const damp = info ? 1 / (1 + info.words / RANK.longPage) : 1;
  score += RANK.frequency * Math.min(RANK.frequencyCap, Math.log2(1 + count)) * damp;
  if (!info) return score;
  const titleEnd = info.titleStart + info.titleLength;
  const inTitle = hit.at.some((p) => p >= info.titleStart && p + hit.length <= titleEnd);
  if (inTitle) {
    score += RANK.title;
    if (hit.kind !== 'cover' && hit.length >= info.titleLength) score += RANK.titleEqual;
  } else if (hit.at.some((p) => p >= titleEnd && p < titleEnd + RANK.leadLength)) score += RANK.lead;
  return score;
}

/** A page's score for the query: the sum over the terms it matches. */
export function pageScore(match: PageMatch, info: PageInfo | undefined): number {
  return match.terms.reduce((sum, hit) => sum + (hit ? termScore(hit, info) : 0), 0);
}

/** Orders matches by score, best first; ties keep their order. */
export function rankMatches(
  matches: readonly PageMatch[],
  info: (id: string) => PageInfo | undefined,
): { id: string; score: number }[] {
  return matches.map((m) => ({ id: m.id, score: pageScore(m, info(m.id)) })).sort((a, b) => b.score - a.score);
}

/** Where each page's title stands, a few characters a page: base-36 start.length, comma-separated. */
export function encodePageInfos(infos: readonly Pick<PageInfo, 'titleStart' | 'titleLength'>[]): string {
  return infos.map((i) => [i.titleStart, i.titleLength].map((n) => n.toString(36)).join('.')).join(',');
}

/** The inverse of {@link encodePageInfos}, with each page's word count (the index's meta file has them). */
export function decodePageInfos(text: string, words: readonly number[]): PageInfo[] {
  return text.split(',').map((part, i) => {
    const [titleStart = 0, titleLength = 0] = part.split('.').map((n) => parseInt(n, 36));
    return { titleStart, titleLength, words: words[i] ?? 0 };
  });
}
