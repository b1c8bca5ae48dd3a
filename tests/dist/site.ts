/**
 * Reads a built site folder for the checks over `dist/`: every HTML page parsed once, with its
 * served path. Pagefind's own files are not pages of the site and are skipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { PageLinks } from '../../src/lib/linkcheck.ts';

export interface BuiltPage {
  /** Served path with the base, e.g. `/sub/cases/`. */
  path: string;
  /** The file below the folder, e.g. `cases/index.html`. */
  file: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file below `dir`, as served paths under `base`. */
export function servedFiles(dir: string, base = '/'): Set<string> {
  return new Set(walk(dir).map((f) => base + relative(dir, f).split(sep).join('/')));
}

/** Every HTML page below `dir` (except Pagefind's), parsed. */
export function readSite(dir: string, base = '/'): BuiltPage[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html') && !relative(dir, f).startsWith('pagefind'))
    .map((f) => {
      const file = relative(dir, f).split(sep).join('/');
      const html = readFileSync(f, 'utf8');
      const path = base + file.replace(/(^|\/)index\.html$/, '$1');
      return { path, file, html, root: parse(html) };
    });
}

/** The link-check view of a page. */
export function linksOf(page: BuiltPage): PageLinks {
  return {
    path: page.path,
    ids: new Set(page.root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '')),
    hrefs: page.root
      .querySelectorAll('a[href], link[href]')
      .filter((el) => el.getAttribute('rel') !== 'canonical' && !/^og:/.test(el.getAttribute('property') ?? ''))
      .map((el) => el.getAttribute('href') ?? ''),
  };
}
