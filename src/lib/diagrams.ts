/**
 * Mermaid diagrams generated from the collections, so a diagram can never disagree with the
 * content it draws. Each generator returns the Mermaid source and the same structure as a nested
 * list (the text alternative the `Diagram` component shows a screen reader and a reader without
 * JavaScript). Pure: links go through the `url` passed in, labels through the dictionary.
 */
import { t } from '../i18n/index.ts';
import { ACTORS, DIMENSION_GROUPS, labelOf, type Actor, type DimensionGroup } from './enums.ts';
import { routes } from './urls.ts';

/** One item of a diagram's text alternative. */
export interface OutlineItem {
  label: string;
  /** Where the item links, already prefixed with the base path. */
  href?: string | undefined;
  children?: OutlineItem[] | undefined;
}

/** A diagram ready for the `Diagram` component. */
export interface DiagramSpec {
  /** Mermaid source. */
  source: string;
  /** The text alternative: the same nodes and relations as a nested list. */
  outline: OutlineItem[];
  /** Rough rendered height in px, so the page reserves the space before Mermaid has drawn. */
  height: number;
}

/** A cross-link as collections yield it. */
interface Ref {
  id: string;
}

/** What the generators read from a dimension entry. */
export interface DimensionLike {
  id: string;
  data: { name: string; order: number; group: DimensionGroup };
}

/** What the generators read from a problem entry. */
export interface ProblemLike {
  id: string;
  data: { name: string; causes: readonly { title: string; actor: Actor }[]; dimensions: readonly Ref[] };
}

/** What the generators read from a strategy entry. */
export interface StrategyLike {
  id: string;
  data: {
    name: string;
    actions: readonly { actor: Actor; approach: string }[];
    addresses: readonly Ref[];
    dimensions: readonly Ref[];
  };
}

/** Options every generator takes. */
export interface DiagramOptions {
  /** Prefixes a root-relative path with the base path (`url` from `site.ts`); identity by default. */
  url?: (path: string) => string;
}

// Characters that would end a quoted label, start an entity or be read as HTML; Mermaid decodes
// `#<code>;` back to the character after parsing.
const ENTITY: Record<string, string> = { '"': '#34;', '#': '#35;', '&': '#38;', '<': '#60;', '>': '#62;', '`': '#96;' };

/**
 * A label as a quoted Mermaid string, safe whatever it holds: quotes, brackets, `#`, `<`, `&`,
 * backticks and line breaks cannot end the string or become markup.
 */
export function mermaidString(text: string): string {
  const escaped = text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/["#&<>`]/g, (c) => ENTITY[c] ?? c);
  return `"${escaped}"`;
}

/** A Mermaid node id made from a prefix and an entry id: ASCII letters, digits and `_` only. */
export function nodeId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]+/g, '_')}`;
}

/** A link in a `click` line: a root-relative or absolute URL, with quotes percent-encoded. No tooltip:
 * Mermaid's tooltip handlers are not bound (see src/scripts/diagrams.ts). */
function clickLine(id: string, href: string): string {
  return `  click ${id} href "${href.replace(/"/g, '%22')}"`;
}

/** Collects lines of a flowchart; nodes know their link and classes. */
class Flowchart {
  private readonly lines: string[];
  private readonly clicks: string[] = [];
  private readonly classes = new Map<string, string[]>();

  /** `config` becomes the diagram's front matter (Mermaid's per-diagram flowchart settings). */
  constructor(direction: 'TB' | 'LR', config: Record<string, number> = {}) {
    const settings = Object.entries(config).map(([key, value]) => `    ${key}: ${value}`);
    this.lines = [
      ...(settings.length ? ['---', 'config:', '  flowchart:', ...settings, '---'] : []),
      `flowchart ${direction}`,
    ];
  }

  /** Declares a node; `shape` wraps the quoted label (`[…]` box, `([…])` stadium, `{{…}}` hexagon). */
  node(id: string, label: string, opts: { shape?: 'box' | 'stadium' | 'hexagon'; href?: string; cls?: string } = {}) {
    const [open, close] = { box: ['[', ']'], stadium: ['([', '])'], hexagon: ['{{', '}}'] }[opts.shape ?? 'box'];
    this.lines.push(`  ${id}${open}${mermaidString(label)}${close}`);
    if (opts.href) this.clicks.push(clickLine(id, opts.href));
    if (opts.cls) this.classes.set(opts.cls, [...(this.classes.get(opts.cls) ?? []), id]);
  }

