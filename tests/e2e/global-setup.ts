/**
 * Runs once before the browser tests: builds the stock Pagefind index over `dist/` into
 * STOCK_DIR, the baseline search.spec.ts compares this site's search with (Pagefind is not part of
 * the site's build); the returned teardown removes it.
 */
import { existsSync, rmSync } from 'node:fs';
import { buildStock } from './compare.ts';
import { STOCK_DIR } from './stock.ts';

export default async function globalSetup(): Promise<() => void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  rmSync(STOCK_DIR, { recursive: true, force: true });
  await buildStock('dist', STOCK_DIR);
  if (!existsSync(`${STOCK_DIR}/pagefind.js`)) throw new Error(`stock Pagefind wrote no pagefind.js in ${STOCK_DIR}`);
  return () => rmSync(STOCK_DIR, { recursive: true, force: true });
}
