/**
 * Finds a Chromium for the browser tests, installing one if needed, and prints its path.
 * Order: CHROMIUM_PATH; a system Chromium or Chrome; Debian's `chromium` via apt-get when running
 * as root on Debian; Playwright's own download. If all fail, exits non-zero with the command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for headless Chromium on a machine with no network but the loopback (tests, screenshots). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function log(message) {
  process.stderr.write(`[find-browser] ${message}\n`);
}

function works(path) {
  if (!path || !existsSync(path)) return false;
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return result.status === 0;
}

function systemBrowser() {
  return CANDIDATES.find(works);
}

function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version');
}

function installWithApt() {
  log('no browser found; installing Debian chromium with apt-get (this takes a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
}

async function playwrightBrowser() {
  log('trying Playwright’s own Chromium download…');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

export async function findBrowser() {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (works(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not run (\`${fromEnv} --version\` failed)`);
  }
  const found = systemBrowser();
  if (found) return found;
  if (isDebianRoot()) {
    try {
      installWithApt();
      const installed = systemBrowser();
      if (installed) return installed;
    } catch (error) {
      log(`apt-get failed: ${error.message}`);
    }
  }
  try {
    const path = await playwrightBrowser();
    if (works(path)) return path;
  } catch (error) {
    log(`Playwright download failed: ${error.message}`);
  }
  const hint = existsSync('/etc/debian_version')
    ? 'sudo apt-get install -y chromium'
    : 'npx playwright install chromium';
  throw new Error(
    `No Chromium found or installable. Install one with:\n  ${hint}\nor set CHROMIUM_PATH to a Chromium/Chrome binary.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(await findBrowser());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
