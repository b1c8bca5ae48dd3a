/**
 * `npm run build`: an atomic build. First any diagram missing from the committed cache is drawn
 * (scripts/render-diagrams.ts; with a full cache no browser starts). Astro then writes into a fresh temporary folder, Pagefind indexes
 * it, and only then does it replace `dist/`. A build that fails at any step leaves the previous
 * `dist/` as it was, and says which step failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const work = resolve('.build');
const tmp = resolve(work, `dist-${process.pid}`);
const old = resolve(work, `old-${process.pid}`);

// Vite-style variables from a parent process (Vitest sets BASE_URL=/) would override Astro's own
// import.meta.env values in the build, silently dropping BASE_PATH from every link.
const VITE_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']);
const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_KEYS.has(key)));

function step(name, command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...inherited, ...env } });
  if (result.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    console.error(
      `\nBuild failed at "${name}"; ${existsSync(dist) ? `the previous ${dist} is unchanged` : `nothing was written to ${dist}`}.`,
    );
    process.exit(result.status ?? 1);
  }
}

mkdirSync(work, { recursive: true });
rmSync(tmp, { recursive: true, force: true });
step('diagrams', process.execPath, ['scripts/render-diagrams.ts']);
step('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { OUT_DIR: tmp });
step('search index', process.execPath, ['scripts/index-search.mjs', tmp]);

// Swap: two renames on the same file system, so dist/ is never half-written.
if (existsSync(dist)) renameSync(dist, old);
renameSync(tmp, dist);
rmSync(old, { recursive: true, force: true });
console.log(`Built ${dist}`);
