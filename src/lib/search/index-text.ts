/**
 * The text the search index is built from, and the way back (build time only: the search page never
 * loads this module).
 *
 * In index text every Han character stands as a word of its own together with the character after
 * it (现代学徒制 → 现代 代学 学徒 徒制 制: `indexText`), and words are split at spaces only. Each
 * position still holds one character, so a phrase matches exactly where its characters stand next to
 * each other (tokens.ts); but a lookup of a pair (现代) answers for two characters at once, and a
 * lookup of one character is a prefix lookup over the pairs it starts (学 → 学徒, 学院 …). A
 * five-character term then needs three lookups, not five, and each lookup costs one shard of the
 * index (docs/search.md, "Bytes"). The page text a result shows is the index text read back
 * (`readIndexText`). extract.ts makes index text of a page's markup.
 */
import { isHan } from './tokens.ts';

/** Marks inside a run of letters or digits (1+X, AI-ready): split off, as the query splits them. */
const INNER_MARKS = /(?<=[\p{L}\p{N}\p{M}])[\p{P}\p{S}]+(?=[\p{L}\p{N}\p{M}])/gu;
const HAN_AND_NEXT = /(\p{Script=Han})(?=(\p{Script=Han})?)/gu;
/** Character references in HTML text (&amp;): kept whole, as neither letters nor marks. */
const ENTITY = /&#?[A-Za-z0-9]+;/g;
const HOLE = '\uE000';

/**
 * Text as the indexer should see it: each Han character as a word together with the next one when
 * that is a Han character too (`next`: the text that follows, across a tag), and marks inside a run
 * of letters or digits as words of their own. Never written to a page.
 */
export function indexText(text: string, next = ''): string {
  const entities: string[] = [];
  const masked = text.replace(ENTITY, (entity) => {
    entities.push(entity);
    return HOLE;
  });
  const tail = /^\p{Script=Han}/u.exec(next)?.[0] ?? '';
  const encoded = (masked.replace(INNER_MARKS, ' $& ') + tail).replace(
    HAN_AND_NEXT,
    (_, c: string, after = '') => ` ${c}${after} `,
  );
  return (tail ? encoded.slice(0, -` ${tail} `.length) : encoded).replace(/\uE000/g, () => entities.shift() ?? '');
}

/** Characters that take no space beside them when the index text is read back. */
const TIGHT = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018\u2019\u201C\u201D\u2014\u2026\u00B7]/u;
const SPLIT_MARKS = /([\p{L}\p{N}\p{M}]) ([\p{P}\p{S}]+) (?=[\p{L}\p{N}\p{M}])/gu;

/**
 * Index text (spaces collapsed) read back as plain text: each pair gives its
 * first character (the next word repeats the second), and no space stands beside a Han character or
 * Chinese punctuation. Spaces the page had there are lost, which Chinese text does not miss.
 * Linear in the text: only the last character written is looked at (a test of the whole text so far
 * made this quadratic, 7 ms a page and half the index step at 2,000 cases).
 */
export function readIndexText(stored: string): string {
  const out: string[] = [];
  let last = '';
  for (const word of stored.split(/\s+/)) {
    if (!word) continue;
    const chars = [...word];
    const text = chars.length === 2 && chars.every(isHan) ? (chars[0] ?? '') : word;
    const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
    if (last && !TIGHT.test(last) && !TIGHT.test(first)) out.push(' ');
    out.push(text);
    last = [...text].at(-1) ?? '';
  }
  return out.join('').replace(SPLIT_MARKS, '$1$2');
}
