/**
 * Where the stock Pagefind index over `dist/` lives during a browser-test run: built once by the
 * global setup (global-setup.ts) for every test that compares with it.
 */
export const STOCK_DIR = '.tmp/e2e/stock-pagefind';
