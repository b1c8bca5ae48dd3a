/**
 * `npm run handbooks:pdf` (optional; not part of `npm run build`): prints the three handbooks of the
 * built site to `dist/handbooks/<id>.pdf` with the Chromium the browser tests use
 * (`scripts/find-browser.mjs`), A4 from the handbooks' print stylesheet, with a PDF outline. The
 * built pages are served from `dist/` on a free loopback port for the time it takes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const HANDBOOKS = ['staff', 'enterprise', 'cases'];
const dir = process.env['DIST_DIR'] ?? 'dist';

if (!existsSync(`${dir}/handbooks/staff/index.html`)) {
  console.error(`${dir}/handbooks/ is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const executablePath = await findBrowser();
const server = createServer(sirv(dir, { dev: false }));
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const id of HANDBOOKS) {
    await page.goto(`${origin}/handbooks/${id}/`, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, outline: true, tagged: true });
    const out = `${dir}/handbooks/${id}.pdf`;
    writeFileSync(out, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`${out}: ${pages} pages, ${(pdf.byteLength / 1024).toFixed(0)} KB`);
  }
} finally {
  await browser.close();
  server.close();
}
