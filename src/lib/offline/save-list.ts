/**
 * What "save the whole site for offline use" downloads, computed at build time from the files of
 * the built site: every page, the whole search index and every download. Written to
 * `offline.json` beside the pages, so the control can show the size before anything is fetched.
 */

/** A built file: its path below the output folder (`cases/index.html`) and its size in bytes. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

/** One URL to save, with the cache it goes to and its size. */
export interface SaveEntry {
  url: string;
  bytes: number;
}

/** The list the control downloads, grouped by the cache each part goes to. */
export interface SaveList {
  /** Changes whenever any built file changes; the saved copy records it. */
  build: string;
  /** When the site was built (ISO 8601). */
  builtAt: string;
  pages: SaveEntry[];
  search: SaveEntry[];
  assets: SaveEntry[];
  /** Titles of the pages, by URL, for the offline page's list of what is saved. */
  titles: Record<string, string>;
  /** Total bytes of all entries. */
  bytes: number;
}

/**
 * Files that are never saved: host configuration, the worker itself, feeds and sitemaps, and the
 * open data files and their schemas (for programs, not for reading offline; /data/ itself is kept).
 */
const SKIPPED = [
  /^data\/[^/]+\.json$/,
  /^_headers$/,
  /^sw\.js$/,
  /^workbox-[^/]*\.js$/,
  /^offline\.json$/,
  /^robots\.txt$/,
  /\.xml$/,
  /^404\.html$/,
  /\.map$/,
  // The content editor (#26): 5 MB of CMS for maintainers, nothing a reader takes offline.
  /^admin\//,
];

/** Downloads readers keep: templates, tables and the case data shards the case browser reads. */
const ASSET = /\.(docx|csv|json|svg|png|ico|webmanifest|css|js)$/;

/** The URL of a built file under `base` (`cases/index.html` → `/kb/cases/`). */
export function urlOf(path: string, base: string): string {
  return base + path.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Splits the built files into pages, search files and assets. `titles` maps a page's file path to
 * its title; files not matched by any group (fonts, say) are left out.
 */
export function saveList(
  files: readonly BuiltFile[],
  options: { base: string; build: string; builtAt: string; titles: Record<string, string> },
): SaveList {
  const list: SaveList = {
    build: options.build,
    builtAt: options.builtAt,
    pages: [],
    search: [],
    assets: [],
    titles: {},
    bytes: 0,
  };
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (SKIPPED.some((re) => re.test(file.path))) continue;
    const entry = { url: urlOf(file.path, options.base), bytes: file.bytes };
    if (file.path.startsWith('search-index/')) list.search.push(entry);
    else if (file.path.endsWith('.html')) {
      list.pages.push(entry);
      const title = options.titles[file.path];
      if (title) list.titles[entry.url] = title;
    } else if (ASSET.test(file.path)) list.assets.push(entry);
    else continue;
    list.bytes += file.bytes;
  }
  return list;
}
