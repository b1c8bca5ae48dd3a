/**
 * Pagefind indexing inside the build, on `astro:build:done` (as Starlight does): every built page
 * goes into `<outDir>/pagefind/` before `astro build` returns, so a build that cannot index fails
 * like any other build step. docs/search.md has the long form; what this adds to a plain Pagefind
 * run, and why:
 *
 * - Every Han character is indexed at a position of its own, as a word with the character after it,
 *   in a language without segmentation (search/index-text.ts). Pagefind 1.6.0 splits Chinese differently
 *   at index and at query time, so phrases on a page went unfound; the search page matches phrases
 *   exactly, and looks a term up by pairs (one index chunk per two characters). The words are made
 *   in the HTML handed to Pagefind in memory; the files in the output folder are not changed.
 * - Weights and exclusions are attributes in the layouts and components (`data-pagefind-weight`
 *   on titles and leads, `data-pagefind-ignore` on what is not content); the selectors below are
 *   the few exclusions that belong to a class rather than to one component.
 * - Pages that ask not to be indexed (`noindex`: the 404 and search pages) are skipped.
 * - Each glossary term is a record of its own (/glossary/#id) with its aliases from the site
 *   vocabulary, typed 术语, so 顶岗实习 finds 岗位实习 with its definition.
 * - It writes the facet table (search/facet-file.ts): per indexed page, in the order of Pagefind's
 *   meta file, its facet values, year, and where its title stands (for ranking without downloading
 *   pages), and each policy's names, number and row (search/policy-ref.ts), so the search page filters, counts and sorts any result set locally instead of running
 *   a Pagefind search per facet value. The search page reads Pagefind's files itself
 *   (search/pagefind-format.ts), so row n is page n: no page ids.
 * - The stored page text is read back as plain text afterwards (fewer bytes, and no client work).
 * - Pagefind's runtime, UIs and filter index are removed: the search page reads the index itself.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { readContentTree } from '../lib/content/content-check.ts';
import { encodeCaseIndex } from '../lib/facets.ts';
import { AUDIENCE_IDS, CONTENT_TYPE_IDS, INDUSTRY_IDS, MODEL_IDS, REGION_IDS } from '../lib/enums.ts';
import { glossarySearchRecord, type GlossaryEntry } from '../lib/search/fields.ts';
import { asPlainText, pageInfo, readFragments, writeFragment, type Fragment } from '../lib/search/fragment.ts';
import { encodePageInfos } from '../lib/search/rank.ts';
import { policyRefs, type PolicyEntry } from '../lib/search/policy-ref.ts';
import { FACETS_FILE } from '../lib/search/facet-file.ts';
import { INDEX_LANGUAGE, indexHtml } from '../lib/search/index-text.ts';
import { entryLanguage, pagefindCbor, readMeta, type Meta } from '../lib/search/pagefind-format.ts';

/** Exclusions that belong to a class of element wherever it appears, not to one component. */
const EXCLUDE = [
  '.visually-hidden', // screen-reader-only labels repeat what the page shows
];

/** Pages are handed to Pagefind this many at a time. */
const BATCH = 64;

export interface IndexSummary {
  pages: number;
  glossary: number;
  fragmentBytesBefore: number;
  fragmentBytesAfter: number;
}

