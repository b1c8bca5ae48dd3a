/**
 * Diagrams in a real browser: every page with a `Diagram` draws an SVG in light and dark, redraws
 * on the theme toggle, links its nodes, keeps a wide drawing inside the figure, and loads Mermaid
 * only where it is needed. Also a JavaScript budget for a flowchart page, in gzip bytes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect, PHONE } from './fixtures.ts';

/** Root-relative paths of the built pages that contain a diagram, read from dist/. */
function pagesWithDiagrams(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : pagesWithDiagrams(path);
    if (name !== 'index.html' || !readFileSync(path, 'utf8').includes('data-diagram-canvas')) return [];
    return [`/${relative('dist', dir).split(sep).join('/')}/`.replace(/\/+/g, '/')];
  });
}

const PAGES = pagesWithDiagrams().sort();

/** Scrolls every figure into view and waits until each has drawn (or failed). */
async function drawAll(page: Page) {
  const figures = page.locator('[data-diagram]');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await expect(figures.nth(i).locator('[data-diagram-canvas]')).toHaveAttribute('data-state', /rendered|error/);
  }
  return figures;
}

test('the pages that should have diagrams have them', () => {
  for (const path of ['/', '/model/', '/problems/', '/strategies/', '/guides/getting-started/']) {
    expect(PAGES).toContain(path);
  }
  expect(PAGES.filter((p) => p.startsWith('/problems/') && p !== '/problems/').length).toBeGreaterThan(0);
  expect(PAGES.filter((p) => p.startsWith('/strategies/') && p !== '/strategies/').length).toBeGreaterThan(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every diagram draws as an SVG without an error (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of PAGES) {
      await page.goto(path);
      const figures = await drawAll(page);
      for (let i = 0; i < (await figures.count()); i++) {
        const figure = figures.nth(i);
        await expect(figure.locator('[data-diagram-canvas]'), `${path} figure ${i}`).toHaveAttribute(
          'data-state',
          'rendered',
        );
        await expect(figure, `${path} figure ${i}`).toHaveAttribute('data-theme', scheme);
        const svg = figure.locator('[data-diagram-canvas] svg');
        await expect(svg).toHaveCount(1);
        await expect(svg).not.toContainText(/Syntax error|Parse error|error in text/i);
        await expect(figure.locator('[data-diagram-error]')).toBeHidden();
      }
    }
  });
}

test('the drawing follows the theme toggle, and the text alternative folds below it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/model/');
  const figure = (await drawAll(page)).first();
  await expect(figure).toHaveAttribute('data-theme', 'light');
  const light = await figure.locator('svg').evaluate((svg) => svg.outerHTML);
  await expect(figure.locator('details')).not.toHaveAttribute('open');

  await page.getByRole('button', { name: '深色主题' }).click();
  await expect(figure).toHaveAttribute('data-theme', 'dark');
  const dark = await figure.locator('svg').evaluate((svg) => svg.outerHTML);
  expect(dark).not.toBe(light);
  await expect(figure.locator('svg')).toHaveCount(1);
});

test('diagram nodes link to their pages under securityLevel strict', async ({ page }) => {
  await page.goto('/model/');
  await drawAll(page);
  const link = page.locator('[data-diagram-canvas] svg a').filter({ hasText: '专业共建' });
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/\/dimensions\/specialty\/$/);
});

test('labels fit their boxes: no node label is wider than its shape', async ({ page }) => {
  for (const path of ['/model/', '/problems/weak-institutions/', '/strategies/build-institutions/']) {
    await page.goto(path);
    await drawAll(page);
    const overflowing = await page.locator('[data-diagram-canvas] svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) =>
        [...svg.querySelectorAll('g.node')].flatMap((node) => {
          const shape = node.querySelector('rect, path, polygon');
          const label = node.querySelector('.nodeLabel, foreignObject div');
          if (!shape || !label) return [];
          const box = shape.getBoundingClientRect();
          const text = label.getBoundingClientRect();
          return text.width > box.width + 1 || text.height > box.height + 1 ? [label.textContent ?? ''] : [];
        }),
      ),
    );
    expect(overflowing, path).toEqual([]);
  }
});

test('axe finds no violation on /model/ with the diagram drawn (light and dark)', async ({ page, axe }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/model/');
    await drawAll(page);
    expect(await axe(), scheme).toEqual([]);
  }
});

test('a page without diagrams downloads no Mermaid code and little JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  let bytes = 0;
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.url());
    bytes += (await response.body()).length;
  });
  await page.goto('/glossary/');
  await page.mouse.wheel(0, 20_000);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
  expect(await page.locator('[data-diagram]').count()).toBe(0);
  // Inline scripts (theme, menu) cost nothing here; anything external must stay small.
  expect(bytes).toBeLessThan(10_000);
});

test('Mermaid with the dagre layout stays within its budget on a flowchart page', async ({ page }) => {
  const bodies = new Map<string, Buffer>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') bodies.set(response.url(), await response.body());
  });
  await page.goto('/model/');
  await drawAll(page);
  await page.waitForLoadState('networkidle');
  const urls = [...bodies.keys()];
  expect(urls.some((url) => /mermaid/i.test(url))).toBe(true);
  // The ELK layout (Mermaid 12's default) would add its own chunk; dagre must be used instead.
  expect(urls.filter((url) => /\/elk[-.]/i.test(url))).toEqual([]);
  const gzip = [...bodies.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  console.log(`JavaScript on /model/ after the diagram is drawn: ${bodies.size} files, ${gzip} bytes gzip -9`);
  expect(gzip).toBeLessThan(240_000);
});

test.describe('on a 390 px phone', () => {
  test.use({ ...PHONE, viewport: { width: 390, height: 600 } });

  test('Mermaid loads only when a diagram nears the viewport', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => /mermaid/i.test(url))).toEqual([]);
    const figure = page.locator('[data-diagram]').first();
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('[data-diagram-canvas] svg')).toHaveCount(1);
    expect(requested.filter((url) => /mermaid/i.test(url)).length).toBeGreaterThan(0);
  });

  test('a wide diagram scrolls inside its figure, never the page', async ({ page }) => {
    for (const path of ['/problems/', '/strategies/build-institutions/', '/problems/weak-institutions/']) {
      await page.goto(path);
      await drawAll(page);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.page, path).toBeLessThanOrEqual(widths.viewport);
    }
  });

  test('the model diagram fits the phone without scrolling', async ({ page }) => {
    await page.goto('/model/');
    await drawAll(page);
    const canvas = page.locator('[data-diagram-canvas]').first();
    const [scroll, client] = await canvas.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
  });
});

test('without JavaScript the text alternative is open and the canvas hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/problems/goal-divergence/');
  const figure = page.locator('[data-diagram]').first();
  await expect(figure.locator('figcaption')).toBeVisible();
  await expect(figure.locator('[data-diagram-canvas]')).toBeHidden();
  await expect(figure.locator('details')).toHaveAttribute('open', '');
  await expect(figure.getByRole('link', { name: '明确育人目标' })).toBeVisible();
  await context.close();
});
