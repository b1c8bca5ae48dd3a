/**
 * Pagefind's fragment files, read in one place (the index script, the dist tests): a fragment is
 * gzip of the signature `pagefind_dcd` (12 bytes) followed by JSON — one page, or on large sites an
 * object of pages keyed by page hash. Also what the ranking needs of a page (see rank.ts), counted
 * the way Pagefind counts word positions: every run between spaces, punctuation too.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PageInfo } from './rank.ts';
import { readIndexText } from './index-text.ts';
import { pagefindJson, SIGNATURE } from './pagefind-format.ts';

/** The part of a fragment this site reads. */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** The pages in a fragment file, as [page hash or file id, fragment] pairs. */
export function readFragments(id: string, gzipped: Uint8Array): [string, Fragment][] {
  const data = pagefindJson(id, gunzipSync(gzipped)) as Fragment | Record<string, Fragment>;
  return 'url' in data && typeof data.url === 'string'
    ? [[id, data as Fragment]]
    : Object.entries(data as Record<string, Fragment>);
}

/** A fragment file holding `data` (one page, or pages keyed by hash), as Pagefind writes it. */
export function writeFragment(data: Fragment | Record<string, Fragment>): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(JSON.stringify(data))]), { level: 9 });
}

/**
 * A fragment read back as plain text (search/tokens.ts, `readIndexText`): Pagefind stores the text
 * it was given, in which every Han character stands with the next one. Positions are not affected:
 * the index chunks are already written.
 */
export function asPlainText(fragment: Fragment): Fragment {
  return {
    ...fragment,
    content: readIndexText(fragment.content),
    meta: Object.fromEntries(
      Object.entries(fragment.meta).map(([k, v]) => [k, v === undefined ? v : readIndexText(v)]),
    ),
    filters: Object.fromEntries(Object.entries(fragment.filters).map(([k, v]) => [k, v?.map(readIndexText)])),
  };
}

/** Text split into Pagefind's word positions. */
export function positionsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** A word as the index holds it: Pagefind drops the punctuation at its edges (合成案例12. → 12). */
const bare = (word: string | undefined) => word?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();

/**
 * Where the title stands in the page text and how long the page is, in word positions. Words are
 * compared bare: the text glues the block's closing mark to the title's last word. A title the text
 * does not hold gets length 0 (no title bonus; tests/dist/search.test.ts refuses it).
 */
export function pageInfo(fragment: Fragment): PageInfo {
  const words = positionsOf(fragment.content);
  const title = positionsOf(fragment.meta['title'] ?? '').map(bare);
  const found = words.findIndex((_, i) => title.every((w, k) => bare(words[i + k]) === w));
  return found < 0 || !title.length
    ? { titleStart: 0, titleLength: 0, words: fragment.word_count }
    : { titleStart: found, titleLength: title.length, words: fragment.word_count };
}
