/**
 * Queries that name a law or a policy document — by its title, a short form of it (职业教育法,
 * 职教法), or its document number (国发〔2019〕4号, typed with any brackets) — with or without an
 * article (第三十条, 第30条). The search answers them with the document's own page first and then the
 * pages citing that article (search-engine.ts). The index script writes each policy's names,
 * number and page row into the facet table (policyRefs); this module finds a reference in a query.
 * Pure; tests beside it.
 */
import { aliasesOf } from './vocabulary.ts';

/** What the facet table records of a policy page. */
export interface PolicyRef {
  /** The page's row (its page number in the index). */
  readonly row: number;
  /** Names readers use for it, longest first: the title and its short forms. */
  readonly names: readonly string[];
  /** Its document number, if it has one. */
  readonly number?: string;
}

/** A policy entry, as the index script reads it from content. */
export interface PolicyEntry {
  readonly id: string;
  readonly title: string;
  readonly docNumber?: string | undefined;
}

/**
 * The facet table's policy records: each policy's names and number, at its page's row. A policy
 * whose page is not in the index (a site indexed in part, as the indexer's tests do) has none;
 * tests/e2e/policy-search.spec.ts holds the built site to finding its policies.
 */
export function policyRefs(entries: readonly PolicyEntry[], rowOf: (url: string) => number | undefined): PolicyRef[] {
  return entries.flatMap((e) => {
    const row = rowOf(`/policies/${e.id}/`);
    return row === undefined
      ? []
      : [{ row, names: policyNames(e.title), ...(e.docNumber ? { number: e.docNumber } : {}) }];
  });
}

/** What a query names. */
export interface PolicyQuery {
  readonly row: number;
  /** The article, in Chinese numerals as the site writes them (第三十条). */
  readonly article: string | undefined;
  /** Whether the query says nothing else (only the reference, an article and words like 全文). */
  readonly alone: boolean;
}

const BRACKETS = /[〔〕[\]［］()（）【】{}<>《》“”"'‘’\s]/gu;
/** Normalises text for comparing names and numbers: width, case, brackets, spaces and 的 dropped. */
export const foldRef = (text: string) => text.normalize('NFKC').toLowerCase().replace(BRACKETS, '');

/** Words that ask for the document itself, not something else about it. */
const ABOUT =
  /^(?:的|全文|原文|条文|条款|内容|规定|要求|解读|是什么|说了什么|讲了什么|怎么说|有哪些|哪些|主要|文件|政策)*$/u;

const DIGITS = '零一二三四五六七八九';

/** An article number in Chinese numerals as laws write them: 30 → 三十, 45 → 四十五, 105 → 一百零五. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const tail =
    rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest);
  return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
}

const ARTICLE = /第\s*([0-9]+|[零〇一二三四五六七八九十百]+)\s*条/u;

/**
 * The short forms of a policy title readers type: without 中华人民共和国 and a bracketed note
 * (中华人民共和国职业教育法（2022 年修订） → 职业教育法), without the issuer before 关于
 * (国务院办公厅关于深化产教融合的若干意见 → 深化产教融合的若干意见), and the vocabulary's aliases.
 */
export function policyNames(title: string): string[] {
  const names = new Set<string>([title]);
  const bare = title.replace(/^中华人民共和国/u, '').replace(/[（(][^）)]*[）)]\s*$/u, '');
  names.add(bare);
  const about = bare.indexOf('关于');
  if (about > 0) names.add(bare.slice(about + 2));
  for (const name of [...names]) for (const alias of aliasesOf(name)) names.add(alias);
  return [...names].filter((n) => foldRef(n).length >= 3).sort((a, b) => b.length - a.length);
}

/** The policy a query names, if any, with the article it asks for. */
export function findPolicyReference(query: string, refs: readonly PolicyRef[]): PolicyQuery | undefined {
  const text = foldRef(query);
  let best: { ref: PolicyRef; at: number; length: number } | undefined;
  for (const ref of refs) {
    for (const folded of [...(ref.number ? [ref.number] : []), ...ref.names].map(foldRef)) {
      const at = text.indexOf(folded);
      if (at >= 0 && (!best || folded.length > best.length)) best = { ref, at, length: folded.length };
    }
  }
  if (!best) return undefined;
  const rest = text.slice(0, best.at) + text.slice(best.at + best.length);
  const match = ARTICLE.exec(rest);
  const raw = match?.[1];
  const article =
    raw === undefined ? undefined : `第${/^\d+$/.test(raw) ? chineseNumber(Number(raw)) : raw.replace(/〇/g, '零')}条`;
  const other = match ? rest.replace(match[0], '') : rest;
  return { row: best.ref.row, article, alone: ABOUT.test(other) };
}