  /** Opens a subgraph with a title; close it with `end()`. */
  subgraph(id: string, title: string) {
    this.lines.push(`  subgraph ${id}[${mermaidString(title)}]`);
  }

  end() {
    this.lines.push('  end');
  }

  /** A link: `-->` an arrow, `---` a line, `~~~` invisible (layout only). */
  edge(from: string, to: string, kind: '-->' | '---' | '~~~' = '-->') {
    this.lines.push(`  ${from} ${kind} ${to}`);
  }

  toString(): string {
    const classLines = [...this.classes].map(([cls, ids]) => `  class ${ids.join(',')} ${cls}`);
    return [...this.lines, ...this.clicks, ...classLines].join('\n') + '\n';
  }
}

function finder<T extends { id: string }>(list: readonly T[], what: string): (id: string) => T {
  const map = new Map(list.map((e) => [e.id, e]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`diagrams: unknown ${what} "${id}" (known: ${[...map.keys()].join(', ')})`);
    return found;
  };
}

const byOrder = (a: DimensionLike, b: DimensionLike) => a.data.order - b.data.order;
const dimensionLabel = (d: DimensionLike) => t('diagram.dimension', { order: d.data.order, name: d.data.name });

/**
 * Px per node stacked in a column (LR: a node and the spacing; the model's TB groups: a rank and
 * the invisible link), measured on the built pages with the site's font, frame included.
 */
const ROW = 76;
const STACK = 93;

/**
 * The ten-dimension model: the industry college and its principle in the centre, two groups of
 * dimensions above and two below, every dimension linking to its page.
 */
export function modelDiagram(dimensions: readonly DimensionLike[], options: DiagramOptions = {}): DiagramSpec {
  const url = options.url ?? ((p: string) => p);
  // Tight ranks: a group's dimensions are a column linked only by invisible links.
  const chart = new Flowchart('TB', { rankSpacing: 20, nodeSpacing: 16, padding: 8 });
  const centre = 'college';
  const principleHref = url(routes.guide('principle'));
  chart.node(centre, t('diagram.college'), { shape: 'stadium', cls: 'centre' });
  chart.node('principle', t('diagram.principle'), { shape: 'hexagon', href: principleHref, cls: 'centre' });
  chart.edge(centre, 'principle', '---');

  const groups = DIMENSION_GROUPS.map((g) => ({
    ...g,
    items: dimensions.filter((d) => d.data.group === g.id).sort(byOrder),
  })).filter((g) => g.items.length > 0);
  const outline: OutlineItem[] = [];
  groups.forEach((g, index) => {
    const group = nodeId('group', g.id);
    chart.subgraph(group, g.label);
    for (const d of g.items) {
      chart.node(nodeId('dim', d.id), dimensionLabel(d), { href: url(routes.dimension(d.id)), cls: group });
    }
    // Invisible links stack a group's dimensions in a column instead of a long row.
    g.items.slice(1).forEach((d, i) => chart.edge(nodeId('dim', g.items[i]?.id ?? ''), nodeId('dim', d.id), '~~~'));
    chart.end();
    // The first half of the groups sits above the centre, the rest below it.
    if (index < Math.ceil(groups.length / 2)) chart.edge(group, centre, '---');
    else chart.edge('principle', group, '---');
    outline.push({
      label: g.label,
      children: g.items.map((d) => ({ label: dimensionLabel(d), href: url(routes.dimension(d.id)) })),
    });
  });

  const tallest = (from: number, to: number) => Math.max(0, ...groups.slice(from, to).map((g) => g.items.length));
  const half = Math.ceil(groups.length / 2);
  return {
    source: chart.toString(),
    outline: [
      {
        label: t('diagram.college'),
        children: [{ label: t('diagram.principleItem'), href: principleHref }, ...outline],
      },
    ],
    height: (tallest(0, half) + tallest(half, groups.length)) * STACK + 236,
  };
}

