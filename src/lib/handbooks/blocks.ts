/**
 * The document model of a handbook's Word file, and the reading of a content body (Markdown or MDX)
 * into it. A block is what Word has a native form for: a heading, a paragraph of runs, a list, a
 * table. MDX components, imports and diagrams have no text of their own to carry and are left out
 * (the HTML handbook shows them); everything else in a body keeps its words.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, ListItem } from 'mdast';

/** A run of text, optionally bold or italic. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * One block of a handbook section. Heading `level` 1 is a numbered section (the HTML `h2`), 2 a
 * part of it (`h3`), 3 below that (`h4`).
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Inline[]; muted?: boolean }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; header: string[]; rows: string[][] };

/** Shorthands for building blocks. */
export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const para = (text: string, muted = false): Block => ({ kind: 'paragraph', runs: [{ text }], muted });
export const list = (items: readonly string[], ordered = false): Block => ({
  kind: 'list',
  ordered,
  items: items.map((text) => [{ text }]),
});
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): Block => ({
  kind: 'table',
  header: [...header],
  rows: rows.map((r) => [...r]),
});

function inlines(nodes: readonly PhrasingContent[], marks: { bold?: boolean; italic?: boolean } = {}): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return [{ text: node.value, ...marks }];
      case 'strong':
        return inlines(node.children, { ...marks, bold: true });
      case 'emphasis':
        return inlines(node.children, { ...marks, italic: true });
      case 'link':
      case 'delete':
        return inlines(node.children, marks);
      case 'break':
        return [{ text: '\n', ...marks }];
      default:
        return [];
    }
  });
}

const plain = (runs: readonly Inline[]) => runs.map((r) => r.text).join('');

function itemRuns(item: ListItem): Inline[] {
  return item.children.flatMap((child, i) => {
    const runs =
      child.type === 'paragraph' ? inlines(child.children) : child.type === 'list' ? listText(child.children) : [];
    return i > 0 && runs.length ? [{ text: '；' }, ...runs] : runs;
  });
}
const listText = (items: readonly ListItem[]): Inline[] => [{ text: items.map((i) => plain(itemRuns(i))).join('；') }];

function block(node: RootContent, shift: number): Block[] {
  switch (node.type) {
    case 'heading': {
      const level = Math.min(3, Math.max(1, node.depth - 1 + shift)) as 1 | 2 | 3;
      return [{ kind: 'heading', level, text: plain(inlines(node.children)) }];
    }
    case 'paragraph': {
      const runs = inlines(node.children);
      return plain(runs).trim() ? [{ kind: 'paragraph', runs }] : [];
    }
    case 'list':
      return [{ kind: 'list', ordered: node.ordered === true, items: node.children.map(itemRuns) }];
    case 'table': {
      const [head, ...rows] = node.children.map((row) => row.children.map((cell) => plain(inlines(cell.children))));
      return head ? [{ kind: 'table', header: head, rows }] : [];
    }
    case 'blockquote':
      return node.children.flatMap((child) => block(child, shift));
    default:
      // Imports, components, expressions, diagrams (code fences), thematic breaks, HTML.
      return [];
  }
}

/** An MDX `import … from '…';` line, which has no words for the reader. */
const ESM_LINE = /^(import|export)\s.*$/gm;

/**
 * The blocks of a content body. With `mdx`, its import lines are dropped first; a component
 * (`<OfficeOverview />`) then parses as HTML, which is skipped. (Parsing with remark-mdx would be
 * exact, but its types widen mdast's node types for the whole program.)
 * `shift` places its headings: with 1, a body's `##` becomes a level-2 heading (the HTML `h3`
 * under the section's `h2`), as the handbook page shows it.
 */
export function bodyBlocks(body: string, options: { mdx: boolean; shift?: number }): Block[] {
  const source = options.mdx ? body.replace(ESM_LINE, '') : body;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as Root;
  return tree.children.flatMap((node) => block(node, options.shift ?? 1));
}
