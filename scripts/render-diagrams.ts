/**
 * `npm run diagrams` (and the first step of `npm run build`): draws every diagram of the site
 * that has no drawing in the committed cache (src/diagrams/rendered/), with Mermaid in headless
 * Chromium, and says what it did. When nothing is missing it starts no browser. A diagram Mermaid
 * cannot draw stops it with the file (and line) named. Drawings no diagram uses any more are
 * removed when the site's own content is drawn (not for CONTENT_DIR fixtures).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { cacheName, diagramHash, RENDERED_DIR, STYLESHEET, writeCacheFile } from '../src/lib/diagrams/cache.ts';
import { siteDiagrams } from '../src/lib/diagrams/collect.ts';
import { openRenderer } from '../src/lib/diagrams/render.ts';
import { processSvg, readStylesheet, stylesheet } from '../src/lib/diagrams/svg.ts';

const root = process.env['CONTENT_DIR'] ?? 'src/content';
const log = (message: string) => console.log(`[diagrams] ${message}`);

const diagrams = siteDiagrams(root);
const byHash = new Map(diagrams.map((d) => [diagramHash(d.source), d]));
mkdirSync(RENDERED_DIR, { recursive: true });
const missing = [...byHash].filter(([hash]) => !existsSync(join(RENDERED_DIR, cacheName(hash))));

if (missing.length === 0) {
  log(`all ${byHash.size} diagrams are in ${RENDERED_DIR}; no browser needed`);
} else {
  const started = Date.now();
  log(
    `${missing.length} of ${byHash.size} diagrams are not in ${RENDERED_DIR}; drawing them with Mermaid in Chromium…`,
  );
  const renderer = await openRenderer(await findBrowser(), CHROMIUM_ARGS);
  const cssPath = join(RENDERED_DIR, STYLESHEET);
  const rules = existsSync(cssPath) ? readStylesheet(readFileSync(cssPath, 'utf8')) : [];
  const failures: string[] = [];
  try {
    for (const [hash, { file, source }] of missing) {
      const id = `d${hash.slice(0, 12)}`;
      try {
        const processed = processSvg(await renderer.render(source, id), id);
        rules.push(...processed.rules);
        writeFileSync(join(RENDERED_DIR, cacheName(hash)), writeCacheFile(source, processed.svg));
        log(`drew ${file}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failures.push(
          `${file}: ${message
            .replace(/^page\.evaluate: (Error: )?/, '')
            .replace(/\s+/g, ' ')
            .trim()}`,
        );
      }
    }
  } finally {
    await renderer.close();
    writeFileSync(cssPath, stylesheet(rules));
  }
  if (failures.length) {
    console.error(`[diagrams] Mermaid could not draw ${failures.length} diagram(s):\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  log(`drew ${missing.length} diagrams in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (!process.env['CONTENT_DIR']) {
  const used = new Set([...byHash.keys()].map(cacheName));
  const unused = readdirSync(RENDERED_DIR).filter((name) => name.endsWith('.svg') && !used.has(name));
  for (const name of unused) rmSync(join(RENDERED_DIR, name));
  if (unused.length) log(`removed ${unused.length} drawings no diagram uses any more`);
}
