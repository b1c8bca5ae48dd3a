/**
 * `npm run test:e2e`: finds (or installs) Chromium, then runs the Playwright browser tests against
 * the built site. Extra arguments go to Playwright (`npm run test:e2e -- tests/e2e/foundation.spec.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first (or `npm test`, which does).');
  process.exit(1);
}
let browser;
try {
  browser = await findBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.log(`Browser: ${browser}`);
// `--relevance` (npm run test:relevance) turns on the long relevance run against stock Pagefind.
const args = process.argv.slice(2);
const relevance = args.includes('--relevance');
const result = spawnSync(
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', ...args.filter((a) => a !== '--relevance')],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: browser, ...(relevance ? { RELEVANCE: '1' } : {}) },
  },
);
process.exit(result.status ?? 1);
