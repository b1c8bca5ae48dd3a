/**
 * Checks internal links of a built site: every link to a page of the site must reach a page, and
 * every `#fragment` must name an element on the target page. Pure: the caller parses the HTML.
 */

/** What the checker needs to know about one built page. */
export interface PageLinks {
  /** The page's URL path, e.g. `/sub/cases/` (with the base path, as served). */
  path: string;
  /** `id` attributes on the page. */
  ids: ReadonlySet<string>;
  /** `href` values of `<a>` and `<link>` elements, as written. */
  hrefs: readonly string[];
}

/** Normalises a path to the form pages are keyed by: decoded, with a trailing slash for pages. */
function pageKey(pathname: string): string {
  const decoded = decodeURIComponent(pathname);
  if (decoded.endsWith('/') || /\.[a-z0-9]+$/i.test(decoded)) return decoded.replace(/index\.html$/, '');
  return `${decoded}/`;
}

/**
 * Broken internal links across `pages`, as `<page>: <href> (<why>)`. `files` lists other served
 * paths (assets, feeds) that are valid link targets. External links (another origin) are not
 * checked here: the site must work without the network.
 */
export function findBrokenLinks(
  pages: readonly PageLinks[],
  origin: string,
  files: ReadonlySet<string> = new Set(),
): string[] {
  const byPath = new Map(pages.map((p) => [pageKey(p.path), p]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
      const target = new URL(href, origin + page.path);
      if (target.origin !== origin) continue;
      const key = pageKey(target.pathname);
      const targetPage = byPath.get(key);
      if (!targetPage && !files.has(decodeURIComponent(target.pathname))) {
        broken.push(`${page.path}: ${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetPage && !targetPage.ids.has(fragment)) {
        broken.push(`${page.path}: ${href} (no element with id "${fragment}")`);
      }
    }
  }
  return broken;
}
