/**
 * Queries that name a law or a policy document (search/policy-ref.ts): the document's page first,
 * then the pages citing the article asked for; document numbers typed with any brackets.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { resultPaths } from './search-form.ts';
import { pathOnly } from './compare.ts';

/** Site paths of the built pages whose main text holds `text`. */
function pagesHolding(text: string): Set<string> {
  const out = new Set<string>();
  for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('index.html')) continue;
    const html = readFileSync(join('dist', file), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
    if (main.includes(text)) out.add(`/${file.replace(/index\.html$/, '')}`);
  }
  return out;
}

async function firstResults(page: import('@playwright/test').Page, q: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('[data-results] h3 a').first()).toBeVisible({ timeout: 20_000 });
  return (await resultPaths(page)).map(pathOnly);
}

test('a law and an article: the law first, then pages citing that article', async ({ page }) => {
  const citing = pagesHolding('职业教育法第三十条');
  expect(citing.size, 'pages citing 职业教育法第三十条').toBeGreaterThanOrEqual(3);
  for (const q of ['职业教育法第三十条', '职教法 第30条']) {
    const paths = await firstResults(page, q);
    expect(paths[0], q).toBe('/policies/vocational-education-law/');
    const next = paths.slice(1, 4);
    expect(
      next.filter((p) => citing.has(p)),
      `${q}: results 2–4 ${next.join(' ')}`,
    ).toHaveLength(3);
  }
});

test('a document number, typed with any brackets, answers with its document first', async ({ page }) => {
  for (const [q, want] of [
    ['国发〔2019〕4号', '/policies/reform-plan-2019/'],
    ['国发[2019]4号', '/policies/reform-plan-2019/'],
    ['教高厅函（2020）16号', '/policies/industry-college-guide-2020/'],
    ['国发〔2014〕19号 混合所有制', '/policies/state-council-2014/'],
  ] as const) {
    expect((await firstResults(page, q))[0], q).toBe(want);
  }
});

test('naming a document and asking about it answers with the document first', async ({ page }) => {
  expect((await firstResults(page, '职业学校学生实习管理规定 实习时间'))[0]).toBe('/policies/internship-rules-2021/');
});
