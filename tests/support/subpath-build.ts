/**
 * The site built under a sub-path (BASE_PATH=/cjrh/), for the tests that serve it with nginx. The
 * folder comes from SUBPATH_DIST when the test pipeline has built it already; otherwise it is
 * built once into .tmp/dist-cjrh (again only when older than dist/, i.e. made from older sources).
 * Kept in this one function so the pipeline can move the build elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SUBPATH } from './nginx.ts';

export function subpathDist(): string {
  const fromEnv = process.env['SUBPATH_DIST'];
  if (fromEnv) {
    if (!existsSync(join(fromEnv, 'index.html'))) throw new Error(`SUBPATH_DIST=${fromEnv} has no index.html`);
    return resolve(fromEnv);
  }
  const out = resolve('.tmp/dist-cjrh');
  const built = join(out, 'index.html');
  const fresh =
    existsSync(built) &&
    existsSync('dist/index.html') &&
    statSync(built).mtimeMs >= statSync('dist/index.html').mtimeMs;
  if (fresh) return out;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, BASE_PATH: SUBPATH, DIST_DIR: out },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the ${SUBPATH} build failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}
