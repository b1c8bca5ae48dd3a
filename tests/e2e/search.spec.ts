/**
 * Search in the browser, against the built site: the relevance suite (search-suite.ts), run against
 * this site and against stock Pagefind built over the same pages in the same test, precision (what the site does not cover is
 * not dressed up as a match), filters and their counts, the URL as the state, hostile input, the
 * keyboard shortcut, and the bytes a query costs.
 */
import { test, expect, PHONE } from './fixtures.ts';
import { NOT_COVERED, SUITE, half } from './search-suite.ts';
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  buildStock as buildStockOf,
  hit,
  compare,
  median,
  pathOnly,
  sideBySide,
  stockContext,
  stockSearch,
} from './compare.ts';

/** Waits until the search has answered (the status says more than "searching"). */
async function answered(page: Page, timeout = 20_000): Promise<void> {
  await expect(page.locator('[data-status]')).not.toHaveText(/^(|正在搜索……)$/, { timeout });
}

/** Opens /search/ with a query and waits until the search has answered. */
async function search(page: Page, q: string, extra = ''): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}${extra}`);
  await answered(page);
}

/** The result links, in order, as paths with their fragments. */
async function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('[data-results] h3 a')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );
}

/** The stock Pagefind index over dist/, built once for the tests that compare with it. */
let stockDir: string | undefined;
async function buildStock(): Promise<string> {
  stockDir ??= await buildStockOf('dist');
  return stockDir;
}
test.afterAll(() => {
  if (stockDir) rmSync(stockDir, { recursive: true, force: true });
});

test('relevance: this site finds at least what stock Pagefind finds, never pretends, and costs no more bytes', async ({
  browser,
}) => {
  // The side-by-side run (106 queries, both engines, each in a fresh page for first-query bytes)
  // takes about 15 minutes on this 2-core machine, longer than CI allows, so `npm run
  // test:relevance` runs it; every `npm test` runs recall and precision in one page per engine (the
  // test below). Last run (2026-11-30): recall 85.1% and 85.1% against stock's 59.6% and 63.8%,
  // precision 100% against 50%, bytes median 135 KB against 282 KB, worst 218 KB against 370 KB.
  test.skip(!process.env['RELEVANCE'], 'long side-by-side run: use npm run test:relevance');
  test.setTimeout(60 * 60_000);
  expect(SUITE.length).toBeGreaterThanOrEqual(80);
  const dir = await buildStock();
  const { rows, uncovered } = await sideBySide(browser, dir);
  const { recall, bytes, table, misses, heaviest } = compare(rows, uncovered);
  console.log(`${table}\n\nmissed here:\n  ${misses.join('\n  ') || '(none)'}\nheaviest here: ${heaviest.join('; ')}`);

  for (const which of ['tuning', 'check'] as const) {
    expect(recall('site', which), `recall on the ${which} half`).toBeGreaterThanOrEqual(recall('stock', which));
  }
  expect(uncovered.filter((u) => u.site.matches > 0).map((u) => `${u.q}: ${u.site.paths.join(' ')}`)).toEqual([]);
  expect(median(bytes('site')), 'median first-query bytes').toBeLessThanOrEqual(median(bytes('stock')));
  expect(Math.max(...bytes('site')), 'worst first-query bytes').toBeLessThanOrEqual(Math.max(...bytes('stock')));
});

test('relevance, one page per engine: recall at least stock Pagefind’s on both halves, and nothing the site does not cover presented as a match', async ({
  page,
  browser,
}) => {
  // The same suite and the same stock index as the side-by-side run above, without its fresh page
  // per query (which only the bytes need), so that every `npm test` guards recall and precision.
  test.setTimeout(20 * 60_000);
  const dir = await buildStock();
  const queries = [...SUITE.map((c) => c.q), ...NOT_COVERED];
  const site = new Map<string, { paths: string[]; matches: number }>();
  for (const q of queries) {
    await search(page, q);
    const paths = (await resultPaths(page)).map(pathOnly);
    const none = await page.locator('[data-none]').isVisible();
    site.set(q, { paths, matches: none ? 0 : paths.length });
  }
  const context = await stockContext(browser, dir);
  const stockPage = await context.newPage();
  await stockPage.goto('/search/');
  const answers = await stockSearch(stockPage, queries);
  await context.close();
  const theirs = new Map(queries.map((q, i) => [q, answers[i] ?? []]));
  for (const which of ['tuning', 'check'] as const) {
    const cases = SUITE.filter((c) => half(c) === which);
    const ours = cases.filter((c) => hit({ paths: site.get(c.q)?.paths ?? [] }, c)).length;
    const stockHits = cases.filter((c) => hit({ paths: theirs.get(c.q) ?? [] }, c)).length;
    console.log(`recall, ${which} half (${cases.length}): this site ${ours}, stock Pagefind ${stockHits}`);
    expect(ours, `recall on the ${which} half`).toBeGreaterThanOrEqual(stockHits);
  }
  expect(NOT_COVERED.filter((q) => (site.get(q)?.matches ?? 1) > 0)).toEqual([]);
});

