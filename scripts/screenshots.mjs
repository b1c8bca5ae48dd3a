/**
 * `npm run screenshots -- /path/ …`: screenshots of pages of the served site (npm start) in light
 * and dark, at 390 px and 1440 px, into .tmp/screenshots/. For looking at what we build.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const base = process.env['SCREENSHOT_BASE'] ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const full = process.argv.includes('--full');
const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: await findBrowser(),
  args: CHROMIUM_ARGS,
});
for (const path of paths.length ? paths : ['/']) {
  for (const [name, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1440, 900],
  ]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const file = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: full });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
