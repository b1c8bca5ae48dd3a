/**
 * What a reader typed, turned into the terms the search looks for. Pure: the search page and the
 * tests call the same functions.
 *
 * A query is a list of terms. Whitespace and sentence punctuation separate terms; a quoted part
 * (“…”, "…", 「…」) is one term that must appear exactly as written. Inside a term, symbols such as
 * + and · split it into segments that must stand next to each other on the page (1+X证书).
 */
import { tokenize } from './tokens.ts';
import { normaliseQuery } from './text.ts';
import { expandSynonyms } from './vocabulary.ts';
import { chineseNumber } from './policy-ref.ts';

/** Terms beyond this are ignored, so a pasted paragraph cannot stall the page. */
export const MAX_TERMS = 6;
/** Tokens kept per term. */
export const MAX_TERM_TOKENS = 24;

/** One thing the reader is looking for. */
export interface QueryTerm {
  /** The term as typed (normalised), for messages: 没有找到“…”. */
  readonly text: string;
  /** Token runs that must follow each other on the page, a symbol apart at most. */
  readonly segments: readonly (readonly string[])[];
  /** Quoted: matches only as written, never split into smaller pieces. */
  readonly quoted: boolean;
  /** Other wordings searched as well (from the site vocabulary), each as segments. */
  readonly alternatives: readonly (readonly (readonly string[])[])[];
}

export interface ParsedQuery {
  /** The normalised query, as shown back to the reader and kept in the URL. */
  readonly text: string;
  readonly terms: readonly QueryTerm[];
}

/** Question words and particles that say nothing about the subject, trimmed from term edges. */
const STOPWORDS = [
  '为什么',
  '怎么样',
  '怎么',
  '怎样',
  '如何',
  '什么',
  '哪些',
  '哪个',
  '是否',
  '有关',
  '关于',
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '和',
  '与',
  '及',
  '或',
  '是',
  '在',
];

/**
 * Question words inside a run of text: they say nothing about the subject, and a phrase spanning
 * one is on no page (企业参与有什么好处 → 企业参与有 · 好处), so they separate terms.
 */
const QUESTION_WORDS = /为什么|怎么样|怎么|怎样|如何|什么|哪些|哪个|是否/u;

const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』|‘([^’]*)’/g;
/** Separates terms: whitespace and sentence punctuation (not the symbols that join a term). */
const TERM_SEPARATOR = /[\s,，.。;；:：!！?？、()（）[\]【】《》〈〉<>{}|\\/"“”'‘’「」『』…—]+/u;
/** Splits a term into segments that must be adjacent: any other punctuation or symbol. */
const SEGMENT_SEPARATOR = /[\p{P}\p{S}]+/u;

/** Trims question words and particles from both ends of an unquoted Chinese term. */
export function trimStopwords(text: string): string {
  let out = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const word of STOPWORDS) {
      if (out.length > word.length && out.startsWith(word)) {
        out = out.slice(word.length);
        changed = true;
      }
      if (out.length > word.length && out.endsWith(word)) {
        out = out.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return STOPWORDS.includes(out) ? '' : out;
}

function segmentsOf(text: string): string[][] {
  return text
    .split(SEGMENT_SEPARATOR)
    .map((part) => tokenize(part))
    .filter((tokens) => tokens.length > 0);
}

function capTokens(segments: string[][]): string[][] {
  const out: string[][] = [];
  let left = MAX_TERM_TOKENS;
  for (const segment of segments) {
    if (left <= 0) break;
    out.push(segment.slice(0, left));
    left -= segment.length;
  }
  return out;
}

function makeTerm(text: string, quoted: boolean): QueryTerm | undefined {
  const segments = capTokens(segmentsOf(text));
  if (!segments.length) return undefined;
  const alternatives = quoted
    ? []
    : expandSynonyms(text)
        .map((alt) => capTokens(segmentsOf(alt)))
        .filter((s) => s.length > 0);
  return { text, segments, quoted, alternatives };
}

/** Articles as laws and this site write them: 第30条 → 第三十条 (the reader's text is kept as typed). */
export const articleNumerals = (text: string) =>
  text.replace(/第\s*(\d{1,3})\s*条/gu, (_, n: string) => `第${chineseNumber(Number(n))}条`);

/** Parses a query into its terms; an empty list means there is nothing to search for. */
export function parseQuery(raw: string): ParsedQuery {
  const text = normaliseQuery(raw);
  const searched = articleNumerals(text);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm | undefined) => {
    if (!term || terms.length >= MAX_TERMS) return;
    const key = `${term.quoted}:${term.segments.map((s) => s.join(' ')).join('|')}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  let rest = '';
  let last = 0;
  for (const match of searched.matchAll(QUOTED)) {
    rest += ` ${searched.slice(last, match.index)} `;
    last = match.index + match[0].length;
    const inner = match.slice(1).find((g) => g !== undefined) ?? '';
    add(makeTerm(inner.trim(), true));
  }
  rest += ` ${searched.slice(last)}`;
  // An unpaired quote is just punctuation; a question word inside a chunk separates terms too.
  for (const chunk of rest.split(TERM_SEPARATOR).flatMap((c) => c.split(QUESTION_WORDS))) {
    const trimmed = trimStopwords(chunk.trim());
    if (trimmed) add(makeTerm(trimmed, false));
  }
  return { text, terms };
}
