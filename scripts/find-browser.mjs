/**
 * Finds a Chromium for the browser tests, installing one if needed, and prints its path.
 * Order: CHROMIUM_PATH; a system Chromium or Chrome; Debian's `chromium` via apt-get when running
 * as root on Debian; Playwright's own download. If all fail, exits non-zero with the command to run.
 *
 * The browser comes with its fonts: a page in Chinese laid out without a CJK font has other line
 * heights (and boxes instead of text in screenshots), so a test could pass or fail by the machine's
 * fonts. When `fc-list :lang=zh` lacks one of CJK_FONTS, its Debian package is installed the same
 * way, or the search fails with the command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall, canApt } from './lib/apt.mjs';

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

/**
 * The CJK families the tests expect, with the Debian package of each: Noto Sans CJK lays out every
 * page (screenshots, layout); the diagram label test sets the pages in both, since a label drawn
 * for one family must not clip in another (their punctuation and Latin widths differ).
 */
export const CJK_FONTS = [
  { family: 'Noto Sans CJK SC', package: 'fonts-noto-cjk' },
  { family: 'WenQuanYi Zen Hei', package: 'fonts-wqy-zenhei' },
];

/** The expected CJK families that fontconfig does not know. */
export function missingCjkFonts() {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  const installed = result.status === 0 ? result.stdout : '';
  return CJK_FONTS.filter((f) => !installed.includes(f.family));
}

/** Makes sure the CJK fonts are installed: installs Debian's when it can, else throws with the command. */
export function ensureCjkFont() {
  let missing = missingCjkFonts();
  if (missing.length === 0) return;
  if (canApt()) {
    aptInstall(
      missing.map((f) => f.package),
      log,
    );
    missing = missingCjkFonts();
    if (missing.length === 0) return;
  }
  throw new Error(
    `Missing fonts for Chinese text (\`fc-list :lang=zh\` lacks ${missing.map((f) => f.family).join(', ')}); pages would be laid out differently.
Install them with:
  sudo apt-get install -y ${missing.map((f) => f.package).join(' ')}`,
  );
}

async function playwrightBrowser() {
  log('trying Playwright’s own Chromium download…');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

/** The path of a working Chromium, with a CJK font on the machine. */
export async function findBrowser() {
  const browser = await findChromium();
  ensureCjkFont();
  return browser;
}

async function findChromium() {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (works(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not run (\`${fromEnv} --version\` failed)`);
  }
  const found = systemBrowser();
  if (found) return found;
  if (canApt()) {
    try {
      log('no browser found');
      aptInstall(['chromium', ...CJK_FONTS.map((f) => f.package)], log);
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
