/**
 * The readers' journeys (journeys.ts) and one search in Chromium, through real nginx with the
 * shipped configuration (deploy/nginx/): at the root over dist/, and under /cjrh/ over a build made
 * with BASE_PATH=/cjrh/ (SUBPATH_DIST, or built once by tests/support/subpath-build.ts). The
 * header, type and caching checks of the same servers are in tests/dist/nginx.test.ts.
 */
import { test as base, expect } from './fixtures.ts';
import { journeys } from './journeys.ts';
import { startNginx, type NginxSite } from '../support/nginx.ts';
import { subpathDist } from '../support/subpath-build.ts';

// One worker walks this file in order, so the sub-path build runs once.
base.describe.configure({ mode: 'default' });

const test = base.extend<object, { atRoot: NginxSite; underSubpath: NginxSite }>({
  atRoot: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: `{}` is none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await startNginx('dist');
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],
  underSubpath: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: `{}` is none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await startNginx(subpathDist(), { subpath: true });
      await use(site);
      await site.stop();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});

const servers = [
  ['at the root', 'atRoot'],
  ['under /cjrh/', 'underSubpath'],
] as const;

for (const [where, server] of servers) {
  test.describe(`through nginx ${where}`, () => {
    test.use({ baseURL: async ({ atRoot, underSubpath }, use) => use({ atRoot, underSubpath }[server].url) });

    for (const [name, walk] of journeys) {
      test(name, async ({ page }) => walk(page));
    }

    test('a search finds the dimension by its name, reading the index through nginx', async ({ page, baseURL }) => {
      await page.goto('./search/');
      const box = page.getByRole('searchbox', { name: '搜索关键词' });
      await box.fill('师资共培');
      await box.press('Enter');
      const first = page.locator('[data-results] h3 a').first();
      await expect(first).toBeVisible({ timeout: 20_000 });
      expect(await first.getAttribute('href')).toBe(`${new URL(baseURL ?? '').pathname}dimensions/faculty/`);
      await first.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('师资共培');
    });
  });
}