/** The map of problems → the strategies that answer them → the dimensions those act on. */
export function mapDiagram(
  problems: readonly ProblemLike[],
  strategies: readonly StrategyLike[],
  dimensions: readonly DimensionLike[],
  options: DiagramOptions = {},
): DiagramSpec {
  const url = options.url ?? ((p: string) => p);
  const dimension = finder(dimensions, 'dimension');
  const chart = new Flowchart('LR');
  const used = [...new Set(strategies.flatMap((s) => s.data.dimensions.map((d) => d.id)))].map(dimension).sort(byOrder);
  const known = new Set(problems.map((p) => p.id));

  // Three columns by rank alone: subgraphs around them make dagre route the many links into the
  // dimension column across its other nodes.
  for (const p of problems) {
    chart.node(nodeId('prob', p.id), p.data.name, { href: url(routes.problem(p.id)), cls: 'problem' });
  }
  for (const s of strategies) {
    chart.node(nodeId('strat', s.id), s.data.name, { href: url(routes.strategy(s.id)), cls: 'strategy' });
  }
  for (const d of used) {
    chart.node(nodeId('dim', d.id), dimensionLabel(d), {
      href: url(routes.dimension(d.id)),
      cls: nodeId('group', d.data.group),
    });
  }
  for (const s of strategies) {
    for (const p of s.data.addresses) {
      if (!known.has(p.id)) throw new Error(`diagrams: strategy "${s.id}" addresses unknown problem "${p.id}"`);
      chart.edge(nodeId('prob', p.id), nodeId('strat', s.id));
    }
    for (const d of s.data.dimensions) chart.edge(nodeId('strat', s.id), nodeId('dim', d.id));
  }

  const outline = problems.map((p) => ({
    label: p.data.name,
    href: url(routes.problem(p.id)),
    children: strategies
      .filter((s) => s.data.addresses.some((a) => a.id === p.id))
      .map((s) => ({
        label: t('diagram.answeredBy', { name: s.data.name }),
        href: url(routes.strategy(s.id)),
        children: s.data.dimensions.map((d) => ({
          label: t('diagram.actsOn', { name: dimension(d.id).data.name }),
          href: url(routes.dimension(d.id)),
        })),
      })),
  }));
  const rows = Math.max(problems.length, strategies.length, used.length);
  return { source: chart.toString(), outline, height: rows * ROW + 10 };
}

/** A problem's neighbourhood: its causes and who they lie with, the strategies answering it, its dimensions. */
export function problemDiagram(
  problem: ProblemLike,
  strategies: readonly StrategyLike[],
  dimensions: readonly DimensionLike[],
  options: DiagramOptions = {},
): DiagramSpec {
  const url = options.url ?? ((p: string) => p);
  const dimension = finder(dimensions, 'dimension');
  const answering = strategies.filter((s) => s.data.addresses.some((a) => a.id === problem.id));
  const dims = problem.data.dimensions.map((d) => dimension(d.id));
  const chart = new Flowchart('LR');
  const self = nodeId('prob', problem.id);
  const causeLabel = (c: { title: string; actor: Actor }) =>
    t('diagram.cause', { actor: labelOf(ACTORS, c.actor), title: c.title });

  chart.subgraph('causes', t('problem.causes'));
  problem.data.causes.forEach((c, i) => chart.node(`cause_${i + 1}`, causeLabel(c), { cls: `actor_${c.actor}` }));
  chart.end();
  chart.node(self, problem.data.name, { shape: 'stadium', cls: 'focus' });
  problem.data.causes.forEach((_, i) => chart.edge(`cause_${i + 1}`, self));
  if (answering.length) {
    chart.subgraph('answers', t('problem.strategies'));
    for (const s of answering) {
      chart.node(nodeId('strat', s.id), s.data.name, { href: url(routes.strategy(s.id)), cls: 'strategy' });
    }
    chart.end();
    for (const s of answering) chart.edge(self, nodeId('strat', s.id));
  }
  chart.subgraph('dims', t('problem.dimensions'));
  for (const d of dims) {
    chart.node(nodeId('dim', d.id), d.data.name, {
      href: url(routes.dimension(d.id)),
      cls: nodeId('group', d.data.group),
    });
  }
  chart.end();
  for (const d of dims) chart.edge(self, nodeId('dim', d.id), '---');

  const outline: OutlineItem[] = [
    { label: t('problem.causes'), children: problem.data.causes.map((c) => ({ label: causeLabel(c) })) },
    ...(answering.length
      ? [
          {
            label: t('problem.strategies'),
            children: answering.map((s) => ({ label: s.data.name, href: url(routes.strategy(s.id)) })),
          },
        ]
      : []),
    {
      label: t('problem.dimensions'),
      children: dims.map((d) => ({ label: d.data.name, href: url(routes.dimension(d.id)) })),
    },
  ];
  const rows = Math.max(problem.data.causes.length, answering.length + dims.length);
  return { source: chart.toString(), outline, height: rows * ROW + 94 };
}

