/**
 * Finds nginx for the tests that serve the built site with the shipped configuration
 * (deploy/nginx/), installing it if needed, and prints its path. Order: NGINX_PATH; `nginx` on the
 * PATH or in /usr/sbin; Debian's `nginx` via apt-get when running as root on Debian. If all fail,
 * exits non-zero (throws, when imported) with the command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall, canApt } from './lib/apt.mjs';

const CANDIDATES = [
  '/usr/sbin/nginx',
  '/usr/bin/nginx',
  '/usr/local/sbin/nginx',
  '/usr/local/bin/nginx',
  '/opt/homebrew/bin/nginx',
];

function log(message) {
  process.stderr.write(`[find-nginx] ${message}\n`);
}

function works(path) {
  if (!path || !existsSync(path)) return false;
  return spawnSync(path, ['-v'], { encoding: 'utf8', timeout: 20_000 }).status === 0;
}

function onPath() {
  const result = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  const path = result.stdout.trim();
  return result.status === 0 && works(path) ? path : undefined;
}

/** The path of a working nginx. */
export function findNginx() {
  const fromEnv = process.env['NGINX_PATH'];
  if (fromEnv) {
    if (works(fromEnv)) return fromEnv;
    throw new Error(`NGINX_PATH=${fromEnv} does not run (\`${fromEnv} -v\` failed)`);
  }
  const found = onPath() ?? CANDIDATES.find(works);
  if (found) return found;
  if (canApt()) {
    try {
      log('no nginx found');
      aptInstall(['nginx'], log);
      const installed = onPath() ?? CANDIDATES.find(works);
      if (installed) return installed;
    } catch (error) {
      log(`apt-get failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const hint = existsSync('/etc/debian_version') ? 'sudo apt-get install -y nginx' : 'brew install nginx';
  throw new Error(`No nginx found or installable. Install it with:\n  ${hint}\nor set NGINX_PATH to an nginx binary.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findNginx());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
