import { expect, test } from 'vitest';
import { gzipBytes, pageWeight, staticImports } from './budget.ts';

test('finds static imports and re-exports, not dynamic import()', () => {
  const code = `import a from"./a.js";import"./b.js";export{c}from'./c.js';const d=()=>import("./d.js");`;
  expect(staticImports(code).sort()).toEqual(['./a.js', './b.js', './c.js']);
});

test('counts HTML, stylesheets and the static module graph once each, not lazy chunks', () => {
  const files: Record<string, string> = {
    '/_astro/site.css': 'body{color:red}',
    '/_astro/page.js': 'import"./shared.js";const m=()=>import("./heavy.js");',
    '/_astro/shared.js': 'export const x=1;',
    '/_astro/heavy.js': 'x'.repeat(50_000),
  };
  const html =
    '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script>' +
    '<script type="module">import"/_astro/shared.js"</script><script type="application/ld+json">{"a":1}</script>';
  const weight = pageWeight('/x/', html, (p) => files[p]);
  expect(weight.assets.sort()).toEqual(['/_astro/page.js', '/_astro/shared.js', '/_astro/site.css']);
  expect(weight.css).toBe(gzipBytes(files['/_astro/site.css'] ?? ''));
  expect(weight.js).toBe(
    gzipBytes('import"/_astro/shared.js"') +
      gzipBytes(files['/_astro/page.js'] ?? '') +
      gzipBytes(files['/_astro/shared.js'] ?? ''),
  );
  expect(weight.total).toBe(weight.html + weight.css + weight.js);
});

test('a missing asset is an error naming the page and the file', () => {
  expect(() => pageWeight('/x/', '<script src="/nope.js"></script>', () => undefined)).toThrow(
    '/x/: script /nope.js does not exist',
  );
});
