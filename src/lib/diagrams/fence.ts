/**
 * Hand-written ```mermaid fences: reading them out of a file, their caption (the fence meta
 * `title="…"`), their links under a base path, and a text alternative derived from a flowchart's
 * nodes and links. The remark plugin (`src/integrations/remark-mermaid.ts`), the `Diagram`
 * component and the diagram test share these, so they agree on what a fence means.
 */
import { t } from '../../i18n/index.ts';
import type { OutlineItem } from './generate.ts';

/** A ```mermaid fence found in a file. */
export interface MermaidFence {
  /** 1-based line of the opening fence. */
  line: number;
  /** Everything after `mermaid` on the opening line. */
  meta: string;
  source: string;
}

/** The caption a fence's meta gives (`title="…"` or `title='…'`), or undefined. */
export function fenceCaption(meta: string | null | undefined): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const title = (match?.[1] ?? match?.[2] ?? '').trim();
  return title || undefined;
}

/** Every ```mermaid (or ~~~mermaid) fence in a Markdown or MDX text, in order. */
export function extractMermaidFences(text: string): MermaidFence[] {
  const lines = text.split(/\r?\n/);
  const fences: MermaidFence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*mermaid(?=\s|$)(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const marker = open[1] ?? '```';
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !close.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
    fences.push({ line: start + 1, meta: (open[2] ?? '').trim(), source: body.join('\n') + '\n' });
  }
  return fences;
}

/**
 * Runs `parse` (Mermaid's own parser, injected so this stays pure) over every diagram and returns
 * one `<file>: <error>` line for each that fails.
 */
export async function checkDiagrams(
  diagrams: readonly { file: string; source: string }[],
  parse: (source: string) => Promise<unknown>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const { file, source } of diagrams) {
    try {
      await parse(source);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push(`${file}: ${message.replace(/\s+/g, ' ').trim()}`);
    }
  }
  return problems;
}

// ---- A text alternative for hand-written flowcharts -------------------------------------------

const ENTITY = /#(\d+|quot|amp|lt|gt|nbsp);/g;
const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ' };

/** A label as a reader sees it: quotes, Mermaid entities, `<br>` and Markdown backticks undone. */
function cleanLabel(raw: string): string {
  let text = raw.trim();
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) text = text.slice(1, -1);
  if (text.startsWith('`') && text.endsWith('`') && text.length >= 2) text = text.slice(1, -1);
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(ENTITY, (_, code: string) => NAMED[code] ?? String.fromCodePoint(Number(code)))
    .replace(/\s+/g, ' ')
    .trim();
}

const OPENERS: Record<string, string> = { '[': ']', '(': ')', '{': '}', '>': ']' };

/** A link between two node groups; `~~~` is for layout only and has no meaning to read. */
interface Link {
  label?: string | undefined;
  hidden: boolean;
}

/** Splits `A["x"] --> B & C -->|y| D` into node tokens and the links between them. */
function splitStatement(statement: string): { groups: string[][]; links: Link[] } | undefined {
  const groups: string[][] = [[]];
  const links: Link[] = [];
  let token = '';
  let depth: string[] = [];
  let quoted = false;
  const push = () => {
    if (token.trim()) groups.at(-1)?.push(token.trim());
    token = '';
  };
  // A link at the cursor: `-->`, `---`, `-.->`, `==>`, `~~~`, `--o`, with `|label|` or `-- label -->`.
  const LINK =
    /\s*(?:(?:--|==|-\.)\s+([^|]+?)\s+)?<?(?:-{2,}[->ox]|-{3,}|={2,}[=>ox]|-\.+-?>?|~{3,})(?:\|([^|]*)\|)?\s*/y;
  for (let i = 0; i < statement.length;) {
    const c = statement[i] ?? '';
    if (quoted) {
      token += c;
      if (c === '"') quoted = false;
      i++;
      continue;
    }
    if (depth.length === 0) {
      LINK.lastIndex = i;
      const link = token.trim() ? LINK.exec(statement) : null;
      if (link) {
        push();
        const label = link[1] ?? link[2];
        links.push({ label: label === undefined ? undefined : cleanLabel(label), hidden: link[0].includes('~~~') });
        groups.push([]);
        i = LINK.lastIndex;
        continue;
      }
      if (c === '&') {
        push();
        i++;
        continue;
      }
    }
    if (c === '"') quoted = true;
    else if (OPENERS[c] && (depth.length > 0 || token.trim())) depth = [...depth, OPENERS[c]];
    else if (depth.length && c === depth.at(-1)) depth = depth.slice(0, -1);
    token += c;
    i++;
  }
  push();
  if (groups.some((g) => g.length === 0)) return undefined;
  return { groups, links };
}

