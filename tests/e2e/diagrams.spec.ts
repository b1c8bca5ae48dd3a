/**
 * Diagrams in a real browser. They are drawn at build time: every page with a `Diagram` carries
 * the drawing as inline SVG, visible with JavaScript off, loading no script for it, following the
 * theme toggle and print with no redraw, with its nodes as links.
 */
import { execFileSync } from 'node:child_process';
import { CJK_FONTS } from '../../scripts/find-browser.mjs';
import { readFileSync } from 'node:fs';
import { filesBelow } from '../lib/files.ts';
import { test, expect, PHONE } from './fixtures.ts';

/** Root-relative paths of the built pages that contain a diagram, read from dist/. */
function pagesWithDiagrams(dir = 'dist'): string[] {
  return filesBelow(dir)
    .filter((file) => /(^|\/)index\.html$/.test(file) && !/^(_astro|search-index)\//.test(file))
    .filter((file) => readFileSync(`${dir}/${file}`, 'utf8').includes('diagram-svg'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
}

const PAGES = pagesWithDiagrams().sort();
const DRAWING = 'figure.diagram svg.diagram-svg';

test('the pages that should have diagrams have them', () => {
  for (const path of ['/', '/model/', '/problems/', '/strategies/', '/guides/getting-started/']) {
    expect(PAGES).toContain(path);
  }
  expect(PAGES.filter((p) => p.startsWith('/problems/') && p !== '/problems/').length).toBeGreaterThan(0);
  expect(PAGES.filter((p) => p.startsWith('/strategies/') && p !== '/strategies/').length).toBeGreaterThan(0);
});

test('every diagram is in the page with JavaScript off, labelled by its caption, and no script loads for it', async ({
  newContext,
}) => {
  test.setTimeout(120_000);
  const context = await newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  for (const path of PAGES) {
    await page.goto(path);
    const drawings = page.locator(DRAWING);
    expect(await drawings.count(), path).toBeGreaterThan(0);
    for (const svg of await drawings.all()) {
      await expect(svg, path).toBeVisible();
      const box = await svg.boundingBox();
      expect(box?.height ?? 0, path).toBeGreaterThan(100);
      const labelledBy = await svg.getAttribute('aria-labelledby');
      await expect(page.locator(`[id="${labelledBy}"]`), path).toHaveText(/\S/);
      await expect(svg).not.toContainText(/Syntax error|Parse error|error in text/i);
    }
  }
  expect(requested.filter((url) => /mermaid|diagram.*\.js/i.test(url))).toEqual([]);
  await context.close();
});

test('/model/ loads no JavaScript for its diagram', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/model/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator(DRAWING)).toHaveCount(1);
  expect(scripts.filter((url) => /mermaid|diagram/i.test(url))).toEqual([]);
});

test('the theme toggle recolours the drawing with no request and no redraw', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/model/');
  const svg = page.locator(DRAWING);
  const node = svg.locator('g.node rect').first();
  const before = await svg.evaluate((el) => el.outerHTML);
  const light = await node.evaluate((el) => getComputedStyle(el).fill);
  await svg.evaluate((el) => el.setAttribute('data-probe', 'same-element'));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.getByRole('button', { name: '深色主题' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await node.evaluate((el) => getComputedStyle(el).fill);
  expect(dark).not.toBe(light);
  // Same element (not replaced), same markup apart from the probe: nothing was redrawn.
  await expect(svg).toHaveAttribute('data-probe', 'same-element');
  expect(await svg.evaluate((el) => (el.removeAttribute('data-probe'), el.outerHTML))).toBe(before);
  expect(requests).toEqual([]);
});

test('printed, the drawing is black on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto('/model/');
  const colours = await page
    .locator(`${DRAWING} g.node rect`)
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      return { fill: style.fill, stroke: style.stroke };
    });
  expect(colours).toEqual({ fill: 'rgb(255, 255, 255)', stroke: 'rgb(0, 0, 0)' });
});

test('diagram nodes are links to their pages', async ({ page }) => {
  await page.goto('/model/');
  const link = page.locator(`${DRAWING} a`).filter({ hasText: '专业共建' });
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/\/dimensions\/specialty\/$/);
});

