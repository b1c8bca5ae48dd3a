/**
 * The case browser on /cases/: facet filters with counts, combinable and instant, kept in the URL;
 * usable by keyboard on desktop and phone; and never a request that downloads every case.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, PHONE } from './fixtures.ts';

/** Every case title, from the built card shards. */
const TITLES: string[] = readdirSync('dist/cases/data').flatMap((f) =>
  (JSON.parse(readFileSync(`dist/cases/data/${f}`, 'utf8')) as [string, string, string][]).map((row) => row[1]),
);
const PAGE_SIZE = 12;

const option = (page: Page, facet: string, value: string) =>
  page.locator(`fieldset[data-facet="${facet}"] [data-option="${value}"]`);
const countOf = async (page: Page, facet: string, value: string) =>
  Number(await option(page, facet, value).locator('[data-count]').textContent());
const status = (page: Page) => page.locator('[data-case-browser] [data-status]');
const cards = (page: Page) => page.locator('[data-results] > li');

/** The value with the most cases in a facet (so there is something to filter). */
async function biggest(page: Page, facet: string): Promise<string> {
  const values = await page
    .locator(`fieldset[data-facet="${facet}"] [data-option]:not([hidden])`)
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['option'] ?? ''));
  const counts = await Promise.all(values.map((v) => countOf(page, facet, v)));
  return values[counts.indexOf(Math.max(...counts))] ?? '';
}

test('the filters show with counts that add up to every case', async ({ page }) => {
  await page.goto('/cases/');
  await expect(page.getByRole('group', { name: '行业' })).toBeVisible();
  const total = TITLES.length;
  for (const facet of ['industry', 'region', 'model', 'year']) {
    const counts = await page
      .locator(`fieldset[data-facet="${facet}"] [data-option]:not([hidden]) [data-count]`)
      .allTextContents();
    expect(
      counts.map(Number).reduce((a, b) => a + b, 0),
      facet,
    ).toBe(total);
  }
});

test('ticking a value shows exactly the cases its count promised, each with that value', async ({ page }) => {
  await page.goto('/cases/');
  const value = await biggest(page, 'industry');
  const expected = await countOf(page, 'industry', value);
  const label = (await option(page, 'industry', value).locator('.label').textContent()) ?? '';
  await option(page, 'industry', value).getByRole('checkbox').check();
  await expect(status(page)).toContainText(`符合条件的案例 ${expected} 个`);
  await expect(page).toHaveURL(new RegExp(`[?&]industry=${value}`));
  await expect(cards(page)).toHaveCount(Math.min(expected, PAGE_SIZE));
  await expect(page.locator('[data-results] [data-card-industry]')).toHaveText(
    Array(Math.min(expected, PAGE_SIZE)).fill(label),
  );
  // The card links to the case itself.
  const link = cards(page).first().getByRole('link');
  const title = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('facets combine with AND, and every count equals what ticking it would show', async ({ page }) => {
  await page.goto('/cases/');
  const dimension = await biggest(page, 'dimension');
  await option(page, 'dimension', dimension).getByRole('checkbox').check();
  await expect(status(page)).toContainText('符合条件的案例');
  const regions = await page
    .locator('fieldset[data-facet="region"] [data-option]:not([hidden])')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['option'] ?? ''));
  for (const region of regions.slice(0, 3)) {
    const promised = await countOf(page, 'region', region);
    await option(page, 'region', region).getByRole('checkbox').check();
    await expect(status(page)).toContainText(`符合条件的案例 ${promised} 个`);
    await option(page, 'region', region).getByRole('checkbox').uncheck();
    await expect(page).not.toHaveURL(new RegExp(`region=${region}`));
  }
});

test('the URL holds the selection and page: reload, Back and Forward restore them', async ({ page }) => {
  await page.goto('/cases/');
  const dimension = await biggest(page, 'dimension');
  const n = await countOf(page, 'dimension', dimension);
  await option(page, 'dimension', dimension).getByRole('checkbox').check();
  await expect(status(page)).toContainText(`符合条件的案例 ${n} 个`);
  // The busiest dimension has a second page: the test pages through it, so it must exist.
  expect(n, 'the busiest dimension should have more cases than one page holds').toBeGreaterThan(PAGE_SIZE);
  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(cards(page)).toHaveCount(Math.min(n - PAGE_SIZE, PAGE_SIZE));
  await expect(status(page)).toBeFocused();
  const url = page.url();
  await page.reload();
  await expect(
    page.getByRole('checkbox', {
      name: new RegExp(`^${await option(page, 'dimension', dimension).locator('.label').textContent()}`),
    }),
  ).toBeChecked();
  await expect(status(page)).toContainText(`符合条件的案例 ${n} 个`);
  expect(page.url()).toBe(url);
  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await page.goBack();
  await expect(page).toHaveURL(/\/cases\/$/);
  await expect(page.locator('[data-server-list]')).toBeVisible();
  await expect(page.locator('fieldset[data-facet] input:checked')).toHaveCount(0);
  await page.goForward();
  await expect(option(page, 'dimension', dimension).getByRole('checkbox')).toBeChecked();
});

