/**
 * Accessibility over the whole built site: axe-core (WCAG 2.2 AA tags) on every page in the
 * sitemap in the light scheme, and in the dark scheme on one page of each template (the schemes
 * differ only in colours, which a template sets for all its pages); no horizontal scrolling at
 * 320 CSS px (400 % zoom of a 1280 px screen), and a visible focus indicator. Other specs run axe
 * only on states this sweep cannot reach (results shown, filters applied, answers given).
 */
import { test, expect } from './fixtures.ts';
import { kindOf, sitemapPaths, TEMPLATE_PAGES } from './pages.ts';

const paths = sitemapPaths();
const templates = TEMPLATE_PAGES;

/**
 * The pages in groups of ten, each group walked in one page: a fresh context per URL reloaded the
 * site's CSS, scripts and fonts every time, which cost as much as axe itself. Every page of a group
 * is checked even when one fails (each failure names its page).
 */
const GROUP = 10;
const groups = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / GROUP) }, (_, i) => items.slice(i * GROUP, (i + 1) * GROUP));
const span = (group: readonly string[]) => `${group[0]} … ${group.at(-1)} (${group.length})`;

test('the sitemap lists the site’s pages', () => {
  expect(paths.length).toBeGreaterThan(50);
});

for (const group of groups(paths)) {
  test(`axe, light: ${span(group)}`, async ({ page, axe }) => {
    // The whole-guide handbooks hold every dimension or every case in one page: axe takes longest there.
    test.setTimeout(group.some((p) => p.startsWith('/handbooks/')) ? 300_000 : 120_000);
    await page.emulateMedia({ colorScheme: 'light' });
    for (const path of group) {
      await page.goto(path);
      expect.soft(await axe(), path).toEqual([]);
    }
  });
}

test('the groups cover every page of the sitemap once', () => {
  expect(groups(paths).flat()).toEqual(paths);
});

test('every template page is in the sitemap (or is the 404 page)', () => {
  expect(templates.filter((p) => p !== '/404.html' && !paths.includes(p))).toEqual([]);
});

test('every kind of page in the sitemap has a page in the template list', () => {
  const covered = new Set(templates.map(kindOf));
  expect([...new Set(paths.map(kindOf))].filter((k) => !covered.has(k))).toEqual([]);
});

for (const group of groups(templates)) {
  test(`axe, dark: ${span(group)}`, async ({ page, axe }) => {
    test.setTimeout(group.some((p) => p.startsWith('/handbooks/')) ? 300_000 : 120_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of group) {
      await page.goto(path);
      expect.soft(await axe(), `${path} (dark)`).toEqual([]);
    }
  });
}

test.describe('at 320 CSS px (400 % zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const group of groups(templates)) {
    test(`no horizontal scrolling: ${span(group)}`, async ({ page }) => {
      for (const path of group) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect.soft(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }
});

test('keyboard focus is visible on links and buttons', async ({ page }) => {
  await page.goto('/');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, tag: el.tagName };
    });
    expect(outline.style, `focused ${outline.tag}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
