/**
 * The two text helpers the search page needs before any search runs — normalising what was typed
 * and turning an excerpt into safe parts — kept apart from the query parser so the page can load
 * them without the parser, the vocabulary and the matcher.
 */

/** Longest query we look at; the input box says so too. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The query as we treat it: Unicode-normalised (full-width letters and digits become ASCII),
 * control characters removed, whitespace collapsed, cut to {@link MAX_QUERY_LENGTH} characters.
 */
export function normaliseQuery(raw: string): string {
  return [
    ...raw
      .normalize('NFKC')
      .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, MAX_QUERY_LENGTH)
    .join('')
    .trim();
}

/** A piece of an excerpt: plain text, or text Pagefind marked as matching. */
export interface ExcerptPart {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * A regular-expression source for tokens in order (from tokens.ts): the characters of a
 * token adjacent, and up to `gap` punctuation marks, symbols or spaces between two tokens — a
 * page's “双师型”教师 for the tokens of 双师型教师 (gap 2). Whitespace is always allowed.
 */
export function phrasePattern(tokens: readonly string[], gap = 2): string {
  const between = gap > 0 ? `[\\p{P}\\p{S}\\s]{0,${gap}}` : '\\s*';
  return tokens.map((t) => [...t].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('')).join(between);
}

/**
 * An excerpt of `content` around where the phrases occur, with every occurrence marked — our own,
 * because Pagefind's exact mode centres its excerpt on one occurrence it picks, often in a page's
 * fact list. The first occurrence after `skip` characters (the title, shown anyway) is preferred.
 * Returns undefined when no phrase occurs (the caller falls back to Pagefind's excerpt).
 */
export function excerptAround(
  content: string,
  phrases: readonly (readonly string[])[],
  skip = 0,
  length = 96,
): ExcerptPart[] | undefined {
  const usable = phrases.filter((p) => p.length > 0);
  if (!usable.length) return undefined;
  const pattern = new RegExp(usable.map((p) => phrasePattern(p)).join('|'), 'giu');
  const text = content.replace(/\s+/g, ' ');
  const ranges = [...text.matchAll(pattern)]
    .filter((m) => m[0].length > 0)
    .map((m) => [m.index, m.index + m[0].length] as const);
  const first = ranges.find(([start]) => start >= skip) ?? ranges[0];
  if (!first) return undefined;
  const floor = first[0] >= skip ? skip : 0;
  const start = Math.max(floor, Math.min(first[0] - 24, text.length - length), 0);
  const end = Math.min(text.length, start + length);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, at);
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    if (Math.min(e, end) > from) parts.push({ text: text.slice(from, Math.min(e, end)), mark: true });
    at = Math.max(at, Math.min(e, end));
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts.reduce<ExcerptPart[]>((out, part) => {
    const prev = out.at(-1);
    if (prev && prev.mark === part.mark) out[out.length - 1] = { text: prev.text + part.text, mark: part.mark };
    else out.push(part);
    return out;
  }, []);
}
