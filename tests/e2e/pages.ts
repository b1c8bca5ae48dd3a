/**
 * The pages the browser tests walk: every page in the sitemap, and one page of each template
 * (the list lives in scripts/lib/templates.mjs). No test lives here.
 */
import { readFileSync } from 'node:fs';
export { TEMPLATE_PAGES } from '../../scripts/lib/templates.mjs';

/** Paths of every page in the built sitemap, without the site origin. */
export const sitemapPaths = (): string[] =>
  [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? '/').pathname,
  );

/** A page's kind: its first path segment and its depth (`cases/4` for `/cases/<id>/`). */
export const kindOf = (path: string) => `${path.split('/')[1] ?? ''}/${path.split('/').length}`;
