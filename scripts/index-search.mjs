/**
 * Builds the Pagefind index for a built site folder (argument 1) into `<folder>/pagefind/`.
 * Chinese is segmented by the Extended build that the pagefind npm package ships.
 */
import * as pagefind from 'pagefind';

const site = process.argv[2];
if (!site) {
  console.error('usage: node scripts/index-search.mjs <built-site-folder>');
  process.exit(2);
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${added.page_count} pages`);
