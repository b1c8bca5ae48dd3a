// @vitest-environment happy-dom
/**
 * Every diagram the site draws goes through Mermaid's own parser, and has an up-to-date drawing
 * in the committed cache (so CI and a fresh clone build without a browser): the diagrams
 * generated from the collections and every ```mermaid fence in src/content. A failure names the
 * file (and, for a fence, the line). Mermaid's parser needs a DOM, hence happy-dom.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import mermaid from 'mermaid';
import { cacheName, diagramHash, RENDERED_DIR, staleReason, STYLESHEET } from '../../src/lib/diagrams/cache.ts';
import { fencesIn, siteDiagrams } from '../../src/lib/diagrams/collect.ts';
import { checkDiagrams, extractMermaidFences, fenceCaption } from '../../src/lib/diagrams/fence.ts';
import { problemDiagram } from '../../src/lib/diagrams/generate.ts';
import { readStylesheet } from '../../src/lib/diagrams/svg.ts';
import { MERMAID_VERSION } from '../../src/lib/diagrams/theme.ts';
import { readContentTree } from '../../src/lib/content/content-check.ts';

const parse = (source: string) => mermaid.parse(source);
const diagrams = siteDiagrams('src/content');
const cached = readdirSync(RENDERED_DIR).filter((name) => name.endsWith('.svg'));

test('the content has generated diagrams and fences to draw', () => {
  // model + map + at least one problem and one strategy, and at least one fence.
  expect(diagrams.filter((d) => !/:\d+$/.test(d.file)).length).toBeGreaterThanOrEqual(4);
  expect(diagrams.filter((d) => /\.mdx:\d+$/.test(d.file)).length).toBeGreaterThan(0);
});

test('every diagram parses', async () => {
  expect(await checkDiagrams(diagrams, parse)).toEqual([]);
});

test('every ```mermaid fence in src/content has a caption', () => {
  const { files } = readContentTree('src/content');
  const fences = files.flatMap((f) =>
    extractMermaidFences(readFileSync(f.file, 'utf8')).map((fence) => ({ file: `${f.file}:${fence.line}`, ...fence })),
  );
  expect(fences.length).toBeGreaterThan(0);
  expect(fences.filter((f) => !fenceCaption(f.meta)).map((f) => `${f.file}: no title="…" caption`)).toEqual([]);
});

test('a broken fence is reported with its file and line', async () => {
  const problemsFound = await checkDiagrams(fencesIn(['tests/fixtures/mermaid/broken.mdx']), parse);
  expect(problemsFound).toHaveLength(1);
  expect(problemsFound[0]).toMatch(/^tests\/fixtures\/mermaid\/broken\.mdx:7: Parse error/);
});

test('every diagram has a drawing in the cache (run `npm run diagrams` and commit src/diagrams/rendered/)', () => {
  const missing = diagrams
    .filter((d) => !existsSync(join(RENDERED_DIR, cacheName(diagramHash(d.source)))))
    .map((d) => `${d.file}: no ${RENDERED_DIR}/${cacheName(diagramHash(d.source))}`);
  expect(missing).toEqual([]);
});

test('no cached drawing is stale or unused', () => {
  const stale = cached.flatMap((name) => staleReason(name, readFileSync(join(RENDERED_DIR, name), 'utf8')) ?? []);
  expect(stale).toEqual([]);
  const used = new Set(diagrams.map((d) => cacheName(diagramHash(d.source))));
  expect(cached.filter((name) => !used.has(name))).toEqual([]);
});

test('every class a cached drawing uses for a former style attribute has its rule in the stylesheet', () => {
  const css = readStylesheet(readFileSync(join(RENDERED_DIR, STYLESHEET), 'utf8')).join('\n');
  const classes = new Set(
    cached.flatMap((name) => readFileSync(join(RENDERED_DIR, name), 'utf8').match(/\bds-[0-9a-f]{8}\b/g) ?? []),
  );
  expect(classes.size).toBeGreaterThan(0);
  expect([...classes].filter((c) => !css.includes(`.${c}{`))).toEqual([]);
});

test('cached drawings carry no inline style, for a style-src without unsafe-inline', () => {
  const inline = cached.filter((name) => /<style|\sstyle="/.test(readFileSync(join(RENDERED_DIR, name), 'utf8')));
  expect(inline).toEqual([]);
});

test('the renderer draws with the Mermaid release that is installed', () => {
  const installed = JSON.parse(readFileSync('node_modules/mermaid/package.json', 'utf8')) as { version: string };
  expect(installed.version).toBe(MERMAID_VERSION);
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
