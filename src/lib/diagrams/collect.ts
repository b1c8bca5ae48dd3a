/**
 * Every diagram the site draws, read straight from the content files (no Astro): the generated
 * ones (model, map, one per problem and per strategy) and every ```mermaid fence, each named by
 * the file (and line) it comes from. The renderer draws what this lists; the tests check that
 * each has a cached drawing and that each parses.
 */
import { readFileSync } from 'node:fs';
import { readContentTree, type ContentFile } from '../content/content-check.ts';
import { extractMermaidFences } from './fence.ts';
import {
  mapDiagram,
  modelDiagram,
  problemDiagram,
  strategyDiagram,
  type DimensionLike,
  type ProblemLike,
  type StrategyLike,
} from './generate.ts';

/** A diagram to draw: where it comes from (`file` or `file:line`) and its Mermaid source. */
export interface SiteDiagram {
  file: string;
  source: string;
}

type Ordered<T> = T & { file: string; order: number };

/** Raw frontmatter holds references as ids; the generators take `{ id }` as collections yield. */
const refs = (value: unknown) => ((value as string[] | undefined) ?? []).map((id) => ({ id }));
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** The entries the generators draw, in the order the pages list them (src/data/content.ts). */
export function readEntries(files: readonly ContentFile[]) {
  const of = (collection: ContentFile['collection']) => files.filter((f) => f.collection === collection);
  const order = (f: ContentFile) => Number(f.data['order']);
  const dimensions: Ordered<DimensionLike>[] = of('dimensions')
    .map((f) => ({ id: f.id, file: f.file, order: order(f), data: f.data as unknown as DimensionLike['data'] }))
    .sort(byOrder);
  const problems: Ordered<ProblemLike>[] = of('problems')
    .map((f) => ({
      id: f.id,
      file: f.file,
      order: order(f),
      data: { ...(f.data as unknown as ProblemLike['data']), dimensions: refs(f.data['dimensions']) },
    }))
    .sort(byOrder);
  const strategies: Ordered<StrategyLike>[] = of('strategies')
    .map((f) => ({
      id: f.id,
      file: f.file,
      order: order(f),
      data: {
        ...(f.data as unknown as StrategyLike['data']),
        addresses: refs(f.data['addresses']),
        dimensions: refs(f.data['dimensions']),
      },
    }))
    .sort(byOrder);
  return { dimensions, problems, strategies };
}

/** Every ```mermaid fence in the given files, named `<file>:<line>`. */
export function fencesIn(paths: readonly string[]): SiteDiagram[] {
  return paths.flatMap((file) =>
    extractMermaidFences(readFileSync(file, 'utf8')).map((f) => ({ file: `${file}:${f.line}`, source: f.source })),
  );
}

/** Every diagram of the site whose content lives below `root`. */
export function siteDiagrams(root = 'src/content'): SiteDiagram[] {
  const { files } = readContentTree(root);
  const { dimensions, problems, strategies } = readEntries(files);
  const generated: SiteDiagram[] = dimensions.length
    ? [
        { file: `model (${root}/dimensions)`, source: modelDiagram(dimensions).source },
        { file: 'problem → strategy → dimension map', source: mapDiagram(problems, strategies, dimensions).source },
        ...problems.map((p) => ({ file: p.file, source: problemDiagram(p, strategies, dimensions).source })),
        ...strategies.map((s) => ({ file: s.file, source: strategyDiagram(s, problems, dimensions).source })),
      ]
    : [];
  return [...generated, ...fencesIn(files.map((f) => f.file))];
}
