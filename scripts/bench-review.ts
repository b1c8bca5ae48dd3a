/**
 * `npm run bench:review [-- --files 50 --cpu 4]`: how long the coordinator's page takes to merge N
 * answer files into the report, in Chromium with the CPU slowed down as Lighthouse slows a phone
 * (4×). It serves the built `dist/` itself, makes N files for the current edition (every role, random
 * ratings), chooses them in the page's file input, clicks 合并 and times until the report is shown.
 * A measurement, not a test: the figure goes in docs/review-round.md.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { exportResponse, type ReviewBank } from '../src/lib/assess/review.ts';
import type { Rating } from '../src/lib/assess/model.ts';
import { REVIEW_ROLES } from '../src/lib/enums.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const files = arg('files', 50);
const cpu = arg('cpu', 4);
const port = arg('port', 4451);
const runs = arg('runs', 5);

const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`http://127.0.0.1:${port}/review/`);
  const bank = JSON.parse((await page.locator('[data-review-data]').textContent()) ?? '{}').bank as ReviewBank;
  const round = { id: 'bench001', partnership: '某产业学院 × 某企业', name: '基准' };
  const payloads = Array.from({ length: files }, (_, n) => {
    const role = (REVIEW_ROLES[n % REVIEW_ROLES.length] ?? REVIEW_ROLES[0]).id;
    const answers: Record<string, Rating> = Object.fromEntries(
      bank.dimensions.flatMap((d) =>
        d.statements[role].map((s) => [
          s.id,
          (n * 7 + s.id.length) % 5 === 4 ? 'na' : (((n + s.id.length) % 4) as 0 | 1 | 2 | 3),
        ]),
      ),
    );
    const text = JSON.stringify(
      exportResponse(bank, round, role, `b${String(n).padStart(7, '0')}`, answers, '2026-12-04'),
    );
    return { name: `answer-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    await page.locator('[data-files]').setInputFiles(payloads);
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const status = document.querySelector('[data-status]');
          const start = performance.now();
          new MutationObserver(() => requestAnimationFrame(() => resolve(performance.now() - start))).observe(
            status as Element,
            {
              childList: true,
              characterData: true,
              subtree: true,
            },
          );
          document.querySelector<HTMLButtonElement>('[data-merge]')?.click();
        }),
    );
    times.push(Math.round(ms));
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `merge of ${files} files at ${cpu}× CPU: median ${sorted[Math.floor(runs / 2)]} ms (runs: ${times.join(', ')} ms)`,
  );
} finally {
  await browser.close();
  server.kill();
}
