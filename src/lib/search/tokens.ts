/**
 * How text becomes search tokens: the rule a reader's query is cut by (query.ts), and the one the
 * index text is built to agree with (index-text.ts).
 *
 * Pagefind 1.6.0 segments Chinese at index time with its own splitter (jieba) and at query time with
 * the browser's `Intl.Segmenter`; the two often cut a phrase differently (育人目标 is indexed as
 * 育 / 人目 / 标 but queried as 育 / 人 / 目标), so a phrase on the page is not found
 * (CloudCannon/pagefind#1237). We take segmentation away from both: a token is a Han character,
 * or a lower-cased run of other letters or digits, and a phrase matches exactly where its tokens
 * stand next to each other — what a reader means by "contains".
 */

const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;
const HAN = /^\p{Script=Han}$/u;

/** The search tokens of `text`: Han characters one by one, other letter/digit runs lower-cased. */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

/** True when the token is a single Han character. */
export function isHan(token: string): boolean {
  return HAN.test(token);
}
