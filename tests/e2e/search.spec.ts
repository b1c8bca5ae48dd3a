/**
 * Search in the browser, against the built site: the relevance suite (queries readers type, with
 * the page that must come first or in the top three), precision (what the site does not cover is
 * not dressed up as a match), filters and their counts, the URL as the state, hostile input, the
 * keyboard shortcut, and the bytes a query costs.
 */
import type { Page } from '@playwright/test';
import { test, expect, PHONE } from './fixtures.ts';

/** Waits until the search has answered (the status says more than "searching"). */
async function answered(page: Page): Promise<void> {
  await expect(page.locator('[data-status]')).not.toHaveText(/^(|正在搜索……)$/);
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

/**
 * The relevance suite. `top` is how high the page must rank: 1 for the name of a dimension,
 * problem or strategy, 3 otherwise.
 */
const RELEVANCE: readonly { q: string; expect: string; top: 1 | 3; why: string }[] = [
  { q: '师资共培', expect: '/dimensions/faculty/', top: 1, why: 'dimension name' },
  { q: '专业共建', expect: '/dimensions/specialty/', top: 1, why: 'dimension name' },
  { q: '人才共育', expect: '/dimensions/talent/', top: 1, why: 'dimension name' },
  { q: '效果共评', expect: '/dimensions/evaluation/', top: 1, why: 'dimension name' },
  { q: '实习共担', expect: '/dimensions/internship/', top: 1, why: 'dimension name' },
  { q: '育人目标存在分歧', expect: '/problems/goal-divergence/', top: 1, why: 'problem name' },
  { q: '合作关系不紧密', expect: '/problems/loose-cooperation/', top: 1, why: 'problem name' },
  { q: '制度体系不健全', expect: '/problems/weak-institutions/', top: 1, why: 'problem name (site extension)' },
  { q: '明确育人目标', expect: '/strategies/clarify-goals/', top: 1, why: 'strategy name' },
  { q: '加强合作关系', expect: '/strategies/strengthen-cooperation/', top: 1, why: 'strategy name' },
  { q: '健全制度体系', expect: '/strategies/build-institutions/', top: 1, why: 'strategy name' },
  { q: '现代学徒制', expect: '/glossary/#xiandai-xuetuzhi', top: 3, why: 'glossary term, cooperation model' },
  { q: '双师型教师', expect: '/glossary/#shuangshixing-jiaoshi', top: 3, why: 'glossary term' },
  { q: '顶岗实习', expect: '/glossary/#gangwei-shixi', top: 3, why: 'former name of 岗位实习' },
  { q: '教师下企业', expect: '/glossary/#jiaoshi-qiye-shijian', top: 3, why: 'everyday words for 教师企业实践' },
  { q: '产学研', expect: '/dimensions/research/', top: 3, why: 'synonym of 科研共做' },
  { q: '订单班', expect: '/glossary/#dingdan-ban', top: 3, why: 'cooperation model' },
  { q: '混合所有制', expect: '/glossary/#hunhe-suoyouzhi', top: 3, why: 'cooperation model' },
  { q: '理事会', expect: '/glossary/#chanye-xueyuan-lishihui', top: 3, why: 'part of a longer term' },
  { q: '职业教育法', expect: '/policies/vocational-education-law/', top: 3, why: 'policy by its short name' },
  { q: '税前扣除', expect: '/policies/teacher-practice-2016/', top: 3, why: 'an incentive in a policy' },
  { q: '教育费附加', expect: '/glossary/#jiaoyu-fei-fujia', top: 3, why: 'glossary term' },
  { q: '互利同强齐荣', expect: '/guides/principle/', top: 3, why: 'the principle, typed without its dots' },
  { q: '一帮一', expect: '/glossary/#yibangyi-yidaiyi-yijiaoyi', top: 3, why: 'practice from the paper' },
  { q: '研讨活动', expect: '/strategies/clarify-goals/', top: 3, why: 'practice from the paper' },
  { q: '召开企业培训', expect: '/dimensions/faculty/', top: 3, why: 'enterprise role named by the paper' },
  { q: '企业能得到什么', expect: '/guides/enterprise-guide/', top: 3, why: 'a question as readers type it' },
  { q: '怎么开始', expect: '/guides/getting-started/', top: 3, why: 'a question as readers type it' },
  { q: '冷链', expect: '/cases/coldchain-teacher-posting/', top: 3, why: 'two characters' },
  { q: '风电', expect: '/cases/wind-turbine-training-tower/', top: 3, why: 'two characters' },
  { q: '税', expect: '/policies/fund-policy-2019/', top: 3, why: 'one character' },
  { q: 'CNC', expect: '/cases/cnc-base-parts-queue/', top: 3, why: 'English abbreviation for 数控' },
  { q: '1+X证书', expect: '/glossary/#yi-jia-x-zhengshu', top: 3, why: 'mixed Chinese and English' },
  { q: '１＋Ｘ证书', expect: '/glossary/#yi-jia-x-zhengshu', top: 3, why: 'typed with full-width characters' },
  { q: '“育人目标”', expect: '/strategies/clarify-goals/', top: 3, why: 'quoted phrase' },
  { q: '"校企合作"', expect: '/glossary/#xiaoqi-hezuo', top: 3, why: 'quoted phrase, ASCII quotes' },
];

test.describe('relevance', () => {
  for (const { q, expect: path, top, why } of RELEVANCE) {
    test(`${q} → ${path} in the top ${top} (${why})`, async ({ page }) => {
      await search(page, q);
      const paths = await resultPaths(page);
      expect(paths.slice(0, top), `results for ${q}: ${paths.slice(0, 5).join(' ')}`).toContain(path);
    });
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
    await expect(page.locator('[data-results] .badge')).toHaveText(Array(cases).fill('案例'));
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
      await expect(page.locator('[data-results] .badge').first()).toHaveText('案例');
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
    await search(page, '实训');
    const box = page.getByRole('checkbox', { name: /^案例/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/type=case/);
    const more = page.locator('[data-more]');
    if (await more.isVisible()) {
      const count = await page.locator('[data-results] li').count();
      await more.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-results] li').nth(count).getByRole('link')).toBeFocused();
    }
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
    // Count Pagefind's requests in the page: without SharedWorker it runs on the main thread.
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'SharedWorker');
    });
  });

  test('the first query downloads at most 450 KB: Pagefind (~150 KB), the index chunks it needs (~30 KB a character), 12 results', async ({
    page,
  }) => {
    await page.goto('/search/');
    const { total, urls } = await bytesOf(page, async () => {
      await page.getByRole('searchbox', { name: '搜索关键词' }).fill('现代学徒制');
      await expect(page.locator('[data-results] li').first()).toBeVisible();
    });
    expect(urls.some((u) => u.includes('/pagefind/'))).toBe(true);
    expect(total).toBeLessThanOrEqual(450_000);
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
