/**
 * Search in the browser, against the built site: the relevance suite (search-suite.ts), run against
 * this site and against stock Pagefind built over the same pages in the same test, precision (what the site does not cover is
 * not dressed up as a match), filters and their counts, the URL as the state, hostile input, the
 * keyboard shortcut, and the bytes a query costs.
 */
import { test, expect, PHONE } from './fixtures.ts';
import { NOT_COVERED, SUITE, half } from './search-suite.ts';
import type { Page, Response } from '@playwright/test';
import { STOCK_DIR } from './stock.ts';
import { bodySize, hit, compare, median, pathOnly, sideBySide, stockContext, stockSearch } from './compare.ts';
import { ask, resultPaths } from './search-form.ts';

/** Waits until the search has answered (the status says more than "searching"). */
async function answered(page: Page, timeout = 20_000): Promise<void> {
  await expect(page.locator('[data-status]')).not.toHaveText(/^(|正在搜索……)$/, { timeout });
}

/** Opens /search/ with a query and waits until the search has answered. */
async function search(page: Page, q: string, extra = ''): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}${extra}`);
  await answered(page);
}

test('relevance: this site finds at least what stock Pagefind finds, never pretends, and costs no more bytes', async ({
  newContext,
}) => {
  // Each query in a fresh page of each engine, for first-query bytes: too long for every npm test
  // (figures in docs/benchmarks.md), so `npm run test:relevance` runs it; every `npm test` runs
  // recall and precision in one page per engine (the test below).
  test.skip(!process.env['RELEVANCE'], 'long side-by-side run: use npm run test:relevance');
  test.setTimeout(60 * 60_000);
  expect(SUITE.length).toBeGreaterThanOrEqual(80);
  const { rows, uncovered } = await sideBySide(newContext, STOCK_DIR);
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
  newContext,
}) => {
  // The same suite and the same stock index as the side-by-side run above, without its fresh page
  // per query (which only the bytes need), so that every `npm test` guards recall and precision.
  test.setTimeout(10 * 60_000);
  const queries = [...SUITE.map((c) => c.q), ...NOT_COVERED];
  expect(queries.length).toBeGreaterThanOrEqual(90);
  await page.goto('/search/');
  const site = new Map<string, { paths: string[]; matches: number }>();
  for (const q of queries) site.set(q, await ask(page, q));
  expect(site.size).toBe(new Set(queries).size);
  const context = await stockContext(newContext, STOCK_DIR);
  const stockPage = await context.newPage();
  await stockPage.goto('/search/');
  const answers = await stockSearch(stockPage, queries);
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

test('the suite answered in one page is the suite answered page by page', async ({ page }) => {
  // The relevance test reads answers without a reload; a sample read both ways must agree, or a
  // stale answer could be counted for the next query.
  const sample = [...SUITE.slice(0, 6).map((c) => c.q), ...NOT_COVERED.slice(0, 2)];
  await page.goto('/search/');
  const inOnePage: { paths: string[]; matches: number }[] = [];
  for (const q of sample) inOnePage.push(await ask(page, q));
  for (const [i, q] of sample.entries()) {
    await search(page, q);
    const none = await page.locator('[data-none]').isVisible();
    const paths = (await resultPaths(page)).map(pathOnly);
    expect({ paths, matches: none ? 0 : paths.length }, q).toEqual(inOnePage[i]);
  }
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
  // The empty state is /search/ itself, which the sweep in a11y.spec.ts covers in both schemes.
  test(`axe finds no violation on a results page and its no-result state (${scheme})`, async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const q of ['现代学徒制', '区块链']) {
      await search(page, q);
      expect(await axe(), q).toEqual([]);
    }
  });
}

test('search code loads only when a reader asks: no search index request before a query', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const path of ['/', '/dimensions/faculty/', '/cases/', '/search/']) await page.goto(path);
  expect(requests.filter((u) => u.includes('/search-index/'))).toEqual([]);
});

test('without JavaScript the search page says so and links the browse pages', async ({ newContext }) => {
  const context = await newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=订单班');
  await expect(page.getByText('搜索需要 JavaScript')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '十维协同育人模型' })).toBeVisible();
  await expect(page.locator('[data-search-app]')).toBeHidden();
  await context.close();
});

/** Bytes a budgeted action downloads, counted in the page (the search runs in the page, not a worker). */
async function bytesOf(page: Page, action: () => Promise<void>): Promise<{ total: number; urls: string[] }> {
  // Every body is awaited before the sum: an unreadable one fails the budget (see bodySize).
  const sizes: Promise<{ url: string; size: number }>[] = [];
  const onResponse = (response: Response) => {
    sizes.push(bodySize(response).then((size) => ({ url: response.url(), size })));
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const all = await Promise.all(sizes);
  return { total: all.reduce((n, s) => n + s.size, 0), urls: all.map((s) => s.url) };
}

test.describe('budgets', () => {
  test.beforeEach(async ({ page }) => {
    // Every request is the page's own: the search runs on the main thread (no worker to hide one).
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'SharedWorker');
    });
  });

  test('the first query downloads at most 250 KB: no Pagefind runtime, the index shards it needs, the results shown', async ({
    page,
  }) => {
    // 150 KB when this budget was set (stock Pagefind: 281 KB for the same query over the same pages).
    await page.goto('/search/');
    const { total, urls } = await bytesOf(page, async () => {
      await page.getByRole('searchbox', { name: '搜索关键词' }).fill('现代学徒制');
      // Wait for the answer as the other first-query tests do: a fixed short wait missed it on a
      // loaded machine.
      await answered(page);
      await expect(page.locator('[data-results] li').first()).toBeVisible();
    });
    expect(urls.filter((u) => u.includes('/search-index/shard/')).length).toBeGreaterThan(0);
    expect(urls.filter((u) => /pagefind|wasm/.test(u))).toEqual([]);
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
    // 60,217 bytes once the placement agreements gained their pay, fee and consent clauses (issue
    // 24): the same with the byte counter before bodySize. A quarter of the first query's budget.
    expect(total).toBeLessThanOrEqual(65_000);
  });
});