test('“clear filters” brings back the full, server-rendered list', async ({ page }) => {
  await page.goto('/cases/');
  await page.goto(`/cases/?year=${await biggest(page, 'year')}`);
  await expect(status(page)).toContainText('符合条件的案例');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/cases\/$/);
  await expect(page.locator('[data-server-list]')).toBeVisible();
  await expect(page.locator('[data-filtered]')).toBeHidden();
});

test('a combination nobody has says so', async ({ page }) => {
  await page.goto('/cases/');
  const years = await page
    .locator('fieldset[data-facet="year"] [data-option]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['option'] ?? ''));
  // The year with the fewest cases cannot have every model (there are more models than its
  // cases); the test asserts that, so it cannot pass without trying an empty combination.
  const counts = await Promise.all(years.map((year) => countOf(page, 'year', year)));
  const year = years[counts.indexOf(Math.min(...counts))] ?? '';
  const models = await page.locator('fieldset[data-facet="model"] [data-option]').count();
  expect(Math.min(...counts), `year ${year} should have fewer cases than there are models`).toBeLessThan(models);
  await page.goto(`/cases/?year=${year}`);
  await expect(status(page)).toContainText('符合条件的案例');
  const hidden = page.locator('fieldset[data-facet="model"] [data-option][hidden]');
  await expect(hidden.first()).toBeAttached();
  const model = await hidden.first().getAttribute('data-option');
  await page.goto(`/cases/?year=${year}&model=${model}`);
  await expect(status(page)).toContainText('符合条件的案例 0 个');
  await expect(page.getByText('没有符合这些条件的案例')).toBeVisible();
});

for (const [name, use] of [
  ['desktop', {}],
  ['390 px phone', PHONE],
] as const) {
  test.describe(`by keyboard on a ${name}`, () => {
    test.use(use);
    test('open the filters, tick with Space, page with Enter', async ({ page, axe }) => {
      await page.goto('/cases/');
      const summary = page.locator('[data-filters] summary');
      if (!(await page.locator('[data-filters]').evaluate((d) => (d as HTMLDetailsElement).open))) {
        await summary.focus();
        await page.keyboard.press('Enter');
      }
      const dimension = await biggest(page, 'dimension');
      const box = option(page, 'dimension', dimension).getByRole('checkbox');
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
      await expect(status(page)).toContainText('符合条件的案例');
      // The busiest dimension fills more than one page (asserted in the URL test above).
      const next = page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' });
      await expect(next).toBeVisible();
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/page=2/);
      expect(await axe()).toEqual([]);
    });
  });
}

test('no request downloads every case: the index has codes, the shards one page each', async ({ page }) => {
  // Each response is tagged with the phase it arrived in before its body is awaited, so a slow
  // body from opening the page is never counted as filtering (a race seen on a loaded machine).
  const bodies: { url: string; body: string; size: number; phase: 'open' | 'filter' }[] = [];
  let phase: 'open' | 'filter' = 'open';
  page.on('response', async (response) => {
    const arrived = phase;
    const buffer = await response.body().catch(() => Buffer.alloc(0));
    bodies.push({ url: response.url(), body: buffer.toString('utf8'), size: buffer.length, phase: arrived });
  });
  await page.goto('/cases/');
  await page.waitForLoadState('networkidle');
  expect(
    bodies.filter((b) => b.url.endsWith('.json')),
    'opening /cases/ fetches no data',
  ).toEqual([]);
  const opening = bodies.filter((b) => b.phase === 'open').reduce((n, b) => n + b.size, 0);
  expect(opening, 'bytes to open /cases/').toBeLessThanOrEqual(120_000);

  phase = 'filter';
  for (const facet of ['dimension', 'industry']) {
    await option(page, facet, await biggest(page, facet))
      .getByRole('checkbox')
      .check();
    await expect(status(page)).toContainText('符合条件的案例');
  }
  await page.waitForLoadState('networkidle');
  const filtering = bodies.filter((b) => b.phase === 'filter');
  expect(filtering.some((b) => b.url.endsWith('/cases/facets.json'))).toBe(true);
  for (const { url, body } of filtering) {
    const titles = TITLES.filter((t) => body.includes(t)).length;
    expect(titles, `${url} holds ${titles} case titles`).toBeLessThanOrEqual(PAGE_SIZE);
  }
  expect(
    filtering.reduce((n, b) => n + b.size, 0),
    'bytes to filter twice',
  ).toBeLessThanOrEqual(30_000);
});

test('without JavaScript the list and its pages work, and no filter is shown', async ({ newContext }) => {
  const context = await newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/cases/?industry=new-energy');
  await expect(page.locator('[data-filters]')).toBeHidden();
  // The case cards' headings (the page has other sections, such as the handbook offer).
  await expect(page.getByRole('main').locator('.case-card').getByRole('heading', { level: 2 })).toHaveCount(
    Math.min(TITLES.length, PAGE_SIZE),
  );
  await context.close();
});
