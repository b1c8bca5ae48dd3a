/**
 * `npm run build`: an atomic build. First any diagram missing from the committed cache is drawn
 * (scripts/render-diagrams.ts; with a full cache no browser starts). Astro then writes into a fresh
 * temporary folder and indexes it for search (src/integrations/search-index.ts, the site's own index),
 * the offline service worker is generated, and only then does it replace `dist/`. A build that fails at any step leaves the previous
 * `dist/` as it was, and says which step failed. Everything the steps print is also written to
 * `.build/build.log`, which tests/dist/build.test.ts reads: a clean build prints no warning.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';

const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const work = resolve('.build');
const tmp = resolve(work, `dist-${process.pid}`);
const old = resolve(work, `old-${process.pid}`);

// Vite-style variables from a parent process (Vitest sets BASE_URL=/) would override Astro's own
// import.meta.env values in the build, silently dropping BASE_PATH from every link.
const VITE_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']);
const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_KEYS.has(key)));

mkdirSync(work, { recursive: true });
// dist/'s log is `.build/build.log`; builds into other folders (tests, benchmarks) log beside it.
const logName =
  dist === resolve('dist') ? 'build.log' : `build-${createHash('sha256').update(dist).digest('hex').slice(0, 8)}.log`;
const log = createWriteStream(resolve(work, logName));

/** Runs one step, printing its output and copying it to the log; exits on failure. */
async function step(name, command, args, env = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...inherited, ...env } });
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    log.write(chunk);
  });
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    log.write(chunk);
  });
  const status = await new Promise((done) => child.on('close', done));
  if (status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    console.error(
      `\nBuild failed at "${name}"; ${existsSync(dist) ? `the previous ${dist} is unchanged` : `nothing was written to ${dist}`}.`,
    );
    process.exit(status ?? 1);
  }
}

rmSync(tmp, { recursive: true, force: true });
await step('diagrams', process.execPath, ['scripts/render-diagrams.ts']);
await step('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { OUT_DIR: tmp });
await step('service worker', process.execPath, ['scripts/service-worker.mjs', tmp]);
await new Promise((done) => log.end(done));

// Swap: two renames on the same file system, so dist/ is never half-written.
mkdirSync(dirname(dist), { recursive: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(tmp, dist);
rmSync(old, { recursive: true, force: true });
console.log(`Built ${dist}`);
