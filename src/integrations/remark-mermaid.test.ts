import { expect, test } from 'vitest';
import { remarkMermaid } from './remark-mermaid.ts';

interface Node {
  type: string;
  children?: Node[];
  [key: string]: unknown;
}

const fence = (value: string, meta: string | null = 'title="步骤"'): Node => ({
  type: 'code',
  lang: 'mermaid',
  meta,
  value,
  position: { start: { line: 12 } },
});
const list: Node = { type: 'list', children: [{ type: 'listItem', children: [] }] };
const run = (children: Node[], path = `${process.cwd()}/src/content/guides/x.mdx`) => {
  const tree: Node = { type: 'root', children };
  remarkMermaid()()(tree as never, { path });
  return tree;
};
const attribute = (node: Node | undefined, name: string) =>
  (node?.['attributes'] as { name: string; value: string }[] | undefined)?.find((a) => a.name === name)?.value;

test('turns a mermaid fence into the Diagram component, imported once', () => {
  const tree = run([fence('flowchart TB\n  a --> b\n'), { type: 'paragraph' }, fence('graph LR\n  c --> d\n')]);
  const [esm, first, , second] = tree.children ?? [];
  expect(esm?.type).toBe('mdxjsEsm');
  expect(JSON.stringify(esm)).toContain('Diagram.astro');
  expect(tree.children?.filter((n) => n.type === 'mdxjsEsm')).toHaveLength(1);
  expect(first?.type).toBe('mdxJsxFlowElement');
  expect(attribute(first, 'caption')).toBe('步骤');
  expect(attribute(second, 'source')).toBe('graph LR\n  c --> d\n');
});

test('leaves a file without mermaid fences alone', () => {
  const tree = run([{ type: 'code', lang: 'js', value: 'x' }]);
  expect(tree.children?.map((n) => n.type)).toEqual(['code']);
});

test('passes click links on root-relative, so the cached drawing does not depend on the base path', () => {
  const tree = run([fence('flowchart TB\n  a --> b\n  click a href "/model/"\n')]);
  expect(attribute(tree.children?.[1], 'source')).toContain('click a href "/model/"');
});

test('moves a list right after the fence into the figure as its text alternative', () => {
  const tree = run([fence('sequenceDiagram\n  A->>B: 你好\n'), list, { type: 'paragraph' }]);
  expect(tree.children?.map((n) => n.type)).toEqual(['mdxjsEsm', 'mdxJsxFlowElement', 'paragraph']);
  expect(tree.children?.[1]?.children).toEqual([list]);
});

test.each([
  [[fence('flowchart TB\n  a --> b\n', null)], /src\/content\/guides\/x\.mdx:12: a mermaid fence needs a caption/],
  [[fence('sequenceDiagram\n  A->>B: 你好\n')], /x\.mdx:12: no text alternative can be derived/],
])('stops the build naming the file and line: %#', (children, message) => {
  expect(() => run(children)).toThrow(message);
});

test('refuses mermaid in plain Markdown, where the component cannot be imported', () => {
  expect(() => run([fence('flowchart TB\n  a --> b\n')], `${process.cwd()}/src/content/guides/x.md`)).toThrow(
    /x\.md:12: mermaid diagrams are supported in \.mdx files only/,
  );
});
