/**
 * Pure helpers for showing provenance the same way on every page: which marker a kind gets, where
 * a list's marker goes (once for the list when every item shares a source, on each item when they
 * differ), and the page's source line as the sum of what the page shows.
 */
import type { Provenance } from './schemas/index.ts';

/** The three kinds a reader tells apart; law and policy share one marker. */
export type MarkKind = 'paper' | 'rule' | 'extension';

/** Which marker a provenance gets. */
export function markKind(source: Provenance): MarkKind {
  if (source.kind === 'paper') return 'paper';
  if (source.kind === 'extension') return 'extension';
  return 'rule';
}

/** A key that is equal for two provenances a reader would see as the same source. */
export function sourceKey(source: Provenance): string {
  switch (source.kind) {
    case 'paper':
      return `paper|${source.section}`;
    case 'law':
    case 'policy':
      return `${source.kind}|${source.document}|${source.article ?? ''}`;
    case 'extension':
      return 'extension';
  }
}

/** The section's number as a short visible label: "三、2. 加强合作关系" → "三、2". */
export function shortSection(section: string): string {
  const match = /^([一二三四五六七八九十]+、(?:\d+)?)/.exec(section);
  return (match?.[1] ?? section).replace(/、$/, '');
}

/** Where a list's markers go: `list` when one marker covers every item, else one per item. */
export interface MarkPlacement {
  list?: Provenance | undefined;
  items: readonly (Provenance | undefined)[];
}

/** One marker for a list whose items share a source; a marker on each item when they differ. */
export function placeMarks(sources: readonly Provenance[]): MarkPlacement {
  const [first] = sources;
  if (first && sources.every((s) => sourceKey(s) === sourceKey(first))) {
    return { list: first, items: sources.map(() => undefined) };
  }
  return { items: sources };
}

/** A page's sources, summed: the paper's sections, the documents with their articles, the extension. */
export interface SourceSummary {
  /** Paper sections in the order first met. */
  paper: string[];
  /** Law and policy documents (policies-collection ids) in the order first met, with their articles. */
  documents: { kind: 'law' | 'policy'; document: string; articles: string[] }[];
  /** Whether anything on the page is the site's own. */
  extension: boolean;
}

/** Sums the sources of everything on a page, without repeats, keeping the order first met. */
export function summarizeSources(sources: readonly Provenance[]): SourceSummary {
  const out: SourceSummary = { paper: [], documents: [], extension: false };
  for (const s of sources) {
    if (s.kind === 'paper') {
      if (!out.paper.includes(s.section)) out.paper.push(s.section);
    } else if (s.kind === 'extension') {
      out.extension = true;
    } else {
      let doc = out.documents.find((d) => d.document === s.document);
      if (!doc) {
        doc = { kind: s.kind, document: s.document, articles: [] };
        out.documents.push(doc);
      }
      if (s.article && !doc.articles.includes(s.article)) doc.articles.push(s.article);
    }
  }
  return out;
}

/** Which marker kinds appear in a summary, in the legend's order (so the legend lists only those). */
export function kindsIn(summary: SourceSummary): MarkKind[] {
  const kinds: MarkKind[] = [];
  if (summary.paper.length) kinds.push('paper');
  if (summary.documents.length) kinds.push('rule');
  if (summary.extension) kinds.push('extension');
  return kinds;
}

/** The parts of a dimension entry that carry provenance (structural, so tests need no Astro). */
export interface DimensionSourced {
  bodySources: readonly Provenance[];
  schoolRole: readonly { source: Provenance }[];
  enterpriseRole: readonly { source: Provenance }[];
  enterpriseGains: readonly { source: Provenance }[];
  concerns: readonly { source: Provenance }[];
  practices: readonly { source: Provenance }[];
  pitfalls: readonly { source: Provenance }[];
  principle: Readonly<Record<'huli' | 'tongqiang' | 'qirong', { source: Provenance }>>;
  policies: readonly { policy: { id: string }; articles: readonly string[] }[];
}

/**
 * Everything a dimension page shows, as provenances in page order: the body, the lists, the
 * principle, and the related policies (the law with its articles, other documents by title).
 * `extra` adds sections other components render (indicators, checklists: the site's extension).
 */
export function dimensionSources(data: DimensionSourced, extra: readonly Provenance[] = []): Provenance[] {
  const lists = [
    data.schoolRole,
    data.enterpriseRole,
    data.enterpriseGains,
    data.concerns,
    data.practices,
    data.pitfalls,
  ];
  const policies = data.policies.flatMap((p): Provenance[] => {
    const kind = p.policy.id === 'vocational-education-law' ? 'law' : 'policy';
    return p.articles.length
      ? p.articles.map((article) => ({ kind, document: p.policy.id, article }))
      : [{ kind, document: p.policy.id }];
  });
  return [
    ...data.bodySources,
    ...lists.flatMap((l) => l.map((i) => i.source)),
    data.principle.huli.source,
    data.principle.tongqiang.source,
    data.principle.qirong.source,
    ...policies,
    ...extra,
  ];
}

/** Everything a problem or strategy page shows, as provenances: the entry, then its items. */
export function entrySources(
  entry: Provenance,
  ...lists: readonly (readonly { source: Provenance }[])[]
): Provenance[] {
  return [entry, ...lists.flatMap((l) => l.map((i) => i.source))];
}
