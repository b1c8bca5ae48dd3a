/**
 * Templates in the browser (axe runs on them in a11y.spec.ts, in both schemes): the .docx served as a Word
 * document under its file name, and the print stylesheet (A4, no navigation, numbered clauses,
 * blanks as lines), with a screenshot of the print media to look at.
 */
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

// A PDF and a full-page screenshot are slow on a shared two-core machine.
test.describe.configure({ timeout: 240_000 });

const TEMPLATE = '/templates/council-charter/';
const DOCX = '/templates/council-charter.docx';

test('the .docx is served as a Word document and downloads under its file name', async ({ page, request }) => {
  const response = await request.get(DOCX);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  const body = await response.body();
  expect(body.subarray(0, 2).toString('latin1')).toBe('PK');

  await page.goto(TEMPLATE);
  const link = page.getByRole('link', { name: /下载 Word 文档/ });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('council-charter.docx');
});

test('each clause says where it comes from in words, and the legend explains the markers', async ({ page }) => {
  await page.goto(TEMPLATE);
  const clauses = page.locator('ol.clauses > li');
  expect(await clauses.count()).toBeGreaterThan(5);
  for (const text of await clauses.allInnerTexts()) expect(text).toMatch(/［来源：(论文|法律|政策|本站扩展).*］/);
  const legend = page.getByRole('region', { name: '来源说明' });
  for (const kind of ['［论文］', '［法律］', '［政策］', '［本站扩展］']) await expect(legend).toContainText(kind);
});

test.describe('print', () => {
  // A4 at 96 CSS px per inch.
  test.use({ viewport: { width: 794, height: 1123 } });

  test('prints on A4 without navigation, with numbered clauses and blanks as lines', async ({ page }) => {
    await page.goto(TEMPLATE);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.doc-aside')).toBeHidden();
    await expect(page.getByRole('link', { name: /下载 Word 文档/ })).toBeHidden();
    await expect(page.getByRole('note').filter({ hasText: '不构成法律意见' })).toBeVisible();

    const first = page.locator('ol.clauses').first();
    expect(await first.evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('decimal');
    const starts = await page
      .locator('ol.clauses')
      .evaluateAll((ols) => ols.map((ol) => (ol as HTMLOListElement).start));
    expect(starts[0]).toBe(1);
    expect(starts.every((n, i) => i === 0 || n > (starts[i - 1] ?? 0))).toBe(true);

    const blank = page.locator('.blank').first();
    expect(await blank.evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
    expect(await blank.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(60);

    mkdirSync('.tmp/screenshots', { recursive: true });
    await page.screenshot({ path: '.tmp/screenshots/template-print.png', fullPage: true });

    // The @page rule asks for A4: Chromium's PDF takes its page size from it (595 × 842 pt).
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box, 'a MediaBox in the PDF').not.toBeNull();
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
  });
});
