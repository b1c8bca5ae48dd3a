/**
 * `npm run lighthouse`: Lighthouse's mobile audit (simulated throttling, its default) in the
 * Chromium the tests use, over one page of every template, served from dist/ by
 * scripts/serve.mjs. Prints the four category scores and the cumulative layout shift of each
 * run, the median per page, and fails when a page's median CLS is above 0.02 (the issue's limit)
 * or, with --strict, when a median score is below 100.
 *
 *   npm run build && npm run lighthouse               # 3 runs per page
 *   npm run lighthouse -- --runs 1 --dir other/dist    # one run, another build
 *   npm run lighthouse -- /model/ /cases/             # only these pages
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { MEASURED_PAGES } from './lib/templates.mjs';

/**
 * Lighthouse is not a devDependency: `npm test` never uses it, and its 90 packages cost every
 * `npm ci`. This script installs the pinned version (without saving it) the first time it runs.
 */
const LIGHTHOUSE = 'lighthouse@13.5.0';
async function importLighthouse() {
  try {
    return { lighthouse: (await import('lighthouse')).default, chromeLauncher: await import('chrome-launcher') };
  } catch {
    console.log(`Installing ${LIGHTHOUSE} (not saved to package.json)…`);
    const npm = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', LIGHTHOUSE], { stdio: 'inherit' });
    if (npm.status !== 0) throw new Error(`npm install ${LIGHTHOUSE} failed`);
    return { lighthouse: (await import('lighthouse')).default, chromeLauncher: await import('chrome-launcher') };
  }
}
const { lighthouse, chromeLauncher } = await importLighthouse();

/** One page per template (shared with the layout-shift test). */
const TEMPLATES = MEASURED_PAGES;
/** The issue's limit for cumulative layout shift on any template. */
const MAX_CLS = 0.02;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env['LIGHTHOUSE_PORT'] ?? '4431' },
    dir: { type: 'string', default: 'dist' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const paths = positionals.length ? positionals : TEMPLATES;
const origin = `http://localhost:${values.port}`;

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', values.port, '--dir', values.dir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited with ${code}`)));
});

const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] ?? (await findBrowser()),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const { version } = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
let failed = false;
try {
  for (const path of paths) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(
        origin + path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        // Lighthouse's default config is the mobile one: Moto G power emulation, simulated 4x CPU and slow 4G.
        undefined,
      );
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
      const lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
      const tbt = lhr.audits['total-blocking-time']?.numericValue ?? NaN;
      samples.push({ ...scores, cls, lcp, tbt });
      console.log(
        `${path} run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}; CLS ${cls.toFixed(3)}, LCP ${Math.round(lcp)} ms, TBT ${Math.round(tbt)} ms`,
      );
    }
    const summary = { path, runs };
    for (const key of [...CATEGORIES, 'cls', 'lcp', 'tbt']) summary[key] = median(samples.map((s) => s[key]));
    results.push(summary);
    const problems = [];
    if (!(summary.cls <= MAX_CLS)) problems.push(`CLS ${summary.cls.toFixed(3)} > ${MAX_CLS}`);
    if (values.strict) {
      for (const c of CATEGORIES)
        if (summary[c] < 100 && !(c === 'seo' && path === '/search/')) problems.push(`${c} ${summary[c]} < 100`);
    }
    if (problems.length) {
      failed = true;
      console.error(`✗ ${path}: ${problems.join('; ')}`);
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}

console.log(`\nMedian of ${runs} run(s), Lighthouse ${version} mobile, simulated throttling:`);
console.log('| page | performance | accessibility | best practices | SEO | CLS | LCP ms | TBT ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.cls.toFixed(3)} | ${Math.round(r.lcp)} | ${Math.round(r.tbt)} |`,
  );
}
if (values.json) console.log(JSON.stringify(results));
process.exit(failed ? 1 : 0);
