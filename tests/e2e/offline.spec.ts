/**
 * Offline after one visit: the service worker keeps visited pages and the search files a query
 * used, "save the whole site" keeps everything, an unsaved page shows the offline page, and a new
 * deployment is offered. These are the only tests with service workers allowed
 * (playwright.config.ts blocks them elsewhere).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { sitemapPaths, TEMPLATE_PAGES } from './pages.ts';

test.use({ serviceWorkers: 'allow' });

/** Waits until the page is controlled by the active worker (first visit: clientsClaim). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

async function results(page: Page, q: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  // The first query loads the search code and index through the worker: slow on a busy machine.
  await expect(page.locator('[data-status]')).not.toHaveText(/^(|正在搜索……)$/, { timeout: 30_000 });
  return page.locator('[data-results] h3 a').allTextContents();
}

test('after one visit and one query, the same query and the visited pages work offline', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  const online = await results(page, '现代学徒制');
  expect(online.length).toBeGreaterThan(0);
  await page.goto('/model/');
  await context.setOffline(true);
  expect(await results(page, '现代学徒制')).toEqual(online);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/model/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-offline]')).toContainText('离线阅读保存的副本');
  await context.setOffline(false);
});

test('a page never saved shows the offline page, which lists what is saved', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  // The first page was fetched before the worker ran; it asks the worker to keep it.
  await page.waitForFunction(async () => (await caches.match(location.href)) !== undefined);
  await context.setOffline(true);
  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('离线使用');
  await expect(page.getByText('这个页面还没有保存')).toBeVisible();
  await expect(page.getByRole('region', { name: '已保存的页面' }).getByRole('link')).not.toHaveCount(0);
  await context.setOffline(false);
});

test('"save the whole site" shows the size first, then every sitemap page and a new query work offline', async ({
  page,
  context,
}) => {
  // Saving downloads the whole site (6 MB) through the worker: slow on a busy two-core machine.
  test.setTimeout(300_000);
  await page.goto('/offline/');
  await controlled(page);
  await expect(page.locator('[data-size]')).toContainText(/全站共 \d+ 个页面、\d+ 个文件，约 [\d.]+ MB/);
  await page.getByRole('button', { name: '保存全站' }).click();
  await expect(page.locator('[data-status]')).toContainText(/已保存 \d+ 个页面，共 [\d.]+ MB，保存于/, {
    timeout: 180_000,
  });
  await context.setOffline(true);
  // Every sitemap page is in the worker's page cache, as its own page (not the offline fallback):
  // read where the worker's page route reads, in one pass, rather than a navigation per page.
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(50);
  const worker = await (await page.request.get('/sw-offline.js')).text().catch(() => '');
  expect(worker, 'sw-offline.js read before going offline').not.toBe('');
  const pagesCache = (
    JSON.parse(/^const OFFLINE = (.*);$/m.exec(worker)?.[1] ?? '{}') as { caches?: { pages?: string } }
  ).caches?.pages;
  expect(pagesCache).toBeTruthy();
  const inCache = await page.evaluate(
    async ({ name, paths }) => {
      const cache = await caches.open(name);
      return Promise.all(
        paths.map(async (path) => {
          const response = await cache.match(path, { ignoreSearch: true });
          const h1 = response ? /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await response.text())?.[1] : undefined;
          return { path, status: response?.status ?? 0, h1: h1?.replace(/<[^>]+>/g, '').trim() ?? '' };
        }),
      );
    },
    { name: pagesCache ?? '', paths },
  );
  expect(
    inCache.filter((r) => r.status !== 200).map((r) => r.path),
    'pages not saved',
  ).toEqual([]);
  expect(
    inCache.filter((r) => r.h1 === '' || (r.path !== '/offline/' && r.h1 === '离线使用')).map((r) => r.path),
    'pages saved without their own heading',
  ).toEqual([]);
  // And the worker serves them: one navigation per template, offline.
  for (const path of TEMPLATE_PAGES.filter((p) => paths.includes(p))) {
    const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), path).toBe(200);
    if (path !== '/offline/')
      await expect(page.getByRole('heading', { level: 1 }), path).not.toHaveText('离线使用', { timeout: 2_000 });
  }
  // A query never run online, answered from the saved index.
  expect((await results(page, '企业导师')).length).toBeGreaterThan(0);
  // Offline, the offline page lists the saved pages by title, from the list kept with the copy.
  await page.goto('/offline/');
  const saved = page.getByRole('region', { name: '已保存的页面' });
  await expect(saved.getByRole('link', { name: '十维自评：院校视角 · 产业学院协同育人知识库' })).toBeVisible();
  await context.setOffline(false);
  await page.goto('/offline/');
  await page.getByRole('button', { name: '删除已保存的内容' }).click();
  await expect(page.locator('[data-status]')).toHaveText('已删除保存的内容。');
});

test('the save can be cancelled', async ({ page }) => {
  await page.goto('/offline/');
  await controlled(page);
  await page.getByRole('button', { name: '保存全站' }).click();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('[data-status]')).toHaveText(/已取消|已保存/);
  await expect(page.getByRole('button', { name: '保存全站' })).toBeEnabled();
});

test.describe('a new deployment', () => {
  const PORT = 4398;
  // The copy is served on its own port; the fixture's same-origin check follows the base URL.
  test.use({ baseURL: `http://127.0.0.1:${PORT}` });
  let dir: string;
  let server: ChildProcess;

  /** Starts the static server on the copy (again after a change: it lists its files at start-up). */
  const start = async () => {
    server = spawn(
      process.execPath,
      ['scripts/serve.mjs', '--port', String(PORT), '--host', '127.0.0.1', '--dir', dir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise((resolve) => server.stdout?.once('data', resolve));
  };

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'offline-'));
    cpSync('dist', dir, { recursive: true });
    await start();
  });

  test.afterAll(() => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is detected and offered; reloading brings it in', async ({ page }) => {
    await page.goto('/');
    await controlled(page);
    await expect(page.locator('[data-update]')).toBeHidden();
    // A new build: sw-offline.js carries a new build id, so sw.js's precache revision changes.
    const part = join(dir, 'sw-offline.js');
    writeFileSync(part, readFileSync(part, 'utf8').replace(/"build":"[0-9a-f]+"/, '"build":"0000000000000000"'));
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// next deployment\n`);
    server.kill();
    await new Promise((resolve) => server.once('exit', resolve));
    await start();
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const notice = page.locator('[data-update]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('本站有新版本');
    // A mark on this document: it is gone once the reload has brought in a new one. (Waiting for
    // the "load" event after the click missed a reload that had already happened on CI.)
    await page.evaluate(() => document.documentElement.setAttribute('data-before-reload', ''));
    await notice.getByRole('button', { name: '重新载入' }).click();
    await expect(page.locator('html[data-before-reload]')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.locator('[data-update]')).toBeHidden();
  });
});

test('without service workers the offline page says so and the site works as before', async ({ newContext }) => {
  const context = await newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/offline/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('离线使用');
  await context.close();
});
