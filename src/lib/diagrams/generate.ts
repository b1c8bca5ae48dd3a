/**
 * Mermaid diagrams generated from the collections, so a diagram can never disagree with the
 * content it draws. Each generator returns the Mermaid source and the same structure as a nested
 * list (the text alternative the `Diagram` component shows below the drawing). Pure: labels go
 * through the dictionary. Links in the Mermaid source stay root-relative, so a diagram's cache key
 * (src/lib/diagrams/cache.ts) does not depend on the base path: `Diagram` prefixes the links of
 * the rendered SVG. The outline's links go through the `url` passed in.
 */
import { t } from '../../i18n/index.ts';
import { ACTORS, DIMENSION_GROUPS, labelOf, type Actor, type DimensionGroup } from '../enums.ts';
import { routes } from '../urls.ts';

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
 * the drawing is static SVG, nothing binds Mermaid's tooltip handlers. */
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

  /**
   * Declares a node; `shape` wraps the quoted label (`[…]` box, `(…)` rounded box, `{{…}}` hexagon).
   * No stadium `([…])`: Mermaid 12 draws it as a sketched path of 15–40 KB per node.
   */
  node(id: string, label: string, opts: { shape?: 'box' | 'rounded' | 'hexagon'; href?: string; cls?: string } = {}) {
    const [open, close] = { box: ['[', ']'], rounded: ['(', ')'], hexagon: ['{{', '}}'] }[opts.shape ?? 'box'];
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
const identity = (path: string) => path;

// One node (and one outline item) per kind of entry, so every generator draws and links them alike.
const problemNode = (chart: Flowchart, p: ProblemLike) =>
  chart.node(nodeId('prob', p.id), p.data.name, { href: routes.problem(p.id), cls: 'problem' });
const strategyNode = (chart: Flowchart, s: StrategyLike) =>
  chart.node(nodeId('strat', s.id), s.data.name, { href: routes.strategy(s.id), cls: 'strategy' });
const dimensionNode = (chart: Flowchart, d: DimensionLike, label = d.data.name) =>
  chart.node(nodeId('dim', d.id), label, { href: routes.dimension(d.id), cls: nodeId('group', d.data.group) });

/** A titled subgraph holding the given dimensions. */
function dimensionSection(chart: Flowchart, title: string, dims: readonly DimensionLike[]) {
  chart.subgraph('dims', title);
  for (const d of dims) dimensionNode(chart, d);
  chart.end();
}

/** An outline item linking to `path` under the base path. */
const linked = (label: string, path: string, url: (path: string) => string, children?: OutlineItem[]) => ({
  label,
  href: url(path),
  ...(children ? { children } : {}),
});

/**
 * The ten-dimension model: the industry college and its principle in the centre, two groups of
 * dimensions above and two below, every dimension linking to its page.
 */
export function modelDiagram(dimensions: readonly DimensionLike[], options: DiagramOptions = {}): DiagramSpec {
  const url = options.url ?? identity;
  // Tight ranks (Mermaid's defaults are 50 / 50 / 15 px): a group's dimensions are a column linked
  // only by invisible links, and two such columns side by side must fit a 390 px phone.
  const chart = new Flowchart('TB', { rankSpacing: 20, nodeSpacing: 16, padding: 8 });
  const centre = 'college';
  chart.node(centre, t('diagram.college'), { shape: 'rounded', cls: 'centre' });
  chart.node('principle', t('diagram.principle'), { shape: 'hexagon', href: routes.guide('principle'), cls: 'centre' });
  chart.edge(centre, 'principle', '---');

  const groups = DIMENSION_GROUPS.map((g) => ({
    ...g,
    items: dimensions.filter((d) => d.data.group === g.id).sort(byOrder),
  })).filter((g) => g.items.length > 0);
  groups.forEach((g, index) => {
    const group = nodeId('group', g.id);
    chart.subgraph(group, g.label);
    for (const d of g.items) dimensionNode(chart, d, dimensionLabel(d));
    // Invisible links stack a group's dimensions in a column instead of a long row.
    g.items.slice(1).forEach((d, i) => chart.edge(nodeId('dim', g.items[i]?.id ?? ''), nodeId('dim', d.id), '~~~'));
    chart.end();
    // The first half of the groups sits above the centre, the rest below it.
    if (index < Math.ceil(groups.length / 2)) chart.edge(group, centre, '---');
    else chart.edge('principle', group, '---');
  });

  return {
    source: chart.toString(),
    outline: [
      {
        label: t('diagram.college'),
        children: [
          linked(t('diagram.principleItem'), routes.guide('principle'), url),
          ...groups.map((g) => ({
            label: g.label,
            children: g.items.map((d) => linked(dimensionLabel(d), routes.dimension(d.id), url)),
          })),
        ],
      },
    ],
  };
}

/** The map of problems → the strategies that answer them → the dimensions those act on. */
export function mapDiagram(
  problems: readonly ProblemLike[],
  strategies: readonly StrategyLike[],
  dimensions: readonly DimensionLike[],
  options: DiagramOptions = {},
): DiagramSpec {
  const url = options.url ?? identity;
  const dimension = finder(dimensions, 'dimension');
  const chart = new Flowchart('LR');
  const used = [...new Set(strategies.flatMap((s) => s.data.dimensions.map((d) => d.id)))].map(dimension).sort(byOrder);
  const known = new Set(problems.map((p) => p.id));

  // Three columns by rank alone: subgraphs around them make dagre route the many links into the
  // dimension column across its other nodes.
  for (const p of problems) problemNode(chart, p);
  for (const s of strategies) strategyNode(chart, s);
  for (const d of used) dimensionNode(chart, d, dimensionLabel(d));
  for (const s of strategies) {
    for (const p of s.data.addresses) {
      if (!known.has(p.id)) throw new Error(`diagrams: strategy "${s.id}" addresses unknown problem "${p.id}"`);
      chart.edge(nodeId('prob', p.id), nodeId('strat', s.id));
    }
    for (const d of s.data.dimensions) chart.edge(nodeId('strat', s.id), nodeId('dim', d.id));
  }

  const outline = problems.map((p) =>
    linked(
      p.data.name,
      routes.problem(p.id),
      url,
      strategies
        .filter((s) => s.data.addresses.some((a) => a.id === p.id))
        .map((s) =>
          linked(
            t('diagram.answeredBy', { name: s.data.name }),
            routes.strategy(s.id),
            url,
            s.data.dimensions.map((d) =>
              linked(t('diagram.actsOn', { name: dimension(d.id).data.name }), routes.dimension(d.id), url),
            ),
          ),
        ),
    ),
  );
  return { source: chart.toString(), outline };
}

/** A problem's neighbourhood: its causes and who they lie with, the strategies answering it, its dimensions. */
export function problemDiagram(
  problem: ProblemLike,
  strategies: readonly StrategyLike[],
  dimensions: readonly DimensionLike[],
  options: DiagramOptions = {},
): DiagramSpec {
  const url = options.url ?? identity;
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
  chart.node(self, problem.data.name, { shape: 'rounded', cls: 'focus' });
  problem.data.causes.forEach((_, i) => chart.edge(`cause_${i + 1}`, self));
  if (answering.length) {
    chart.subgraph('answers', t('problem.strategies'));
    for (const s of answering) strategyNode(chart, s);
    chart.end();
    for (const s of answering) chart.edge(self, nodeId('strat', s.id));
  }
  dimensionSection(chart, t('problem.dimensions'), dims);
  for (const d of dims) chart.edge(self, nodeId('dim', d.id), '---');

  const outline: OutlineItem[] = [
    { label: t('problem.causes'), children: problem.data.causes.map((c) => ({ label: causeLabel(c) })) },
    ...(answering.length
      ? [
          {
            label: t('problem.strategies'),
            children: answering.map((s) => linked(s.data.name, routes.strategy(s.id), url)),
          },
        ]
      : []),
    {
      label: t('problem.dimensions'),
      children: dims.map((d) => linked(d.data.name, routes.dimension(d.id), url)),
    },
  ];
  return { source: chart.toString(), outline };
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
  const url = options.url ?? identity;
  const problem = finder(problems, 'problem');
  const dimension = finder(dimensions, 'dimension');
  const addressed = strategy.data.addresses.map((p) => problem(p.id));
  const dims = strategy.data.dimensions.map((d) => dimension(d.id));
  const self = nodeId('strat', strategy.id);
  const chart = new Flowchart('LR');

  chart.subgraph('addressed', t('strategy.addresses'));
  for (const p of addressed) problemNode(chart, p);
  chart.end();
  chart.node(self, strategy.data.name, { shape: 'rounded', cls: 'focus' });
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
  dimensionSection(chart, t('strategy.dimensions'), dims);
  for (const d of dims) chart.edge(nodeId('dim', d.id), self, '---');

  const outline: OutlineItem[] = [
    {
      label: t('strategy.addresses'),
      children: addressed.map((p) => linked(p.data.name, routes.problem(p.id), url)),
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
      children: dims.map((d) => linked(d.data.name, routes.dimension(d.id), url)),
    },
  ];
  return { source: chart.toString(), outline };
}
