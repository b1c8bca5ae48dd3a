import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-browser.mjs';

/**
 * Browser tests against the built site (`dist/`), served by `scripts/serve.mjs` (the same static
 * server as `npm run preview`). The browser is the one `scripts/e2e.mjs` found or installed
 * (CHROMIUM_PATH); Playwright's own download is not used. The global setup builds the stock
 * Pagefind index the search comparisons share, once per run.
 */
const port = Number(process.env['E2E_PORT'] ?? 4399);
const executablePath = process.env['CHROMIUM_PATH'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // A generous limit keeps a slow moment on a busy machine from failing a test whose assertions
  // hold; budgets are bytes, not time.
  timeout: 60_000,
  globalSetup: './tests/e2e/global-setup.ts',
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // Service workers are blocked except in tests/e2e/offline.spec.ts: every other test then checks
    // that the site works as before where workers are unavailable, and its byte and request counts
    // are the network's, not a cache's.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  // One project at desktop size; phone tests set the phone viewport with `test.use(PHONE)`.
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