/** `A["label"]` → id and label; a bare `A` has no label of its own. */
function parseNode(token: string): { id: string; label?: string } | undefined {
  const match = /^([^\s[\](){}<>"&|:;]+)(?:([[({>])(.*))?$/s.exec(token.replace(/:::[\w-]+$/, ''));
  if (!match?.[1]) return undefined;
  const id = match[1];
  if (!match[2]) return { id };
  const inner = (match[2] + (match[3] ?? '')).replace(/^[[({>/\\]+/, '').replace(/[\])}/\\]+$/, '');
  return { id, label: cleanLabel(inner) };
}

/**
 * The text alternative of a flowchart: every node in the order it first appears, with its link
 * (from `click id href "…"`) and one child item per outgoing link naming the target. Subgraphs
 * become items holding their nodes. Returns undefined for anything but a flowchart, or a
 * flowchart this reading does not understand, so the caller can ask the author for a list.
 */
export function outlineFromFlowchart(source: string): OutlineItem[] | undefined {
  const lines = source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/;$/, ''))
    .filter((l) => l && !l.startsWith('%%'));
  if (!/^(flowchart|graph)(\s+(TB|TD|BT|LR|RL))?$/.test(lines[0] ?? '')) return undefined;

  interface Node {
    label: string;
    href?: string;
    edges: { target: string; label?: string | undefined }[];
  }
  const nodes = new Map<string, Node>();
  const root: string[] = [];
  const subgraphs = new Map<string, { title: string; members: string[] }>();
  const stack: string[] = [];
  const touch = (id: string, label?: string) => {
    const node = nodes.get(id);
    if (node) {
      if (label !== undefined) node.label = label;
      return;
    }
    if (subgraphs.has(id)) return;
    nodes.set(id, { label: label ?? id, edges: [] });
    const parent = stack.at(-1);
    (parent ? (subgraphs.get(parent)?.members ?? root) : root).push(id);
  };

  for (const line of lines.slice(1)) {
    const sub = /^subgraph\s+(.+)$/.exec(line);
    if (sub?.[1]) {
      const parsed = parseNode(sub[1].trim());
      const id = parsed?.id ?? sub[1];
      subgraphs.set(id, { title: parsed?.label ?? id, members: [] });
      const parent = stack.at(-1);
      (parent ? (subgraphs.get(parent)?.members ?? root) : root).push(id);
      stack.push(id);
      continue;
    }
    if (line === 'end') {
      if (!stack.pop()) return undefined;
      continue;
    }
    const click = /^click\s+(\S+)\s+(?:href\s+)?"([^"]*)"/.exec(line);
    if (click?.[1]) {
      const node = nodes.get(click[1]);
      if (node && click[2]) node.href = click[2];
      continue;
    }
    if (/^(style|classDef|class|linkStyle|direction|accTitle|accDescr|click)\b/.test(line)) continue;

    const statement = splitStatement(line);
    if (!statement) return undefined;
    const ids: string[][] = [];
    for (const group of statement.groups) {
      const parsed = group.map(parseNode);
      if (parsed.some((p) => !p)) return undefined;
      for (const p of parsed) if (p) touch(p.id, p.label);
      ids.push(parsed.flatMap((p) => (p ? [p.id] : [])));
    }
    statement.links.forEach(({ label, hidden }, i) => {
      if (hidden) return;
      for (const from of ids[i] ?? []) {
        for (const target of ids[i + 1] ?? []) nodes.get(from)?.edges.push({ target, label });
      }
    });
  }
  if (stack.length || nodes.size === 0) return undefined;

  const nameOf = (id: string) => nodes.get(id)?.label ?? subgraphs.get(id)?.title ?? id;
  const item = (id: string): OutlineItem => {
    const sub = subgraphs.get(id);
    if (sub) return { label: sub.title, children: sub.members.map(item) };
    const node = nodes.get(id);
    const edges = (node?.edges ?? []).map((e) => ({
      label: e.label
        ? t('diagram.edgeLabelled', { target: nameOf(e.target), label: e.label })
        : t('diagram.edge', { target: nameOf(e.target) }),
    }));
    return { label: nameOf(id), href: node?.href, ...(edges.length ? { children: edges } : {}) };
  };
  return root.map(item);
}
