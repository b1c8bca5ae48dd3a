/**
 * `npm run content:fix-style [-- path …]`: rewrites content files to the numeral and spacing rule
 * (src/lib/content/style-rule.ts, CONTRIBUTING.md). With no path it fixes every .md/.mdx below src/content;
 * a path may be a file or a folder. Prints each file it changed; files that follow the rule are not
 * touched, so running it twice changes nothing the second time.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkStyle, fixStyle, styleOptionsFor } from '../src/lib/content/style-rule.ts';

function walk(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.mdx?$/.test(p))
    .sort()
    .map((p) => join(path, p));
}

const targets = process.argv.slice(2);
let changed = 0;
for (const file of (targets.length ? targets : ['src/content']).flatMap(walk)) {
  const text = readFileSync(file, 'utf8');
  const options = styleOptionsFor(file);
  const fixed = fixStyle(text, options);
  if (fixed === text) continue;
  const left = checkStyle(fixed, options);
  if (left.length) throw new Error(`${file}: the fixer left ${left.length} breach(es), e.g. line ${left[0]?.line}`);
  writeFileSync(file, fixed);
  changed++;
  console.log(`fixed ${file} (${checkStyle(text, options).length} breach(es))`);
}
console.log(`${changed} file(s) changed`);
