/**
 * The text the search index is built from, and the way back (build time only: the search page never
 * loads this module).
 *
 * The index is built in a language without segmentation (`INDEX_LANGUAGE`), from text in which every
 * Han character stands as a word of its own together with the character after it (现代学徒制 → 现代
 * 代学 学徒 徒制 制: `indexText`). Each position still holds one character, so a phrase matches exactly
 * where its characters stand next to each other (tokens.ts); but a lookup of a pair (现代) answers for
 * two characters at once, and a lookup of one character is Pagefind's prefix match over the words it
 * starts (学 → 学徒, 学院 …). A five-character term then needs three lookups, not five, and each
 * lookup costs one index chunk of about 30 KB (docs/search.md, "Bytes"). Pagefind stores the text it
 * was given as the page text; the integration reads it back to plain text (`readIndexText`).
 */
import { isHan } from './tokens.ts';

/** Pagefind's language for the index: "no linguistic content", so it splits words at spaces only. */
export const INDEX_LANGUAGE = 'zxx';

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
 * Index text (as Pagefind stores it, spaces collapsed) read back as plain text: each pair gives its
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

/** Tags that mark words inside a sentence, across which a phrase runs on. */
const PHRASING = /^<\/?(a|abbr|b|cite|code|dfn|em|i|kbd|mark|q|s|samp|small|strong|sub|sup|time|u|var)\b/i;

/**
 * The text of an HTML document as the indexer should see it (`indexText`), leaving tags,
 * attributes, scripts and styles alone. Used only on the copy handed to the indexer.
 */
export function indexHtml(html: string): string {
  const parts = html.split(/(<[^>]*>)/);
  const raw = parts.map(() => false);
  let inRaw = false;
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 1) {
      if (/^<(script|style)\b/i.test(part)) inRaw = true;
      else if (/^<\/(script|style)\b/i.test(part)) inRaw = false;
    } else raw[i] = inRaw;
  }
  // The text after each text part, across the tags that mark words inside a sentence (a phrase may
  // run through <b>…</b>) but not across others: a heading's last character stays alone, as it
  // does in the page's title, which Pagefind stores from a <span> of its own (SearchMeta.astro).
  const nextText = parts.map(() => '');
  let following = '';
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      if (!PHRASING.test(part)) following = '';
    } else if (!raw[i]) {
      nextText[i] = following;
      if (part) following = part;
    }
  }
  return parts.map((part, i) => (i % 2 === 1 || raw[i] ? part : indexText(part, nextText[i]))).join('');
}
