/**
 * Builds the Pagefind index for a built site folder (argument 1) into `<folder>/pagefind/`.
 *
 * What it changes from a plain `pagefind --site` run, and why (docs/search.md has the long form):
 * - Every Han character is indexed as a token of its own (search/tokens.ts). Pagefind 1.6.0 splits
 *   Chinese differently at index and at query time, so phrases on a page went unfound; the search
 *   page tokenizes queries the same way, and matches phrases exactly.
 * - Repeated chrome inside <main> is left out (navigation, screen-reader-only text), and pages that
 *   ask not to be indexed (the 404 page) are skipped.
 * - Titles weigh most (h1 10, the lead 3; Pagefind's own heading weights apply below that).
 * - Each glossary term is a record of its own (/glossary/#id) with its aliases from the site
 *   vocabulary, typed 术语, so 顶岗实习 finds 岗位实习 with its definition.
 * - It writes `pagefind/facets.json`: each indexed page's id with its facet values, year, and where
 *   its title stands (for ranking without downloading pages), a few characters each, so the search page filters, counts and sorts any result set locally instead
 *   of running a Pagefind search per facet value (seconds on a large site).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { readContentTree } from '../src/lib/content-check.ts';
import { markHtmlBoundaries } from '../src/lib/search/tokens.ts';
import { glossarySearchRecord } from '../src/lib/search/fields.ts';
import { AUDIENCE_IDS, CONTENT_TYPE_IDS, INDUSTRY_IDS, MODEL_IDS, REGION_IDS } from '../src/lib/enums.ts';
import { encodeCaseIndex } from '../src/lib/facets.ts';
import { pageInfo, readFragments, withoutBoundaries, writeFragment } from '../src/lib/search/fragment.ts';
import { encodePageInfos } from '../src/lib/search/rank.ts';

const site = process.argv[2];
if (!site) {
  console.error('usage: node scripts/index-search.mjs <built-site-folder>');
  process.exit(2);
}
const contentDir = process.env['CONTENT_DIR'] ?? 'src/content';

/** Inside <main data-pagefind-body>, what is not content. Components mark the rest themselves. */
const EXCLUDE = [
  'nav', // tables of contents, pagers, pagination: links to elsewhere
  '.visually-hidden', // screen-reader-only labels repeat what the page shows
  '[data-diagram-source]', // Mermaid source; the text alternative is indexed instead
  '[data-diagram-error]', // the "diagram failed" notice, hidden unless it did
  '[data-diagram-alternative] > summary', // the "text alternative" label
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : walk(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The page as the indexer sees it: tokens marked, the title and lead weighted. */
function prepare(html) {
  return markHtmlBoundaries(html)
    .replace(/<h1(?![^>]*data-pagefind-weight)/, '<h1 data-pagefind-weight="10"')
    .replace(/<p class="lead"(?![^>]*data-pagefind-weight)/, '<p class="lead" data-pagefind-weight="3"');
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn', excludeSelectors: EXCLUDE });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

const files = walk(site).filter((file) => !/<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8')));
let indexed = 0;
for (let i = 0; i < files.length; i += 64) {
  const batch = files.slice(i, i + 64);
  const added = await Promise.all(
    batch.map((file) => {
      const path = relative(site, file).split(sep).join('/');
      const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
      return index.addHTMLFile({ url, content: prepare(readFileSync(file, 'utf8')) });
    }),
  );
  for (const [k, result] of added.entries()) {
    if (result.errors.length) throw new Error(`Pagefind failed to index ${batch[k]}: ${result.errors.join('; ')}`);
  }
  indexed += batch.length;
}

const { files: content, errors: readErrors } = readContentTree(contentDir);
if (readErrors.length) throw new Error(`Search index: cannot read ${contentDir}: ${readErrors.join('; ')}`);
let records = 0;
for (const entry of content.filter((f) => f.collection === 'glossary')) {
  const result = await index.addCustomRecord(glossarySearchRecord(entry));
  if (result.errors.length) throw new Error(`Pagefind failed to index ${entry.file}: ${result.errors.join('; ')}`);
  records++;
}

const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
await pagefind.close();

// The facet table: page id (fragment hash) → facet values, from the fragments just written.
const fragmentDir = `${site}/pagefind/fragment`;
const fragmentFiles = readdirSync(fragmentDir).map((file) => {
  const pairs = readFragments(file.replace(/\.pf_fragment$/, ''), readFileSync(join(fragmentDir, file)));
  return { file, pairs };
});
const fragments = fragmentFiles.flatMap((f) => f.pairs);
const dimensionIds = content
  .filter((f) => f.collection === 'dimensions')
  .sort((a, b) => a.data.order - b.data.order)
  .map((f) => f.id);
const years = [...new Set(fragments.map(([, f]) => f.meta?.year).filter(Boolean))].sort((a, b) => b.localeCompare(a));
const facets = [
  ['type', false, CONTENT_TYPE_IDS],
  ['dimension', true, dimensionIds],
  ['industry', false, INDUSTRY_IDS],
  ['region', false, REGION_IDS],
  ['model', false, MODEL_IDS],
  ['audience', false, AUDIENCE_IDS],
  ['year', false, years],
].map(([key, multi, values]) => ({ key, multi, values, labels: [] }));
const table = encodeCaseIndex(
  fragments.map(([, f]) => ({ ...f.filters, year: f.meta?.year ? [f.meta.year] : [] })),
  facets,
  0,
);
// Page ids share the language prefix (zh-cn_): written once.
const prefix = 'zh-cn_';
if (!fragments.every(([id]) => id.startsWith(prefix))) throw new Error(`Search index: a page id lacks ${prefix}`);
const ids = fragments.map(([id]) => id.slice(prefix.length)).join(',');
// Where each page's title stands and its length, for ranking before any page is downloaded.
const pages = encodePageInfos(fragments.map(([, f]) => pageInfo(f)));
writeFileSync(`${site}/pagefind/facets.json`, JSON.stringify({ ...table, prefix, ids, pages }));

// The stored page text without the word boundaries (positions are already in the index chunks).
let before = 0;
let after = 0;
for (const { file, pairs } of fragmentFiles) {
  const path = join(fragmentDir, file);
  before += statSync(path).size;
  const single = pairs.length === 1 && pairs[0][0] === file.replace(/\.pf_fragment$/, '');
  const data = single
    ? withoutBoundaries(pairs[0][1])
    : Object.fromEntries(pairs.map(([hash, f]) => [hash, withoutBoundaries(f)]));
  const bytes = writeFragment(data);
  after += bytes.length;
  writeFileSync(path, bytes);
}
console.log(`Search fragments: ${before} → ${after} bytes without word boundaries`);
console.log(`Search index: ${indexed} pages, ${records} glossary records`);
