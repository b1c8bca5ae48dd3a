/**
 * What the search index takes from a built page (build time only): the text it indexes, as words
 * at positions, its metadata and its filter values. The page is parsed with a real HTML parser
 * (hast-util-from-html, parse5), and the markup is read as stock Pagefind 1.6.0 reads it, so that
 * the comparison baseline (stock Pagefind over the same pages, tests/e2e/compare.ts) indexes the
 * same content and the positions are those this site's engine was tuned on:
 *
 * - only `[data-pagefind-body]` (BaseLayout's `<main>`) is read; a page without one is not indexed;
 * - `data-pagefind-ignore` (or `="index"`) leaves an element's text out but still reads its
 *   metadata and filters (SearchMeta.astro relies on that); `="all"` leaves everything out;
 * - the elements Pagefind never indexes (nav, form, label, svg, script, style, footer, …) and the
 *   site's own exclusion, `.visually-hidden` (screen-reader text repeats what the page shows);
 * - `data-pagefind-meta="key"` (the element's text), `"key:value"` and `"key[attr]"`;
 *   `data-pagefind-filter` the same way; the title falls back to the first `h1`, then `<title>`;
 * - word boundaries as Pagefind makes them: a space around the blocks it knows (p, li, td, div,
 *   headings …), at `<br>`, around an element with an `id` or a `data-pagefind-weight`, and
 *   nowhere else (so `<th>2016</th><th>2017</th>` is one word, as Pagefind has it).
 *
 * Each Han character is a word of its own together with the next character when that is a Han
 * character too, across inline tags but not across others (index-text.ts, `indexText`): the key
 * the engine looks up (src/lib/search/match.ts). A position is one word; `wordKeys` turns a word
 * into the keys the index files it under (tokens.ts: lower-cased letter and digit runs).
 * `data-pagefind-weight` is not read here: only stock Pagefind ranks by it (docs/search.md).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root, Text } from 'hast';
import { indexText } from './index-text.ts';
import { isHan, tokenize } from './tokens.ts';

/** A page's indexable text and data, as read from its markup. */
export interface Extracted {
  /** The index text: words separated by whitespace, one position each. */
  readonly digest: string;
  /** Metadata values (index text, as the words were made). */
  readonly meta: Readonly<Record<string, string>>;
  /** Filter values (index text). */
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

/** Blocks Pagefind separates with spaces (and a full stop after a word character). */
const SENTENCE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);
/** Elements Pagefind never indexes the text of. */
const REMOVED = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);
/** Classes this site excludes wherever they appear (screen-reader-only labels repeat the page). */
export const EXCLUDED_CLASSES = ['visually-hidden'];
/** Tags that mark words inside a sentence: a Han character pairs with the next across them. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
/** Elements whose text is not text (left as it is, never indexed). */
const RAW = new Set(['script', 'style']);
const HEADING = /^h[1-6]$/;
/** A block ending in one of these gets a full stop (Rust's `\w` and a few marks, as Pagefind). */
const SENTENCE_END = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}'")$*]$/u;

type Status = 'indexing' | 'ignored' | 'excluded';

const prop = (el: Element, name: string): string | undefined => {
  const value = el.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
};
const classes = (el: Element): string[] => {
  const value = el.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

/** Whitespace collapsed and trimmed. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The index text of every text node, keyed by node: `indexText` of its source text (entities as
 * written, kept whole), with the text that follows it across inline tags (index-text.ts).
 */
function indexTexts(root: Root, source: string): Map<Text, string> {
  const items: ({ text: Text; raw: boolean } | { tag: boolean })[] = [];
  const walk = (node: Nodes, raw: boolean) => {
    if (node.type === 'text') items.push({ text: node, raw });
    else if (node.type === 'comment') items.push({ tag: false });
    else if (node.type === 'element') {
      const phrasing = PHRASING.has(node.tagName);
      items.push({ tag: phrasing });
      for (const child of node.children) walk(child, raw || RAW.has(node.tagName));
      // The closing tag (a void element has none, but a second tag item changes nothing).
      items.push({ tag: phrasing });
    } else if (node.type === 'root') for (const child of node.children) walk(child, raw);
  };
  walk(root, false);
  const sourceOf = (text: Text) => {
    const { start, end } = text.position ?? {};
    return start?.offset !== undefined && end?.offset !== undefined
      ? source.slice(start.offset, end.offset)
      : text.value;
  };
  const out = new Map<Text, string>();
  let following = '';
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (!item) continue;
    if ('tag' in item) {
      if (!item.tag) following = '';
      continue;
    }
    const text = sourceOf(item.text);
    if (item.raw) {
      out.set(item.text, text);
      continue;
    }
    out.set(item.text, indexText(text, following));
    if (text) following = text;
  }
  return out;
}