/** The site-relative URL of a built HTML file: `a/b/index.html` → `/a/b/`. */
export function pageUrl(relativePath: string): string {
  return `/${relativePath
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * What Pagefind needs of a built page: the `<html>` tag and the `<main data-pagefind-body>` element
 * (every page has one, from BaseLayout; only inside it does Pagefind index anything). Handing it
 * less than the whole page halves the bytes it parses and the words made for it; the index is the
 * same (every file of pagefind/ byte-identical when this was introduced). A page without a main
 * element is handed whole.
 */
export function searchDocument(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const root = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>';
  return `<!doctype html>${root}<head></head><body>${html.slice(start, end + '</main>'.length)}</body></html>`;
}

/** Whether a built page asks not to be indexed. */
export function isNoindex(html: string): boolean {
  return /<meta name="robots" content="noindex"/.test(html);
}

/** Indexes the built site in `site` into `site/pagefind/`, with the content of `contentDir`. */
export async function indexSite(site: string, contentDir: string): Promise<IndexSummary> {
  // Pagefind leaves a file it would write alone when one of that name exists; a fragment already
  // read back to plain text would then be read back a second time. The index is written anew.
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, excludeSelectors: EXCLUDE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

  const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => ({ file, html: readFileSync(join(site, file), 'utf8') }))
    .filter(({ html }) => !isNoindex(html));
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const added = await Promise.all(
      batch.map(({ file, html }) =>
        index.addHTMLFile({ url: pageUrl(file), content: indexHtml(searchDocument(html)) }),
      ),
    );
    for (const [k, result] of added.entries()) {
      if (result.errors.length)
        throw new Error(`Pagefind failed to index ${batch[k]?.file}: ${result.errors.join('; ')}`);
    }
  }

  const { files: content, errors: readErrors } = readContentTree(contentDir);
  if (readErrors.length) throw new Error(`Search index: cannot read ${contentDir}: ${readErrors.join('; ')}`);
  const glossary = content.filter((f) => f.collection === 'glossary');
  for (const entry of glossary) {
    // The content check (content-guard, at config set-up) has validated every entry's schema.
    const result = await index.addCustomRecord(glossarySearchRecord(entry as unknown as GlossaryEntry));
    if (result.errors.length) throw new Error(`Pagefind failed to index ${entry.file}: ${result.errors.join('; ')}`);
  }

  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
  await pagefind.close();
  removeRuntime(join(site, 'pagefind'));

  const fragmentDir = join(site, 'pagefind', 'fragment');
  const fragmentFiles = readdirSync(fragmentDir).map((file) => ({
    file,
    pairs: readFragments(file.replace(/\.pf_fragment$/, ''), readFileSync(join(fragmentDir, file))),
  }));
  const dimensionIds = content
    .filter((f) => f.collection === 'dimensions')
    .sort((a, b) => Number(a.data['order']) - Number(b.data['order']))
    .map((f) => f.id);
  const meta = readSiteMeta(join(site, 'pagefind'));
  const policies = content
    .filter((f) => f.collection === 'policies')
    .map((f) => ({ id: f.id, title: String(f.data['title']), docNumber: f.data['docNumber'] as string | undefined }));
  const table = facetTable(
    meta,
    fragmentFiles.flatMap((f) => f.pairs),
    dimensionIds,
    policies,
  );
  writeFileSync(join(site, 'pagefind', FACETS_FILE), gzipSync(JSON.stringify(table), { level: 9 }));

  // The stored page text read back as plain text (positions are already in the index chunks).
  let before = 0;
  let after = 0;
  for (const { file, pairs } of fragmentFiles) {
    const path = join(fragmentDir, file);
    before += statSync(path).size;
    const [only] = pairs;
    const data =
      pairs.length === 1 && only && only[0] === file.replace(/\.pf_fragment$/, '')
        ? asPlainText(only[1])
        : Object.fromEntries(pairs.map(([hash, f]) => [hash, asPlainText(f)]));
    const bytes = writeFragment(data);
    after += bytes.length;
    writeFileSync(path, bytes);
  }
  return { pages: files.length, glossary: glossary.length, fragmentBytesBefore: before, fragmentBytesAfter: after };
}

/** What the search page reads of Pagefind's output: the entry, meta, chunks and fragments. */
export const KEPT = (name: string) =>
  ['pagefind-entry.json', 'index', 'fragment'].includes(name) || name.endsWith('.pf_meta');

/**
 * Removes what Pagefind writes for its own runtime and UIs (pagefind.js, its worker and WebAssembly,
 * the UI bundles, the filter index): the search page reads the index files itself, and the offline
 * copy would otherwise download them.
 */
export function removeRuntime(folder: string): void {
  for (const name of readdirSync(folder)) if (!KEPT(name)) rmSync(join(folder, name), { recursive: true });
}

/** The meta file of the index in `folder` (its only language), with its hash. */
export function readSiteMeta(folder: string): Meta & { language: string } {
  const language = entryLanguage(JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')));
  const file = `pagefind.${language}.pf_meta`;
  return { ...readMeta(file, pagefindCbor(file, gunzipSync(readFileSync(join(folder, file))))), language };
}

/**
 * The facet table: per page, in the order of Pagefind's meta file (so the browser needs no page
 * ids: row n is page n), its facet values, year and title position, from the fragments as Pagefind
 * wrote them (positions are counted in the index text; values read back). `language` names the
 * meta file it was built with.
 */
export function facetTable(
  meta: { language: string; pages: readonly Pick<Meta['pages'][number], 'hash'>[] },
  fragments: [string, Fragment][],
  dimensionIds: readonly string[],
  policies: readonly PolicyEntry[] = [],
) {
  const byHash = new Map(fragments);
  const ordered = meta.pages.map((p) => {
    const fragment = byHash.get(p.hash);
    if (!fragment) throw new Error(`Search index: page ${p.hash} of the meta file has no fragment`);
    return fragment;
  });
  // Only the filters and the year are read back here: the page text is the larger part of the work.
  const plain = ordered.map((f) => asPlainText({ ...f, content: '', meta: { year: f.meta['year'] } }));
  const years = [...new Set(plain.map((f) => f.meta['year']).filter((y): y is string => Boolean(y)))].sort((a, b) =>
    b.localeCompare(a),
  );
  const facets = (
    [
      ['type', false, CONTENT_TYPE_IDS],
      ['dimension', true, dimensionIds],
      ['industry', false, INDUSTRY_IDS],
      ['region', false, REGION_IDS],
      ['model', false, MODEL_IDS],
      ['audience', false, AUDIENCE_IDS],
      ['year', false, years],
    ] as const
  ).map(([key, multi, values]) => ({ key, multi, values: [...values], labels: [] }));
  const table = encodeCaseIndex(
    plain.map((f) => ({ ...f.filters, year: f.meta['year'] ? [f.meta['year']] : [] })),
    facets,
    0,
  );
  const rows = new Map(ordered.map((f, row) => [f.url, row]));
  return {
    ...table,
    language: meta.language,
    titles: encodePageInfos(ordered.map(pageInfo)),
    policies: policyRefs(policies, (url) => rows.get(url)),
  };
}

/** The integration: indexes `outDir` once Astro has written it. */
export function pagefindIndex(contentDir: string): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const summary = await indexSite(fileURLToPath(dir), contentDir);
        logger.info(
          `${summary.pages} pages and ${summary.glossary} glossary records indexed; fragments ${summary.fragmentBytesBefore} → ${summary.fragmentBytesAfter} bytes as plain text`,
        );
      },
    },
  };
}
