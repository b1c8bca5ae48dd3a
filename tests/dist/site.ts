/**
 * Reads a built site folder for the checks over `dist/`: every HTML page parsed once, with its
 * served path. The content editor is skipped (`admin/`, plain HTML for maintainers, checked by
 * tests/dist/editor.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { filesBelow } from '../lib/files.ts';
import type { PageLinks } from '../lib/linkcheck.ts';

export interface BuiltPage {
  /** Served path with the base, e.g. `/sub/cases/`. */
  path: string;
  /** The file below the folder, e.g. `cases/index.html`. */
  file: string;
  html: string;
  root: HTMLElement;
}

/** Every file below `dir`, as served paths under `base`. */
export function servedFiles(dir: string, base = '/'): Set<string> {
  return new Set(filesBelow(dir).map((file) => base + file));
}

/** Every HTML page below `dir` (except the editor's), parsed. */
export function readSite(dir: string, base = '/'): BuiltPage[] {
  return filesBelow(dir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
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