/** `key`, `key:value` and `key[attr]` entries of a data-pagefind-meta or -filter attribute. */
function attributePairs(attr: string, el: Element): { key: string; value?: string }[] {
  const [names = '', literal] = attr.includes(':')
    ? [attr.slice(0, attr.indexOf(':')), attr.slice(attr.indexOf(':') + 1)]
    : [attr];
  const parts = names.split(',').map((part) => {
    const chunk = part.trim();
    const match = /^\s*([^:[\]]+)\[(.+)\]\s*$/.exec(chunk);
    if (match) {
      const value = el.properties[hastName(match[2] ?? '')];
      return { key: match[1] ?? '', value: value === undefined || value === null ? '' : String(value) };
    }
    return { key: chunk };
  });
  const last = parts.at(-1);
  if (literal !== undefined && last) last.value = (last.value === undefined ? '' : `${last.value}:`) + literal;
  return parts;
}

/** The hast property name of an HTML attribute (data-x-y → dataXY, class → className). */
function hastName(attribute: string): string {
  if (attribute === 'class') return 'className';
  if (!attribute.startsWith('data-')) return attribute;
  return attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Reads a page's `data-pagefind-body` elements (`html`: the whole page or its `<main>`), or
 * returns undefined when it has none. `title` is the page's `<title>`, the last resort for its title.
 */
export function extractPage(html: string, title?: string): Extracted | undefined {
  const root = fromHtml(html, { fragment: true });
  const texts = indexTexts(root, html);
  const meta = new Map<string, string>();
  const filters = new Map<string, string[]>();
  let autoTitle: string | undefined;
  let bodies = 0;

  /** The text an element adds to its parent (undefined: nothing). */
  const visit = (el: Element, inherited: Status, parent: string[]): void => {
    const flag = prop(el, 'dataPagefindIgnore');
    const own: Status =
      flag === undefined ? 'indexing' : ['', 'index', 'true'].includes(flag.toLowerCase()) ? 'ignored' : 'excluded';
    // Pagefind marks an anchor (an element with an id) and a <br> by a space in the parent's text,
    // judging by the element's own attributes only.
    if (own === 'indexing' && prop(el, 'id') !== undefined) parent.push(' ');
    if (own !== 'excluded' && el.tagName === 'br') parent.push(' ');
    let status: Status = inherited === 'excluded' ? 'excluded' : own;
    if (REMOVED.has(el.tagName) || classes(el).some((c) => EXCLUDED_CLASSES.includes(c))) status = 'ignored';
    const value: string[] = [];
    for (const child of el.children) {
      if (child.type === 'text') value.push(texts.get(child) ?? child.value);
      else if (child.type === 'element') visit(child, status, value);
    }
    if (status === 'excluded') return;
    let text = value.join('');
    const filter = prop(el, 'dataPagefindFilter');
    if (filter !== undefined) {
      for (const { key, value: v = text } of attributePairs(filter, el)) {
        if (v) filters.set(key, [...(filters.get(key) ?? []), normalise(v)]);
      }
    }
    const metaAttr = prop(el, 'dataPagefindMeta');
    if (metaAttr !== undefined) {
      for (const { key, value: v = text } of attributePairs(metaAttr, el)) if (v) meta.set(key, v);
    }
    if (el.tagName === 'h1' && autoTitle === undefined && text.trim()) autoTitle = normalise(text);
    if (status === 'ignored') return;
    if (SENTENCE.has(el.tagName)) text = ` ${text}${SENTENCE_END.test(text) ? '.' : ''} `;
    if (prop(el, 'dataPagefindWeight') !== undefined || HEADING.test(el.tagName)) text = ` ${text} `;
    parent.push(text);
  };

  const digest: string[] = [];
  const find = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (prop(child, 'dataPagefindBody') !== undefined) {
        bodies++;
        const value: string[] = [];
        for (const c of child.children) {
          if (c.type === 'text') value.push(texts.get(c) ?? c.value);
          else if (c.type === 'element') visit(c, 'indexing', value);
        }
        digest.push(value.join(''), ' ');
      } else find(child);
    }
  };
  find(root);
  if (!bodies) return undefined;
  const pageTitle = meta.get('title') ?? autoTitle ?? (title === undefined ? undefined : indexText(title));
  if (pageTitle !== undefined) meta.set('title', pageTitle);
  return {
    digest: normalise(digest.join('')),
    meta: Object.fromEntries(meta),
    filters: Object.fromEntries(filters),
  };
}

/** A word of one or two Han characters, or of lower-case ASCII letters and digits. */
const SIMPLE = /^(?:\p{Script=Han}{1,2}|[a-z0-9]+)$/u;

/** The words of index text, one position each. */
export function wordsOf(digest: string): string[] {
  return digest.split(/\s+/).filter(Boolean);
}

/**
 * The keys a word is filed under at its position: a Han character with the next (the word made by
 * `indexText`), or the character alone; otherwise each letter or digit run (tokens.ts), most often
 * one; none for a word of marks only (“, ，), which still takes a position.
 */
export function wordKeys(word: string): string[] {
  // The common words, already what tokenize would make of them (most of a page: pairs).
  if (SIMPLE.test(word) && word === word.normalize('NFKC')) return [word];
  const tokens = tokenize(decodeEntities(word));
  if (tokens.length && tokens.every(isHan)) return [tokens.join('')];
  return [...new Set(tokens.filter((t) => !isHan(t)))];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references in text as written (`&amp;`, `&#39;`) decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
