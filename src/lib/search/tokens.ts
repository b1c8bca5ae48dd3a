/**
 * How text becomes search tokens — the same rule when the index is built (src/integrations/pagefind.ts)
 * and when a reader searches (the search page), so the two can never disagree.
 *
 * Pagefind 1.6.0 segments Chinese at index time with its own splitter and at query time with the
 * browser's `Intl.Segmenter`; the two often cut a phrase differently (育人目标 is indexed as
 * 育 / 人目 / 标 but queried as 育 / 人 / 目标), so a phrase on the page is not found
 * (CloudCannon/pagefind#1237). We take segmentation away from both: every Han character is a token
 * of its own, and every run of other letters or digits is one lower-cased token. A phrase then
 * matches exactly where its characters stand next to each other — what a reader means by "contains".
 */

/** Zero-width space: Pagefind treats it as a word boundary and strips it from excerpts. */
export const BOUNDARY = '\u200B';

const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;
const HAN = /\p{Script=Han}/gu;
const BOUNDARIES = /\u200B+/g;

/** The search tokens of `text`: Han characters one by one, other letter/digit runs lower-cased. */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

/** True when the token is a single Han character. */
export function isHan(token: string): boolean {
  return /^\p{Script=Han}$/u.test(token);
}

/**
 * Text as the indexer should see it: a boundary on both sides of every Han character, so the
 * indexer's own segmentation has nothing left to decide. Invisible, and never written to a page.
 */
export function markBoundaries(text: string): string {
  return text.replace(HAN, (c) => `${BOUNDARY}${c}${BOUNDARY}`).replace(BOUNDARIES, BOUNDARY);
}

/** Removes the boundaries again (from titles and excerpts Pagefind returns). */
export function stripBoundaries(text: string): string {
  return text.replace(BOUNDARIES, '');
}

/**
 * Marks the boundaries in the text of an HTML document, leaving tags, attributes, scripts and
 * styles alone. Used only on the copy handed to the indexer.
 */
export function markHtmlBoundaries(html: string): string {
  let raw = false;
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 1) {
        if (/^<(script|style)\b/i.test(part)) raw = true;
        else if (/^<\/(script|style)\b/i.test(part)) raw = false;
        return part;
      }
      return raw ? part : markBoundaries(part);
    })
    .join('');
}
