/**
 * The content editor (`/admin/`, Decap CMS) driven through its own fields, as `npm run edit` runs
 * it: decap-server and Astro's dev server, here against a temporary copy of the content tree, never
 * `src/content/`. Ports: the site on E2E_PORT+1, the local backend on E2E_PORT+2.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const base = Number(process.env['E2E_PORT'] ?? 4399);
const sitePort = base + 1;
const backendPort = base + 2;
const site = `http://localhost:${sitePort}`;

let repo = '';
let content = '';
let edit: ChildProcess | undefined;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  repo = mkdtempSync(join(tmpdir(), 'kb-editor-'));
  content = join(repo, 'src/content');
  cpSync('src/content', content, { recursive: true });
  edit = spawn(process.execPath, ['scripts/edit.mjs'], {
    stdio: 'ignore',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      GIT_REPO_DIRECTORY: repo,
      EDIT_PORT: String(sitePort),
      EDITOR_BACKEND_PORT: String(backendPort),
    },
  });
  // Both servers answer: the editor page from Astro, and decap-server's API.
  await expect
    .poll(
      async () => {
        const page = await fetch(`${site}/admin/`).then(
          (r) => r.status,
          () => 0,
        );
        const api = await fetch(`http://localhost:${backendPort}/api/v1`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ action: 'info', params: {} }),
        }).then(
          (r) => r.status,
          () => 0,
        );
        return [page, api];
      },
      { timeout: 180_000, intervals: [1000] },
    )
    .toEqual([200, 200]);
});

test.afterAll(() => {
  edit?.kill('SIGTERM');
  if (repo) rmSync(repo, { recursive: true, force: true });
});

const caseFiles = () => readdirSync(join(content, 'cases')).sort();

/** Opens the editor and logs in to the local backend (no account: it is this machine's files). */
async function openEditor(page: Page, hash: string) {
  await page.goto(`${site}/admin/#${hash}`);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Chooses an option of one of Decap's selects by typing part of its label. */
async function choose(page: Page, label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(text);
  await input.press('Enter');
}

async function publish(page: Page) {
  await page.getByRole('button', { name: '发布' }).first().click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
}

test('a public case made through the editor’s fields is refused without an excerpt, then saved, checked and rendered', async ({
  page,
}) => {
  const before = caseFiles();
  await openEditor(page, '/collections/cases/new');

  await page.getByLabel('标题', { exact: true }).fill('测试职业技术学院 × 测试科技有限公司：订单班');
  await page
    .getByLabel('摘要', { exact: true })
    .fill('据测试日报报道，测试职业技术学院与测试科技有限公司合作开办订单班，学生毕业后进入企业工作。');
  await page.getByLabel('院校', { exact: true }).fill('测试职业技术学院');
  await page.getByLabel('合作企业', { exact: true }).fill('测试科技有限公司');
  await choose(page, '院校类型 (可选)', '高职');
  await choose(page, '行业', '新一代');
  await choose(page, '地区', '长三角');
  await choose(page, '合作模式', '订单班');
  await page.getByLabel('年份', { exact: true }).fill('2024');
  await choose(page, '关联维度', 'talent');
  await page.getByLabel('成效名称', { exact: true }).fill('订单班人数');
  await page.getByLabel('数值或情况', { exact: true }).fill('40');
  await page.getByLabel('单位 (可选)', { exact: true }).fill('人');
  await page.getByLabel('来源序号 (可选)', { exact: true }).fill('1');
  await choose(page, '案例类型', '公开案例');
  await page.getByRole('button', { name: '新增来源' }).click();
  await page.getByLabel('来源标题', { exact: true }).fill('测试职业技术学院开办订单班');
  await page.getByLabel('发布者', { exact: true }).fill('测试日报');
  await page.getByLabel('来源年份', { exact: true }).fill('2024');
  await page.getByLabel('网址', { exact: true }).fill('https://example.org/news/1');
  await page.getByLabel('读取日期', { exact: true }).fill('2026-12-04');

  // A figure without its excerpt: the field says why, in Chinese, and nothing is written.
  await publish(page);
  const excerpt = page.getByLabel('原文摘录 (可选)', { exact: true });
  const fieldError = page.getByText('公开案例的每项成效都要附来源原文摘录');
  await expect(fieldError).toBeVisible();
  // The error stands on the excerpt field: the next text box after it is the excerpt's.
  const excerptId = await excerpt.getAttribute('id');
  expect(excerptId).toBeTruthy();
  await expect(fieldError.locator('xpath=following::textarea[1]')).toHaveAttribute('id', excerptId ?? '');
  await page.waitForTimeout(1500);
  expect(caseFiles()).toEqual(before);

  await excerpt.fill('合作开办订单班，首期招收40人');
  await publish(page);
  await expect.poll(() => caseFiles().length, { timeout: 20_000 }).toBe(before.length + 1);
  const created = caseFiles().find((f) => !before.includes(f)) ?? '';
  expect(created).toMatch(/^case-next-gen-it-order-class-\d{8}-\d{6}\.md$/);
  const text = readFileSync(join(content, 'cases', created), 'utf8');
  expect(text).toContain('excerpt: 合作开办订单班，首期招收40人');
  expect(text).toContain('url: https://example.org/news/1');

  // The content check accepts it.
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);

  // And it is a case page within seconds, with its excerpt and source.
  const id = created.replace(/\.md$/, '');
  await expect
    .poll(() => fetch(`${site}/cases/${id}/`).then((r) => r.status), { timeout: 60_000, intervals: [1000] })
    .toBe(200);
  await page.goto(`${site}/cases/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('测试职业技术学院 × 测试科技有限公司');
  await expect(page.getByText('合作开办订单班，首期招收40人').first()).toBeVisible();
});

test('editing a policy’s title rewrites only that line and the quotes of its date, which still reads the same', async ({
  page,
}) => {
  const file = join(content, 'policies', 'apprenticeship-pilot-2014.mdx');
  const before = readFileSync(file, 'utf8').split('\n');
  await openEditor(page, '/collections/policies/entries/apprenticeship-pilot-2014');
  const title = page.getByLabel('标题', { exact: true });
  await expect(title).toHaveValue('关于开展现代学徒制试点工作的意见');
  await title.fill('关于开展现代学徒制试点工作的意见（修订）');
  await publish(page);
  await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 20_000 }).toContain('（修订）');
  const after = readFileSync(file, 'utf8').split('\n');
  const changed = before.flatMap((line, i) => (after[i] === line ? [] : [`${line} → ${after[i]}`]));
  expect(after.length).toBe(before.length);
  // Decap writes the front matter anew with its YAML library: key order, lists and the body stay
  // as they were, but quotes the value does not need go (docs/editing.md tells editors so).
  expect(changed).toEqual([
    'title: 关于开展现代学徒制试点工作的意见 → title: 关于开展现代学徒制试点工作的意见（修订）',
    "date: '2014-08' → date: 2014-08",
  ]);
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

test('the deployed editor starts under its own Content-Security-Policy without a violation', async ({ page }) => {
  // dist/ as a static host serves it, with public/_headers (scripts/serve.mjs reads it).
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  const response = await page.goto('/admin/');
  // The policy in force is the editor's own (public/_headers), not the pages' <meta> one.
  expect(response?.headers()['content-security-policy']).toContain("connect-src 'self' https://api.github.com");
  await expect(page.getByRole('button', { name: /GitHub/ })).toBeVisible({ timeout: 30_000 });
  expect(violations).toEqual([]);
});
