/**
 * /cases/?source=public lists the public cases (and only them), each card marked 公开案例 in words;
 * the 来源 filter keeps its state in the URL.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

const index = JSON.parse(readFileSync('dist/cases/facets.json', 'utf8')) as {
  facets: { key: string }[];
  widths: number[];
  codes: string;
};
/** How many public cases the built index holds (source is a one-digit facet; value 0 = public). */
const PUBLIC = (() => {
  const at = index.facets.findIndex((f) => f.key === 'source');
  const offset = index.widths.slice(0, at).reduce((a, b) => a + b, 0);
  const stride = index.widths.reduce((a, b) => a + b, 0);
  let n = 0;
  for (let i = 0; i < index.codes.length; i += stride) if (index.codes[i + offset] === '0') n += 1;
  return n;
})();

// The shared test machine is often saturated; the filters need the index and shards first.
test.slow();

test('?source=public lists every public case and nothing else', async ({ page }) => {
  expect(PUBLIC).toBeGreaterThanOrEqual(20);
  await page.goto('/cases/?source=public');
  await expect(page.locator('[data-case-browser] [data-status]')).toContainText(`${PUBLIC}`);
  await expect(page.getByRole('checkbox', { name: /公开案例/ })).toBeChecked();
  const markers = page.locator('[data-results] [data-card-source]');
  await expect(markers).toHaveCount(Math.min(PUBLIC, 12));
  for (const text of await markers.allTextContents()) expect(text.trim()).toBe('公开案例');
});

test('ticking 示例案例 adds them and writes the URL', async ({ page }) => {
  await page.goto('/cases/?source=public');
  await page.getByRole('checkbox', { name: /示例案例/ }).check();
  await expect(page).toHaveURL(/source=public&source=illustrative|source=illustrative&source=public/);
  await page.getByRole('checkbox', { name: /公开案例/ }).uncheck();
  await expect(page).toHaveURL(/\?source=illustrative$/);
  // The list is redrawn after the URL changes: wait for it rather than read the previous one.
  const markers = page.locator('[data-results] [data-card-source]');
  await expect(markers.filter({ hasNotText: '示例案例' })).toHaveCount(0);
  await expect(markers).not.toHaveCount(0);
  await expect(markers.filter({ hasNotText: '示例案例' })).toHaveCount(0);
});