/** Text of a result's page (or of the glossary entry a record stands for). */
async function pageText(page: Page, path: string): Promise<string> {
  const [route, hash] = path.split('#');
  const html = await (await page.request.get(route ?? '/')).text();
  if (hash) {
    const start = html.indexOf(`id="${hash}"`);
    return html.slice(start, html.indexOf('</div>', start + 1) + 6).replace(/<[^>]+>/g, '');
  }
  return html.replace(/<[^>]+>/g, '');
}

test.describe('precision: what the site does not cover is not presented as a match', () => {
  for (const q of ['区块链', '元宇宙', '量子计算', '"现代学徒制度"']) {
    test(`${q} shows "no result" with suggestions`, async ({ page }) => {
      await search(page, q);
      await expect(page.locator('[data-results] li')).toHaveCount(0);
      await expect(page.locator('[data-status]')).toHaveText(`没有找到与“${q}”相关的内容`);
      const none = page.locator('[data-none]');
      await expect(none).toBeVisible();
      await expect(none.getByRole('link', { name: '师资共培' })).toBeVisible();
      await expect(none.getByRole('link', { name: '术语表' })).toBeVisible();
    });
  }

  for (const q of ['人工智能', '双师型教师']) {
    test(`every result for ${q} contains ${q}`, async ({ page }) => {
      await search(page, q);
      const paths = await resultPaths(page);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        const text = (await pageText(page, path)).replace(/[“”"·\s]/g, '');
        expect(text, path).toContain(q);
      }
    });
  }

  test('a term the site lacks is named, and only pages with the other term are shown', async ({ page }) => {
    await search(page, '订单班 区块链');
    await expect(page.locator('[data-status]')).toContainText('没有找到包含“区块链”的内容');
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(await pageText(page, path), path).toContain('订单班');
  });
});

/** The count printed next to a facet option. */
async function optionCount(page: Page, facet: string, value: string): Promise<number> {
  return Number(
    await page.locator(`fieldset[data-facet="${facet}"] [data-option="${value}"] [data-count]`).textContent(),
  );
}

/** Loads every result ("show more" until done) and returns how many there are. */
async function allResults(page: Page): Promise<number> {
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-results] li').count();
    await more.click();
    await expect(page.locator('[data-results] li')).not.toHaveCount(before);
  }
  return page.locator('[data-results] li').count();
}

