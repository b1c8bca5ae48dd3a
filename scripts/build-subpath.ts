/**
 * `npm run build:subpath`: the site built under the sub-path /cjrh/ into .tmp/dist-cjrh, once per
 * test run, right after dist/. The tests that need it (links under a sub-path, nginx at the root of
 * a 网站群 path) run in parallel and would otherwise race to build it; each still builds it itself
 * when run alone (tests/support/subpath-build.ts, which skips a build newer than dist/).
 */
import { subpathDist } from '../tests/support/subpath-build.ts';

console.log(`Built ${subpathDist()}`);
