/**
 * The docs render as a Markdown parser reads them, not as their author meant: a stray fence turns
 * every section after it into one code block. Each document is parsed with mdast (the parser
 * behind remark, which GitHub-flavoured renderers share) and its headings are read from the tree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Heading, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { expect, test } from 'vitest';

const parse = (file: string): Root => fromMarkdown(readFileSync(file, 'utf8'));

const textOf = (node: RootContent): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map((c) => textOf(c as RootContent)).join('') : '';

const headings = (tree: Root, depth: number) =>
  tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === depth).map(textOf);

const docs = ['README.md', 'CONTRIBUTING.md', ...readdirSync('docs').map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith('.md'),
);

test('the README renders with every section a newcomer looks for, in order', () => {
  // Other sections may stand between them; these must be there, as headings, in this order.
  const expected = ['两条命令', '目录', '部署', '更多文档', '许可'];
  const found = headings(parse('README.md'), 2);
  expect(found.filter((h) => expected.includes(h))).toEqual(expected);
});

test.each(docs)('%s: no code block swallows a heading or a paragraph of prose', (file) => {
  const tree = parse(file);
  expect(headings(tree, 1).length + headings(tree, 2).length, 'headings').toBeGreaterThan(0);
  const swallowed = tree.children
    .filter((n) => n.type === 'code')
    .filter((n) => /^#{1,4} \S/m.test(n.value) && n.lang !== 'md' && n.lang !== 'markdown')
    .map((n) => `line ${n.position?.start.line}: ${n.value.split('\n')[0]}`);
  expect(swallowed).toEqual([]);
});

test('the licences the README names exist, and package.json says the same', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain('代码以 MIT 发布');
  expect(readme).toContain('内容以 CC BY 4.0 发布');
  expect(existsSync('LICENSE')).toBe(true);
  expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
  expect(readFileSync('LICENSE-CONTENT.md', 'utf8')).toContain('CC BY 4.0');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { license: string };
  expect(pkg.license).toBe('(MIT AND CC-BY-4.0)');
});

test('the README says which Node runs npm and which runs the project, as package.json does', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    engines: { node: string };
    devDependencies: Record<string, string>;
  };
  const readme = readFileSync('README.md', 'utf8');
  const engine = /(\d+\.\d+)/.exec(pkg.engines.node)?.[1];
  expect(engine).toBeDefined();
  expect(readme).toContain(`Node ${engine}`);
  expect(readme).toContain(`Node ${pkg.devDependencies['node']?.split('.')[0]}`);
  expect(readme).toContain('EBADENGINE');
});