test.describe('filters', () => {
  test('a type filter narrows the results to that type, as many as its count said', async ({ page }) => {
    await search(page, '订单班');
    const total = await allResults(page);
    const cases = await optionCount(page, 'type', 'case');
    expect(cases).toBeGreaterThan(0);
    expect(cases).toBeLessThan(total);
    await page.getByRole('checkbox', { name: /^案例/ }).check();
    await expect(page).toHaveURL(/[?&]type=case(&|$)/);
    await expect(page.locator('[data-status]')).toContainText(`筛选后 ${cases} 个结果`);
    expect(await allResults(page)).toBe(cases);
    // A case result names its kind in words: 公开案例 or 示例案例.
    await expect(page.locator('[data-results] .badge')).toHaveText(Array(cases).fill(/^(公开|示例)案例$/));
  });

  test('every shown count equals the results ticking it would give (disjunctive counts)', async ({ page }) => {
    await search(page, '实训基地', '&type=case');
    const options = page.locator('fieldset[data-facet="industry"] [data-option]:not([hidden])');
    const values = await options.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['option'] ?? ''));
    expect(values.length).toBeGreaterThan(1);
    for (const value of values.slice(0, 3)) {
      const expected = await optionCount(page, 'industry', value);
      await search(page, '实训基地', `&type=case&industry=${value}`);
      expect(await allResults(page), `industry=${value}`).toBe(expected);
    }
  });

  test('sorting by year puts the newest first', async ({ page }) => {
    await search(page, '订单班', '&type=case&sort=newest');
    await allResults(page);
    const years = (await page.locator('[data-results] .result-meta').allTextContents()).map((t) =>
      Number(/(\d{4})/.exec(t)?.[1]),
    );
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

test.describe('the URL is the state', () => {
  test('query, filters and sort survive a reload and fill the controls', async ({ page }) => {
    await search(page, '现代学徒制', '&type=case&sort=newest');
    const check = async () => {
      await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toHaveValue('现代学徒制');
      await expect(page.getByRole('checkbox', { name: /^案例/ })).toBeChecked();
      await expect(page.getByLabel('排序')).toHaveValue('newest');
      await expect(page.locator('[data-results] .badge').first()).toHaveText(/^(公开|示例)案例$/);
    };
    await check();
    await page.reload();
    await answered(page);
    await check();
  });

  test('Back and Forward restore the previous filters and results', async ({ page }) => {
    await search(page, '订单班');
    const unfiltered = await page.locator('[data-status]').textContent();
    await page.getByRole('checkbox', { name: /^案例/ }).check();
    await expect(page.locator('[data-status]')).toContainText('筛选后');
    await page.goBack();
    await expect(page).not.toHaveURL(/type=case/);
    await expect(page.getByRole('checkbox', { name: /^案例/ })).not.toBeChecked();
    await expect(page.locator('[data-status]')).toHaveText(unfiltered ?? '');
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: /^案例/ })).toBeChecked();
    await expect(page.locator('[data-status]')).toContainText('筛选后');
  });

  test('a submitted query is shareable: its URL opens the same results', async ({ page, context }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: '搜索关键词' });
    await box.fill('冷链');
    await box.press('Enter');
    await expect(page).toHaveURL(/\?q=%E5%86%B7%E9%93%BE$/);
    await expect(page.locator('[data-results] li').first()).toBeVisible();
    const first = await resultPaths(page);
    const other = await context.newPage();
    await search(other, '冷链');
    expect(await resultPaths(other)).toEqual(first);
  });
});

const HOSTILE = [
  '育'.repeat(500),
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\'"“」‘',
  '🎉🎉 订单班 👩🏽‍🏫',
  '\u202e订单班\u0000',
];

test.describe('hostile queries change nothing but the result list, and are shown as text', () => {
  for (const q of HOSTILE) {
    test(JSON.stringify(q.length > 40 ? `${q.slice(0, 20)}… (${q.length} characters)` : q), async ({ page }) => {
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      await page.goto('/search/');
      const shape = () =>
        page.evaluate(() => ({
          scripts: document.scripts.length,
          images: document.images.length,
          headings: [...document.querySelectorAll('h1, h2')].map((h) => h.textContent),
          title: document.title,
        }));
      const before = await shape();
      await search(page, q);
      expect(await shape()).toEqual(before);
      const value = await page.getByRole('searchbox', { name: '搜索关键词' }).inputValue();
      expect(value.length).toBeLessThanOrEqual(100);
      // Whatever was typed is printed as text: the status holds no element.
      expect(await page.locator('[data-status]').evaluate((el) => el.children.length)).toBe(0);
    });
  }
});

