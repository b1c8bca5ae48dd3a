/**
 * Accessibility over the whole built site: axe-core (WCAG 2.2 AA tags) on every page in the
 * sitemap in light and dark, no horizontal scrolling at 320 CSS px (400 % zoom of a 1280 px
 * screen), and a visible focus indicator.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

/** Paths of every page in the sitemap, without the site origin. */
const paths = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => new URL(m[1] ?? '/').pathname,
);

test('the sitemap lists the site’s pages', () => {
  expect(paths.length).toBeGreaterThan(50);
});

for (const path of paths) {
  test(`axe: ${path} has no violation in light and dark`, async ({ page, axe }) => {
    // axe takes 10–20 s a scheme on the larger pages (the 65-row responsibilities table, the case
    // browser) when two workers share two cores, and CI's clean clone once went past 30 s; the
    // self-assessment pages hold about 250 radio buttons each and need longer still.
    // The whole-guide handbooks (the case handbook holds all 54 cases) take longest of all.
    test.setTimeout(path.startsWith('/handbooks/') ? 300_000 : path.startsWith('/assess/') ? 180_000 : 90_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await axe(), `${path} (${scheme})`).toEqual([]);
    }
  });
}

/** One page per template, for the layout checks. */
const templates = [
  '/',
  '/model/',
  '/dimensions/internship/',
  '/problems/',
  '/problems/loose-cooperation/',
  '/strategies/',
  '/strategies/strengthen-cooperation/',
  '/cases/',
  '/cases/page/2/',
  paths.find((p) => /^\/cases\/[a-z]/.test(p) && !p.startsWith('/cases/page/')) ?? '/cases/',
  '/policies/',
  '/glossary/',
  '/guides/',
  '/guides/staff-guide/',
  '/for-staff/',
  '/for-enterprises/',
  '/search/',
  '/404.html',
];

test.describe('at 320 CSS px (400 % zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of templates) {
    test(`${path} needs no horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
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
