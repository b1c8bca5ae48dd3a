/**
 * The fallback when the phrase steps (match.ts) find little: the query as a bag of its words — the
 * pairs of characters it is made of, and its other tokens — scored page by page in the manner of
 * BM25, so that two words a page uses in different sentences still find it. Rare words weigh more
 * than common ones (inverse document frequency from how many pages hold each pair), a word's
 * occurrences saturate, long pages are damped, and occurrences in the title and the lead count
 * extra. A page qualifies only if the words it holds cover enough of the query's content
 * characters: a question whose subject is not on the site (学生食堂怎么承包) finds nothing, however
 * many of its common words (学生) are everywhere.
 *
 * Pure: the postings (where each key stands) and the page infos (rank.ts) are passed in.
 */
import { isHan } from './tokens.ts';
import type { ParsedQuery } from './query.ts';
import type { PageMatch, Postings, TokenPositions } from './match.ts';
import type { PageInfo } from './rank.ts';

/**
 * Characters that carry no subject in a reader's question, and the question phrases made of
 * characters that elsewhere do (多久, 可以). A content character of the query is any other Han
 * character, or any other token. Only the share of content characters covered decides whether a
 * page qualifies; pairs with a function character are not looked up (each lookup may cost an index chunk).
 */
export const FUNCTION_CHARACTERS = new Set([
  ...'的了吗呢吧啊呀和与及或是在去要把被给让从到向跟都也就还又很该得地着过么怎什哪谁几啥咋我你他她它们这那些',
]);
export const FUNCTION_WORDS = [
  '多长时间',
  '多久',
  '多少',
  '可以',
  '能不能',
  '有没有',
  '要不要',
  '是不是',
  '需不需要',
  '一般',
  '应该',
  '需要',
  '有哪些',
  '有什么',
  '请问',
  '会不会',
];

/** Per token of a segment, whether it is a function character or part of a function word. */
function functionMask(segment: readonly string[]): boolean[] {
  const mask = segment.map((t) => isHan(t) && FUNCTION_CHARACTERS.has(t));
  const text = segment.join('');
  if (text.length !== segment.length) return mask;
  for (const word of FUNCTION_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (let k = at; k < at + word.length; k++) mask[k] = true;
    }
  }
  return mask;
}

/** The constants of the fallback, chosen on the tuning batch of the blind set only. */
export const COVERAGE = {
  /** BM25's saturation and length normalisation. */
  k1: 1.2,
  b: 0.75,
  /** Extra occurrences counted for a word in the title, and in the lead. */
  title: 3,
  lead: 1,
  /** Tokens after the title that count as the lead. */
  leadLength: 80,
  /**
   * Words not looked up by the phrase steps cost an index chunk each, at most this many of them: a
   * long question would otherwise fetch a chunk per pair of its characters.
   */
  maxNew: 4,
  /** A page must cover at least this share of the query's content characters. */
  minShare: 0.6,
  /**
   * Queries with fewer content characters are left to the phrase steps: a short query is one word,
   * and two of its three characters (电站 of 核电站) are another word.
   */
  minContent: 4,
  /**
   * The fallback runs when the phrase steps give no complete match, or, for a query of several
   * terms, fewer than this (one term found whole is what was asked; several terms found together
   * on one page may be chance).
   */
  few: 3,
} as const;

/** One word of the query: a lookup key and the query characters it stands for. */
export interface Unit {
  readonly key: string;
  /** Indices into the query's characters. */
  readonly chars: readonly number[];
  /** The tokens, for marking the excerpt. */
  readonly tokens: readonly string[];
}

/** The query's words and how many of its characters carry content. */
export interface Bag {
  readonly units: readonly Unit[];
  /** Indices of the content characters (tokens) of the query. */
  readonly content: readonly number[];
}

/** The words of a parsed query: every pair of adjacent Han characters in a segment, every other token. */
export function bagOf(query: ParsedQuery): Bag {
  const units: Unit[] = [];
  const content: number[] = [];
  let base = 0;
  const seen = new Set<string>();
  for (const term of query.terms) {
    for (const segment of term.segments) {
      const fn = functionMask(segment);
      for (const [i, token] of segment.entries()) {
        const at = base + i;
        if (!fn[i]) content.push(at);
        const next = segment[i + 1];
        if (isHan(token)) {
          if (next !== undefined && isHan(next) && !fn[i] && !fn[i + 1]) {
            const key = token + next;
            if (!seen.has(key)) units.push({ key, chars: [at, at + 1], tokens: [token, next] });
            seen.add(key);
          }
        } else if (!seen.has(token)) {
          units.push({ key: token, chars: [at], tokens: [token] });
          seen.add(token);
        }
      }
      base += segment.length;
    }
  }
  return { units, content };
}