test.describe('keyboard', () => {
  test('“/” on any page opens search with the box focused; the query runs with Enter', async ({ page }) => {
    await page.goto('/dimensions/faculty/');
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toBeFocused();
    await page.keyboard.type('订单班');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-results] li').first()).toBeVisible();
  });

  test('Ctrl+K does the same, and on the search page returns focus to the box', async ({ page }) => {
    await page.goto('/cases/');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toBeFocused();
    await page.getByRole('link', { name: '首页' }).focus();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toBeFocused();
  });

  test('filters and “show more” work from the keyboard', async ({ page }) => {
    // Every case title names its enterprise (某…企业): far more cases than one page of ten.
    await search(page, '企业');
    const box = page.getByRole('checkbox', { name: /^案例/ });
    expect(await optionCount(page, 'type', 'case')).toBeGreaterThan(10);
    await box.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/type=case/);
    // The filtered list drawn (a count taken while it is redrawn was 0 in one CI run): one page of ten.
    await expect(page.locator('[data-status]')).toContainText('筛选后');
    await expect(page.locator('[data-results] li')).toHaveCount(10);
    const more = page.locator('[data-more]');
    await expect(more).toBeVisible();
    const count = 10;
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-results] li').nth(count).getByRole('link')).toBeFocused();
  });
});

test.describe('on a 390 px phone', () => {
  test.use(PHONE);

  test('the filters fold away; results and counts work; axe finds nothing', async ({ page, axe }) => {
    await search(page, '现代学徒制');
    const filters = page.locator('[data-filters]');
    await expect(filters).not.toHaveAttribute('open');
    await filters.locator('summary').click();
    await page.getByRole('checkbox', { name: /^政策/ }).check();
    await expect(page.locator('[data-results] .badge').first()).toHaveText('政策');
    expect(await axe()).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on a results page, its empty state and its no-result state (${scheme})`, async ({
    page,
    axe,
  }) => {
    // Three searches and three axe runs (axe takes 2–4 s on a results page here, more under load).
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const q of ['现代学徒制', '', '区块链']) {
      if (q) await search(page, q);
      else await page.goto('/search/');
      expect(await axe(), q || '(empty)').toEqual([]);
    }
  });
}

test('search code loads only when a reader asks: no Pagefind request before a query', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const path of ['/', '/dimensions/faculty/', '/cases/', '/search/']) await page.goto(path);
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});

test('without JavaScript the search page says so and links the browse pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=订单班');
  await expect(page.getByText('搜索需要 JavaScript')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '十维协同育人模型' })).toBeVisible();
  await expect(page.locator('[data-search-app]')).toBeHidden();
  await context.close();
});

/** Bytes a budgeted action downloads, counted in the page (Pagefind runs in the page, not a worker). */
async function bytesOf(page: Page, action: () => Promise<void>): Promise<{ total: number; urls: string[] }> {
  const sizes: { url: string; size: number }[] = [];
  const onResponse = async (response: import('@playwright/test').Response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    sizes.push({ url: response.url(), size: body.length });
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return { total: sizes.reduce((n, s) => n + s.size, 0), urls: sizes.map((s) => s.url) };
}

test.describe('budgets', () => {
  test.beforeEach(async ({ page }) => {
    // Every request is the page's own: the search runs on the main thread (no worker to hide one).
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'SharedWorker');
    });
  });

  test('the first query downloads at most 250 KB: no Pagefind runtime, the index chunks it needs, the results shown', async ({
    page,
  }) => {
    // 150 KB when this budget was set (stock Pagefind: 281 KB for the same query over the same pages).
    await page.goto('/search/');
    const { total, urls } = await bytesOf(page, async () => {
      await page.getByRole('searchbox', { name: '搜索关键词' }).fill('现代学徒制');
      // Wait for the answer as the other first-query tests do (5 s was not always enough on the
      // loaded CI machine).
      await answered(page);
      await expect(page.locator('[data-results] li').first()).toBeVisible();
    });
    expect(urls.filter((u) => u.includes('/pagefind/index/')).length).toBeGreaterThan(0);
    expect(urls.filter((u) => /pagefind(-worker)?\.js|\.pagefind$|wasm/.test(u))).toEqual([]);
    expect(total).toBeLessThanOrEqual(250_000);
  });

  test('a second query costs far less: what is loaded stays loaded', async ({ page }) => {
    await search(page, '现代学徒制');
    const { total } = await bytesOf(page, async () => {
      const box = page.getByRole('searchbox', { name: '搜索关键词' });
      await box.fill('学徒培养');
      await box.press('Enter');
      await expect(page).toHaveURL(/%E5%9F%B9%E5%85%BB/);
      await expect(page.locator('[data-status]')).toContainText('找到');
    });
    expect(total).toBeLessThanOrEqual(60_000);
  });
});
