/**
 * The README's layout section ("## 目录") must name every folder at the top of `src/` and of
 * `src/lib/`, so the map a newcomer reads first matches the tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

/** The lines of the layout block that describe `src/`: after `src/`, up to the next unindented line. */
function srcSection(readme: string): string {
  const block = /^## 目录\n+```\n([\s\S]*?)\n```/m.exec(readme)?.[1];
  if (block === undefined) throw new Error('README.md: no code block under "## 目录"');
  const lines = block.split('\n');
  const start = lines.indexOf('src/');
  if (start < 0) throw new Error('README.md "## 目录": no line "src/"');
  const end = lines.findIndex((line, i) => i > start && /^\S/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

const section = srcSection(readFileSync('README.md', 'utf8'));
const mentions = (name: string) => new RegExp(`(^|[\\s（(、])${name}/`, 'm').test(section);

test('the folders this test checks exist', () => {
  expect(folders('src')).toContain('lib');
  expect(folders('src/lib').length).toBeGreaterThan(0);
});

test.each(folders('src'))('the README layout names src/%s/', (name) => {
  expect(mentions(name), `README.md "## 目录" does not mention src/${name}/`).toBe(true);
});

test.each(folders('src/lib'))('the README layout names src/lib/%s/', (name) => {
  expect(mentions(name), `README.md "## 目录" does not mention src/lib/${name}/`).toBe(true);
});