/**
 * Where the words stand: first those already looked up (free), then up to `maxNew` others, each
 * placing the most characters that no word found or chosen so far places.
 */
async function lookUp(units: readonly Unit[], postings: Postings, loaded: (key: string) => boolean, maxNew: number) {
  const found: { unit: Unit; at: TokenPositions }[] = [];
  for (const unit of units.filter((u) => loaded(u.key))) found.push({ unit, at: await postings(unit.key) });
  const placed = new Set(found.filter((f) => f.at.size).flatMap((f) => f.unit.chars));
  // Greedily, the word placing the most characters not yet placed (a word, not a junction of two).
  const wanted: Unit[] = [];
  let left = units.filter((u) => !loaded(u.key));
  while (wanted.length < maxNew) {
    const gain = (u: Unit) => u.chars.filter((c) => !placed.has(c)).length;
    const best = left.reduce<Unit | undefined>((a, u) => (gain(u) > (a ? gain(a) : 0) ? u : a), undefined);
    if (!best) break;
    wanted.push(best);
    for (const c of best.chars) placed.add(c);
    left = left.filter((u) => u !== best);
  }
  found.push(...(await Promise.all(wanted.map(async (unit) => ({ unit, at: await postings(unit.key) })))));
  return found;
}

/** What the scorer knows about the site: how many pages, and each page's infos. */
export interface SiteStats {
  readonly pages: number;
  readonly info: (id: string) => PageInfo | undefined;
}

export interface Scored {
  readonly id: string;
  readonly score: number;
  /** Share of the query's content characters the page holds words for. */
  readonly share: number;
  readonly match: PageMatch;
}

/**
 * Pages scored by the words of the query they hold, best first; only pages covering at least
 * `minShare` of the content characters. Looks up each word once (through `postings`).
 */
export async function coverageMatch(
  query: ParsedQuery,
  postings: Postings,
  stats: SiteStats,
  constants: { readonly [K in keyof typeof COVERAGE]: number } = COVERAGE,
  loaded: (key: string) => boolean = () => true,
): Promise<Scored[]> {
  // A quoted term asks for the words as written: no fallback.
  if (query.terms.some((t) => t.quoted)) return [];
  const { units, content } = bagOf(query);
  if (!units.length || content.length < constants.minContent) return [];
  const found = await lookUp(units, postings, loaded, constants.maxNew);
  const contentSet = new Set(content);
  const pages = new Set(found.flatMap((f) => [...f.at.keys()]));
  let total = 0;
  let counted = 0;
  for (const id of pages) {
    const words = stats.info(id)?.words;
    if (words) {
      total += words;
      counted++;
    }
  }
  const average = counted ? total / counted : 1;
  const out: Scored[] = [];
  for (const id of pages) {
    const info = stats.info(id);
    const covered = new Set<number>();
    const phrases: string[][] = [];
    let score = 0;
    for (const { unit, at } of found) {
      const positions = at.get(id);
      if (!positions?.length) continue;
      for (const c of unit.chars) if (contentSet.has(c)) covered.add(c);
      phrases.push([...unit.tokens]);
      const df = at.size;
      const idf = Math.log(1 + (stats.pages - df + 0.5) / (df + 0.5));
      let tf = positions.length;
      if (info) {
        const titleEnd = info.titleStart + info.titleLength;
        const length = unit.tokens.length;
        tf += constants.title * positions.filter((p) => p >= info.titleStart && p + length <= titleEnd).length;
        tf += constants.lead * positions.filter((p) => p >= titleEnd && p < titleEnd + constants.leadLength).length;
      }
      const norm = 1 - constants.b + constants.b * ((info?.words ?? average) / average);
      score += (idf * tf * (constants.k1 + 1)) / (tf + constants.k1 * norm);
    }
    const share = covered.size / content.length;
    if (share < constants.minShare) continue;
    out.push({
      id,
      score: score * share,
      share,
      match: {
        id,
        terms: [{ kind: 'cover', literal: true, cover: share, at: [], length: 0, span: Infinity, phrases }],
      },
    });
  }
  return out.sort((a, b) => b.score - a.score || Number(a.id) - Number(b.id));
}