/**
 * Drawings are measured once, at build time, in the renderer's fonts; readers' fonts differ
 * (PingFang, Microsoft YaHei, Noto, WenQuanYi), and a label measured too narrow is cut off. Every
 * label on every page with a diagram must fit its box with the site's font stack resolved to each
 * of two installed CJK families whose punctuation and Latin widths differ.
 */
const CJK_FAMILIES = CJK_FONTS.map((f) => f.family);

test('the CJK families the label test compares are installed', () => {
  const installed = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  for (const family of CJK_FAMILIES) expect(installed, `fc-list :lang=zh lacks ${family}`).toContain(family);
});

for (const family of CJK_FAMILIES) {
  test(`no label's text overflows its box with the fonts resolved to ${family}`, async ({ page }) => {
    test.setTimeout(120_000);
    expect(PAGES.length).toBeGreaterThan(4);
    const clipped: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      // Through the CSSOM: the page's CSP refuses an injected <style>.
      const used = await page.evaluate(async (f) => {
        document.documentElement.style.setProperty('--font-sans', `'${f}'`, 'important');
        await document.fonts.ready;
        return getComputedStyle(document.body).fontFamily.includes(f);
      }, family);
      expect(used, `${path}: the override of --font-sans took effect`).toBe(true);
      const labels = page.locator(`${DRAWING} g.node foreignObject`);
      expect(await labels.count(), `${path}: labels`).toBeGreaterThan(0);
      // The text's extent, from a range over it, must lie inside the box that clips it (the
      // foreignObject, unless it lets the text overflow) and inside the node's drawn shape.
      const over = await labels.evaluateAll((objects) =>
        objects.flatMap((fo) => {
          const range = document.createRange();
          range.selectNodeContents(fo);
          const text = range.getBoundingClientRect();
          const shape = fo
            .closest('g.node')
            ?.querySelector('rect.label-container, polygon, path, rect:not(:empty), circle');
          const boxes = [shape?.getBoundingClientRect()];
          if (getComputedStyle(fo).overflow !== 'visible') boxes.push(fo.getBoundingClientRect());
          const outside = boxes.some(
            (b) =>
              !b ||
              text.left < b.left - 0.5 ||
              text.right > b.right + 0.5 ||
              text.top < b.top - 0.5 ||
              text.bottom > b.bottom + 0.5,
          );
          return outside ? [`${fo.textContent?.trim()} (${Math.round(text.width)} px)`] : [];
        }),
      );
      clipped.push(...over.map((o) => `${path}: ${o}`));
    }
    expect(clipped).toEqual([]);
  });
}

test('labels fit their boxes: no node label is wider than its shape', async ({ page }) => {
  for (const path of ['/model/', '/problems/weak-institutions/', '/strategies/build-institutions/']) {
    await page.goto(path);
    const overflowing = await page.locator(DRAWING).evaluateAll((svgs) =>
      svgs.flatMap((svg) =>
        [...svg.querySelectorAll('g.node')].flatMap((node) => {
          const shape = node.querySelector('rect, path, polygon');
          const label = node.querySelector('.nodeLabel');
          if (!shape || !label) return ['(no shape or label)'];
          const box = shape.getBoundingClientRect();
          const text = label.getBoundingClientRect();
          return text.width > box.width + 1 || text.height > box.height + 1 ? [label.textContent ?? ''] : [];
        }),
      ),
    );
    expect(overflowing, path).toEqual([]);
  }
});

test.describe('on a 390 px phone', () => {
  test.use({ ...PHONE, viewport: { width: 390, height: 600 } });

  test('a wide diagram scrolls inside its figure, never the page', async ({ page }) => {
    for (const path of ['/problems/', '/strategies/build-institutions/', '/problems/weak-institutions/']) {
      await page.goto(path);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.page, path).toBeLessThanOrEqual(widths.viewport);
    }
  });

  test('the model diagram fits the phone without scrolling', async ({ page }) => {
    await page.goto('/model/');
    const canvas = page.locator('figure.diagram .canvas').first();
    const [scroll, client] = await canvas.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
  });
});
