/**
 * 十维自评 (/assess/) in a real browser: a whole assessment answered by keyboard, kept across a
 * reload, exported, cleared, imported, compared over time and across sides, shared by link,
 * printed; hostile files refused without touching what is saved; nothing sent anywhere.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, PHONE } from './fixtures.ts';

// The page holds 100 radio groups: on a busy two-core machine a reload, a perspective switch or a
// whole keyboard pass is slow, so these tests get far more than the default limit (the times
// measured are in docs/benchmarks.md, "Test suite").
test.describe.configure({ timeout: 600_000 });

const KEY = 'assess:v1';
const LEVELS = ['未开始', '起步', '推进中', '已制度化', '不适用'];
const saved = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const statements = (page: Page) => page.locator('[data-persp="school"] fieldset[data-q]');

/** Answers every college statement by keyboard: statement i gets level i mod 5 (不适用 for 4). */
async function answerAllByKeyboard(page: Page): Promise<number> {
  const count = await statements(page).count();
  expect(count).toBeGreaterThanOrEqual(40);
  await statements(page).first().getByRole('radio').first().focus();
  for (let i = 0; i < count; i++) {
    const level = i % 5;
    if (level === 0) await page.keyboard.press('Space');
    for (let k = 0; k < level; k++) await page.keyboard.press('ArrowRight');
    if (i < count - 1) {
      await page.keyboard.press('Tab'); // the note's summary
      await page.keyboard.press('Tab'); // the next statement's radio group
    }
  }
  return count;
}

/** An exported file's text, by clicking 导出 and reading the download. */
async function exportFile(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /导出答案/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^self-assessment-school-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync((await download.path()) ?? '', 'utf8');
}

