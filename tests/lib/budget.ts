/**
 * What a page makes the browser download on load, in gzip bytes: its HTML, its stylesheets, its
 * scripts and every module those scripts import statically. Dynamic `import()` is left out on
 * purpose: it is what we use to load heavy code (Mermaid, search) only when a reader needs it.
 */
import { gzipSync } from 'node:zlib';
import { initSync, parse } from 'es-module-lexer';

initSync();

/** Reads a site file by its URL path (`/_astro/x.js`); undefined when there is no such file. */
export type ReadAsset = (path: string) => string | undefined;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** The asset paths counted, for reports. */
  assets: string[];
}

/** gzip size in bytes, at the level static hosts commonly use. */
export function gzipBytes(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

function attr(tag: string, name: string): string | undefined {
  const m = ATTR(name).exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}

/** Static import specifiers of an ES module: `import x from "…"`, `import "…"`, `export … from "…"`. */
export function staticImports(code: string): string[] {
  const [imports] = parse(code);
  // `d === -1` marks a static import or re-export; dynamic `import()` and `import.meta` are not.
  return [...new Set(imports.filter((i) => i.d === -1 && i.n !== undefined).map((i) => i.n as string))];
}

/** The on-load weight of a page at `pagePath` with HTML `html`. */
export function pageWeight(pagePath: string, html: string, read: ReadAsset): PageWeight {
  const base = `http://site${pagePath}`;
  const resolve = (href: string, from = base) => new URL(href, from).pathname;
  const seen = new Set<string>();
  let css = 0;
  let js = 0;

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const href = attr(tag, 'href');
    if (!href) continue;
    const path = resolve(href);
    const text = read(path);
    if (text === undefined) throw new Error(`${pagePath}: stylesheet ${path} does not exist`);
    seen.add(path);
    css += gzipBytes(text);
  }

  const queue: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attr(attrs, 'type');
    if (type && type !== 'module' && !/javascript/i.test(type)) continue; // data blocks (JSON-LD)
    const src = attr(attrs, 'src');
    if (src) queue.push(resolve(src));
    else if (body.trim()) {
      js += gzipBytes(body);
      for (const spec of staticImports(body)) queue.push(resolve(spec));
    }
  }
  while (queue.length) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = read(path);
    if (code === undefined) throw new Error(`${pagePath}: script ${path} does not exist`);
    js += gzipBytes(code);
    for (const spec of staticImports(code)) queue.push(resolve(spec, `http://site${path}`));
  }

  const htmlBytes = gzipBytes(html);
  return { html: htmlBytes, css, js, total: htmlBytes + css + js, assets: [...seen] };
}