/**
 * A strategy's neighbourhood: the problems it answers, its actions grouped by who acts
 * (学校 / 企业 / 双方, one node per approach), and the dimensions it acts on.
 */
export function strategyDiagram(
  strategy: StrategyLike,
  problems: readonly ProblemLike[],
  dimensions: readonly DimensionLike[],
  options: DiagramOptions = {},
): DiagramSpec {
  const url = options.url ?? ((p: string) => p);
  const problem = finder(problems, 'problem');
  const dimension = finder(dimensions, 'dimension');
  const addressed = strategy.data.addresses.map((p) => problem(p.id));
  const dims = strategy.data.dimensions.map((d) => dimension(d.id));
  const self = nodeId('strat', strategy.id);
  const chart = new Flowchart('LR');

  chart.subgraph('addressed', t('strategy.addresses'));
  for (const p of addressed)
    chart.node(nodeId('prob', p.id), p.data.name, { href: url(routes.problem(p.id)), cls: 'problem' });
  chart.end();
  chart.node(self, strategy.data.name, { shape: 'stadium', cls: 'focus' });
  for (const p of addressed) chart.edge(nodeId('prob', p.id), self);

  // Approaches per actor, in the order ACTORS lists them, each counted.
  const byActor = ACTORS.map((actor) => {
    const counts = new Map<string, number>();
    for (const a of strategy.data.actions) {
      if (a.actor === actor.id) counts.set(a.approach, (counts.get(a.approach) ?? 0) + 1);
    }
    return { actor, approaches: [...counts].map(([approach, n]) => ({ approach, n })) };
  }).filter((g) => g.approaches.length > 0);
  const approachLabel = (a: { approach: string; n: number }) =>
    a.n > 1 ? t('diagram.approachCount', { approach: a.approach, n: a.n }) : a.approach;

  chart.subgraph('actions', t('strategy.actions'));
  // Declared last-first: dagre stacks sibling subgraphs in reverse, so they read 学校, 企业, 双方.
  for (const { actor, approaches } of [...byActor].reverse()) {
    chart.subgraph(`actor_${actor.id}`, actor.label);
    approaches.forEach((a, i) =>
      chart.node(`act_${actor.id}_${i + 1}`, approachLabel(a), { cls: `actor_${actor.id}` }),
    );
    chart.end();
  }
  chart.end();
  for (const { actor, approaches } of byActor) {
    approaches.forEach((_, i) => chart.edge(self, `act_${actor.id}_${i + 1}`));
  }
  // The dimensions sit left of the strategy, under the problems, so the drawing stays about as
  // tall as its list of actions.
  chart.subgraph('dims', t('strategy.dimensions'));
  for (const d of dims) {
    chart.node(nodeId('dim', d.id), d.data.name, {
      href: url(routes.dimension(d.id)),
      cls: nodeId('group', d.data.group),
    });
  }
  chart.end();
  for (const d of dims) chart.edge(nodeId('dim', d.id), self, '---');

  const outline: OutlineItem[] = [
    {
      label: t('strategy.addresses'),
      children: addressed.map((p) => ({ label: p.data.name, href: url(routes.problem(p.id)) })),
    },
    {
      label: t('strategy.actions'),
      children: byActor.map(({ actor, approaches }) => ({
        label: actor.label,
        children: approaches.map((a) => ({ label: approachLabel(a) })),
      })),
    },
    {
      label: t('strategy.dimensions'),
      children: dims.map((d) => ({ label: d.data.name, href: url(routes.dimension(d.id)) })),
    },
  ];
  const actionRows = byActor.reduce((sum, g) => sum + g.approaches.length, 0);
  // Left: two subgraphs (problems, dimensions); right: one holding a subgraph per actor.
  const height = Math.max((addressed.length + dims.length) * ROW + 134, actionRows * ROW + 60 + byActor.length * 38);
  return { source: chart.toString(), outline, height };
}

/** A short, stable key for a diagram (for element ids): a 32-bit FNV-1a hash of its source, in base 36. */
export function diagramKey(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `diagram-${hash.toString(36)}`;
}