test('a whole assessment answered by keyboard is announced, scored and kept across a reload', async ({ page }) => {
  await page.goto('/assess/');
  await page.evaluate((k) => localStorage.removeItem(k), KEY);
  await page.reload();
  const count = await answerAllByKeyboard(page);
  await expect(statements(page).first().getByRole('radio', { name: '未开始' })).toBeChecked();
  await expect(statements(page).nth(3).getByRole('radio', { name: '已制度化' })).toBeChecked();
  await expect(statements(page).nth(4).getByRole('radio', { name: '不适用' })).toBeChecked();
  await expect(page.getByText(`已作答 ${count} / ${count} 条`).first()).toBeVisible();
  // The result is announced in a live region.
  await expect(page.locator('[aria-live="polite"]')).toContainText(`全部 ${count} 条已答完`);
  // 专业共建 has five statements: 0, 1, 2, 3 and 不适用 → (0+1+2+3) ÷ (3 × 4) × 100 = 50.
  const row = page.getByRole('table', { name: '各维度得分' }).getByRole('row', { name: /专业共建/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('50');
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');
  await expect(page.locator('[data-weakest] > li')).toHaveCount(3);
  await expect(page.locator('[data-weakest] [data-next-cases] li').first()).toBeVisible();
  const polygon = await page.locator('[data-radar-now]').getAttribute('points');
  expect(new Set(polygon?.split(' ')).size).toBeGreaterThan(1);

  await page.reload();
  await expect(page.locator('[data-persp="school"] input[type="radio"]:checked')).toHaveCount(count);
  await expect(page.getByText(`已作答 ${count} / ${count} 条`).first()).toBeVisible();
});

test('export, print, clear, import and both comparisons, with no request sent', async ({ page, baseURL }) => {
  await page.goto('/assess/');
  // Every college statement answered 推进中, except the first 已制度化 (seeded, to keep the test short).
  const ids = await statements(page).evaluateAll((sets) => sets.map((s) => (s as HTMLElement).dataset['q'] ?? ''));
  const seeded = Object.fromEntries(ids.map((id, i) => [id, { rating: i === 0 ? 3 : 2 }]));
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k ?? '', v ?? ''),
    [KEY, JSON.stringify({ perspective: 'school', industry: '', model: '', answers: seeded })],
  );
  await page.reload();
  const count = ids.length;
  await expect(page.getByText(`已作答 ${count} / ${count} 条`).first()).toBeVisible();
  // The report's cases come from one file, fetched once, before anything below.
  await expect(page.locator('[data-weakest] [data-next-cases] li').first()).toBeVisible();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  const first = statements(page).first();
  await first.getByText('备注').click();
  await first.getByRole('textbox', { name: '备注' }).fill('委员会 2026 年换届 <b>注意</b>');
  const exported = await exportFile(page);
  const data = JSON.parse(exported) as {
    version: number;
    perspective: string;
    answers: { id: string; rating: number; note?: string }[];
  };
  expect(data).toMatchObject({ version: 1, perspective: 'school' });
  expect(data.answers).toHaveLength(count);
  expect(data.answers[0]).toMatchObject({ id: 'specialty-s1', rating: 3, note: '委员会 2026 年换届 <b>注意</b>' });

  // Print: the report (date, perspective, radar, table, priorities, notes), not the form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.assess-form')).toBeHidden();
  await expect(page.getByText('十维自评报告')).toBeVisible();
  await expect(page.locator('[data-report-meta]')).toContainText('视角：院校');
  await expect(page.locator('[data-weakest] > li')).toHaveCount(3);
  await expect(page.locator('[data-notes-list]')).toContainText('委员会 2026 年换届 <b>注意</b>');
  await page.screenshot({ path: '.tmp/screenshots/assess-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '清除全部答案' }).click();
  await expect(page.getByText(`已作答 0 / ${count} 条`).first()).toBeVisible();
  expect(await saved(page)).toBeNull();
  await expect(page.locator('[data-persp="school"] input[type="radio"]:checked')).toHaveCount(0);

  // Import brings everything back, the note as plain text.
  await page.locator('[data-file="import"]').setInputFiles(file('old.json', exported));
  await expect(page.locator('[data-message]')).toContainText(`共 ${count} 条`);
  await expect(page.locator('[data-persp="school"] input[type="radio"]:checked')).toHaveCount(count);
  await expect(first.getByRole('textbox', { name: '备注' })).toHaveValue('委员会 2026 年换届 <b>注意</b>');
  await expect(page.locator('[data-notes-list] b')).toHaveCount(0);

  // Compare over time: last year all 未开始 → 专业共建 (3, 2, 2, 2, 2 → 73) changed by +73.
  const lastYear = { ...data, date: '2025-11-30', answers: data.answers.map((a) => ({ id: a.id, rating: 0 })) };
  await page.locator('[data-file="before"]').setInputFiles(file('2025.json', JSON.stringify(lastYear)));
  await expect(page.locator('[data-message]')).toContainText('已叠加 2025-11-30 的结果');
  const row = page.getByRole('table', { name: '各维度得分' }).getByRole('row', { name: /专业共建/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('73');
  await expect(row.getByRole('cell').nth(4)).toHaveText('0');
  await expect(row.getByRole('cell').nth(5)).toHaveText('+73');
  await expect(page.locator('[data-radar-legend-before]')).toBeVisible();
  await page.locator('.result').screenshot({ path: '.tmp/screenshots/assess-compare.png' });

  // Compare the two sides: a college that says 已制度化, an enterprise that says 起步.
  const dims = [...new Set(ids.map((id) => id.replace(/-s\d+$/, '')))];
  const college = { ...data, answers: dims.map((d) => ({ id: `${d}-s1`, rating: 3 })) };
  const firm = { ...data, perspective: 'enterprise', answers: dims.map((d) => ({ id: `${d}-e1`, rating: 1 })) };
  await page
    .locator('[data-file="sides"]')
    .setInputFiles([
      file('college.json', JSON.stringify(college)),
      file('firm.json', JSON.stringify(firm)),
      file('broken.json', '{'),
    ]);
  await expect(page.locator('[data-sides-message]')).toContainText('已读取 2 份答案文件');
  await expect(page.locator('[data-sides-message]')).toContainText('broken.json：这不是 JSON 文件');
  const spread = page.locator('[data-sides] table').getByRole('row', { name: /专业共建/ });
  await expect(spread).toContainText('院校认为已制度化，企业认为仅起步');
  await expect(spread.getByRole('cell').last()).toHaveText('67');

  // Nothing was requested while exporting, printing, importing and comparing.
  expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
  expect(baseURL).toBeTruthy();
});

test('hostile or malformed files are refused with a message and change nothing saved', async ({ page }) => {
  await page.goto('/assess/');
  await statements(page).first().getByRole('radio', { name: '推进中' }).check();
  const before = await saved(page);
  expect(before).toContain('specialty-s1');
  const good = await exportFile(page);
  const g = JSON.parse(good) as Record<string, unknown>;
  const cases: [string, string, RegExp][] = [
    ['not.json', 'hello', /这不是 JSON 文件/],
    ['version.json', JSON.stringify({ ...g, version: 99 }), /格式版本（99）不受支持/],
    [
      'unknown.json',
      JSON.stringify({ ...g, answers: [{ id: 'specialty-s99', rating: 1 }] }),
      /不存在的陈述编号（specialty-s99）/,
    ],
    [
      'script.json',
      JSON.stringify({ ...g, answers: [{ id: 'specialty-s1', rating: 1, note: '<script>alert(1)</script>' }] }),
      /含有网页代码/,
    ],
    ['huge.json', JSON.stringify({ ...g, pad: 'x'.repeat(1_100_000) }), /超过 1 MB/],
    ['other.json', JSON.stringify({ hello: 'world' }), /不是本站导出的自评文件/],
  ];
  for (const [name, text, message] of cases) {
    await page.locator('[data-file="import"]').setInputFiles(file(name, text));
    await expect(page.locator('[data-message]')).toHaveText(message);
    await expect(page.locator('[data-message]')).toContainText('已保存的答案没有改变');
    expect(await saved(page)).toBe(before);
  }
  await expect(statements(page).first().getByRole('radio', { name: '推进中' })).toBeChecked();
  expect(await page.evaluate(() => document.querySelectorAll('main script:not([type])').length)).toBe(0);
});

test('a share link carries the answers in the fragment and shows them without overwriting the reader’s own', async ({
  page,
  context,
}) => {
  await page.goto('/assess/');
  await statements(page).nth(1).getByRole('radio', { name: '已制度化' }).check();
  await page.getByRole('button', { name: '生成分享链接' }).click();
  const link = page.url();
  expect(new URL(link).hash).toMatch(/^#a1\.s\.[0-9a-f]{8}\.-3-+$/);

  const other = await context.newPage();
  await other.goto('/assess/');
  await other.evaluate((k) => localStorage.removeItem(k), KEY);
  await other.goto(link);
  await other.reload();
  await expect(statements(other).nth(1).getByRole('radio', { name: '已制度化' })).toBeChecked();
  await expect(other.locator('[data-message]')).toContainText('已从链接载入');
  expect(await saved(other)).toBeNull();

  await other.goto('/assess/#a1.s.00000000.3');
  await expect(other.locator('[data-message]')).toContainText('另一个版本');
});

test('the enterprise perspective has its own page on the same engine, reached by keyboard', async ({ page }) => {
  await page.goto('/assess/');
  await page.getByRole('navigation', { name: '作答视角' }).getByRole('link', { name: '企业' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/assess\/enterprise\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('十维自评：企业视角');
  const ent = page.locator('[data-persp="enterprise"] fieldset[data-q]');
  await ent.first().getByRole('radio', { name: '起步' }).check();
  const row = page.getByRole('table', { name: '各维度得分' }).getByRole('row', { name: /专业共建/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('33');
  // A college file is refused here, pointing to the college page.
  const college = {
    format: 'industry-college-self-assessment',
    version: 1,
    edition: 'x',
    perspective: 'school',
    date: '2026-01-01',
    answers: [],
  };
  await page.locator('[data-file="import"]').setInputFiles(file('college.json', JSON.stringify(college)));
  await expect(page.locator('[data-message]')).toContainText('请到院校视角的自评页导入');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page is a printable checklist of the same statements', async ({ page }) => {
    await page.goto('/assess/');
    await expect(page.getByText(/没有 JavaScript 时，本页是一份可打印的核对表/)).toBeVisible();
    const first = statements(page).first();
    await expect(first).toBeVisible();
    for (const level of LEVELS) await expect(first.getByRole('radio', { name: level })).toBeVisible();
    await expect(page.getByRole('heading', { name: '结果' })).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(first).toBeVisible();
  });
});

test.describe('accessibility and small screens', () => {
  test('axe finds nothing with a result shown, in light and dark', async ({ page, axe }) => {
    await page.goto('/assess/');
    for (let i = 0; i < 12; i++)
      await statements(page)
        .nth(i)
        .getByRole('radio', { name: LEVELS[i % 5] ?? '' })
        .check();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axe(), scheme).toEqual([]);
      await page.locator('.result').screenshot({ path: `.tmp/screenshots/assess-result-${scheme}.png` });
    }
  });

  test.describe('phone', () => {
    test.use({ ...PHONE, viewport: { width: 320, height: 700 } });
    test('works at 320 px without horizontal scrolling', async ({ page }) => {
      await page.goto('/assess/');
      await statements(page).first().getByRole('radio', { name: '不适用' }).check();
      await expect(statements(page).first().getByRole('radio', { name: '不适用' })).toBeChecked();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: '.tmp/screenshots/assess-320.png' });
    });
  });
});

test('the weakest dimensions suggest cases of that dimension, the reader’s industry first', async ({
  page,
  request,
}) => {
  const rows = (await (await request.get('/assess/cases.json')).json()) as [string, string, string, string, string[]][];
  await page.goto('/assess/');
  const ids = await statements(page).evaluateAll((sets) => sets.map((s) => (s as HTMLElement).dataset['q'] ?? ''));
  // Every statement 已制度化 except those of 人才共育 (未开始): it is the weakest.
  const seeded = Object.fromEntries(ids.map((id) => [id, { rating: id.startsWith('talent-') ? 0 : 3 }]));
  const industry = rows.find((r) => r[4].includes('talent'))?.[2] ?? '';
  expect(industry).not.toBe('');
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k ?? '', v ?? ''),
    [KEY, JSON.stringify({ perspective: 'school', industry, model: '', answers: seeded })],
  );
  await page.reload();
  const first = page.locator('[data-weakest] > li').first();
  await expect(first.getByRole('heading', { level: 4 })).toContainText('人才共育');
  const links = first.locator('[data-next-cases] a');
  await expect(links).toHaveCount(3);
  const shown = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/')[2]));
  const byId = new Map(rows.map((r) => [r[0], r]));
  for (const id of shown) expect(byId.get(id ?? '')?.[4], id).toContain('talent');
  expect(byId.get(shown[0] ?? '')?.[2]).toBe(industry);
});
