/**
 * The search page's form, driven as a reader drives it: used by the relevance tests, which ask
 * hundreds of queries in one page.
 */
import { expect, type Page } from '@playwright/test';
import { pathOnly } from './compare.ts';

/** The result links, in order, as paths with their fragments. */
export async function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('[data-results] h3 a')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );
}

/**
 * Submits `q` on the search page already open in `page` and waits for this query's answer, without
 * a reload: the relevance suite runs its 106 queries through the reader's own form in one page.
 */
export async function ask(page: Page, q: string): Promise<{ paths: string[]; matches: number }> {
  const box = page.getByRole('searchbox', { name: '搜索关键词' });
  // Cleared first, so that the previous query's message is never read as this one's answer.
  await page.locator('[data-status]').evaluate((el) => (el.textContent = ''));
  await box.fill(q);
  await box.press('Enter');
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-status]')?.textContent?.trim() ?? '';
    return status !== '' && status !== '正在搜索……' && !document.querySelector('[data-results][aria-busy]');
  });
  expect(new URL(page.url()).searchParams.get('q'), q).not.toBeNull();
  const paths = (await resultPaths(page)).map(pathOnly);
  const none = await page.locator('[data-none]').isVisible();
  return { paths, matches: none ? 0 : paths.length };
}
