// @vitest-environment happy-dom
/**
 * Every diagram the site draws goes through Mermaid's own parser: the ones generated from the
 * collections and every ```mermaid fence in src/content. A failure names the file (and, for a
 * fence, the line), so an editor knows where to look. Mermaid needs a DOM, hence happy-dom.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import mermaid from 'mermaid';
import { readContentTree, type ContentFile } from '../../src/lib/content-check.ts';
import {
  mapDiagram,
  modelDiagram,
  problemDiagram,
  strategyDiagram,
  type DimensionLike,
  type ProblemLike,
  type StrategyLike,
} from '../../src/lib/diagrams.ts';
import { checkDiagrams, extractMermaidFences, fenceCaption } from '../../src/lib/mermaid-fence.ts';

const parse = (source: string) => mermaid.parse(source);
const { files } = readContentTree('src/content');

/** Raw frontmatter holds references as ids; the generators take `{ id }` as collections yield. */
const refs = (value: unknown) => ((value as string[] | undefined) ?? []).map((id) => ({ id }));
const entries = (collection: ContentFile['collection']) => files.filter((f) => f.collection === collection);
const dimensions: DimensionLike[] = entries('dimensions').map((f) => ({
  id: f.id,
  data: f.data as unknown as DimensionLike['data'],
}));
const problems: (ProblemLike & { file: string })[] = entries('problems').map((f) => ({
  id: f.id,
  file: f.file,
  data: { ...(f.data as unknown as ProblemLike['data']), dimensions: refs(f.data['dimensions']) },
}));
const strategies: (StrategyLike & { file: string })[] = entries('strategies').map((f) => ({
  id: f.id,
  file: f.file,
  data: {
    ...(f.data as unknown as StrategyLike['data']),
    addresses: refs(f.data['addresses']),
    dimensions: refs(f.data['dimensions']),
  },
}));

/** Every ```mermaid fence in a set of files, each named `<file>:<line>`. */
function fencesIn(paths: readonly string[]) {
  return paths.flatMap((file) =>
    extractMermaidFences(readFileSync(file, 'utf8')).map((f) => ({ file: `${file}:${f.line}`, ...f })),
  );
}

test('the content has dimensions, problems and strategies to draw', () => {
  expect(dimensions.length).toBe(10);
  expect(problems.length).toBeGreaterThan(0);
  expect(strategies.length).toBeGreaterThan(0);
});

test('every generated diagram parses', async () => {
  const generated = [
    { file: 'model (src/content/dimensions)', source: modelDiagram(dimensions).source },
    { file: 'problem → strategy → dimension map', source: mapDiagram(problems, strategies, dimensions).source },
    ...problems.map((p) => ({ file: p.file, source: problemDiagram(p, strategies, dimensions).source })),
    ...strategies.map((s) => ({ file: s.file, source: strategyDiagram(s, problems, dimensions).source })),
  ];
  expect(await checkDiagrams(generated, parse)).toEqual([]);
});

test('every ```mermaid fence in src/content parses and has a caption', async () => {
  const fences = fencesIn(files.map((f) => f.file));
  expect(fences.length).toBeGreaterThan(0);
  expect(await checkDiagrams(fences, parse)).toEqual([]);
  expect(fences.filter((f) => !fenceCaption(f.meta)).map((f) => `${f.file}: no title="…" caption`)).toEqual([]);
});

test('a broken fence is reported with its file and line', async () => {
  const problemsFound = await checkDiagrams(fencesIn(['tests/fixtures/mermaid/broken.mdx']), parse);
  expect(problemsFound).toHaveLength(1);
  expect(problemsFound[0]).toMatch(/^tests\/fixtures\/mermaid\/broken\.mdx:7: Parse error/);
});

test('labels full of quotes, brackets and markup still parse once escaped', async () => {
  const nasty = '引号"与[方括号](圆括号){花括号}<b>标签</b> #35; & `反引号` ; click x href "/"';
  const spec = problemDiagram(
    {
      id: 'nasty',
      data: { name: nasty, causes: [{ title: nasty, actor: 'both' }], dimensions: [{ id: 'odd' }] },
    },
    [],
    [{ id: 'odd', data: { name: nasty, order: 1, group: 'foundation' } }],
  );
  expect(await checkDiagrams([{ file: 'nasty labels', source: spec.source }], parse)).toEqual([]);
});
