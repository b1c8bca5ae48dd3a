/**
 * 多方协同体检 (/review/) in a real browser: a coordinator creates a round, five respondents (one
 * per role) answer through their links in separate contexts with every other origin blocked and the
 * network cut once the page is loaded, send their answers back as files or a code; the report flags
 * the one planted disagreement and no other; the plan is exported as .docx (unzipped and parsed)
 * and .ics (parsed); a second round loaded with the first round's plan shows the change.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { docxParagraphs, parseXml, unzipDocx } from '../support/docx.ts';
import { test, expect, PHONE, type NewContext } from './fixtures.ts';

// Eleven browser contexts in one test on a shared 2-core machine.
test.describe.configure({ timeout: 300_000 });

const ROLES = ['school-leader', 'teacher', 'enterprise-leader', 'mentor', 'student'] as const;
type Role = (typeof ROLES)[number];
const LEVEL = { 0: '未开始', 2: '推进中' } as const;

/** A context that reaches only the site's own origin, failing on console errors. */
async function isolated(open: NewContext, baseURL: string, errors: string[], phone = false): Promise<BrowserContext> {
  const origin = new URL(baseURL).origin;
  const context = await open({ baseURL, ...(phone ? PHONE : {}), serviceWorkers: 'block' });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
  );
  context.on('page', (p) => {
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    p.on('pageerror', (e) => errors.push(e.message));
  });
  return context;
}

/** Creates a round on the coordinator's page and returns each role's link. */
async function createRound(page: Page, partnership: string, round: string): Promise<Record<Role, string>> {
  await page.goto('/review/');
  await page.getByLabel('合作项目名称').fill(partnership);
  await page.getByLabel('轮次').fill(round);
  await page.getByRole('button', { name: '生成各角色的链接' }).click();
  await expect(page.getByRole('img', { name: /链接的二维码$/ })).toHaveCount(5);
  const links = {} as Record<Role, string>;
  for (const role of ROLES) links[role] = (await page.locator(`[data-role-link="${role}"]`).getAttribute('href')) ?? '';
  return links;
}

/**
 * One respondent: opens the link on a phone, goes offline, rates every statement 推进中 except the
 * dimensions in `low` (未开始), and sends the answers back as a file (its path) or a code.
 */
async function respond(
  open: NewContext,
  baseURL: string,
  link: string,
  how: 'file' | 'code',
  low: string[] = [],
): Promise<{ file?: string; code?: string }> {
  // `file` is the answer file's text.
  const errors: string[] = [];
  const context = await isolated(open, baseURL, errors, true);
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.locator('[data-round-line]')).toContainText('你以');
  await context.setOffline(true);
  const statements = page.locator('fieldset[data-q]');
  const count = await statements.count();
  expect(count).toBeGreaterThanOrEqual(9);
  for (let i = 0; i < count; i++) {
    const s = statements.nth(i);
    const id = (await s.getAttribute('data-q')) ?? '';
    const level = low.some((d) => id.startsWith(`${d}-`)) ? 0 : 2;
    await s.getByRole('radio', { name: LEVEL[level] }).check();
  }
  await expect(page.getByText(`已答 ${count} / ${count} 条`)).toBeVisible();
  let out: { file?: string; code?: string };
  if (how === 'file') {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载答案文件' }).click(),
    ]);
    // Read now: a download is deleted with its context.
    out = { file: readFileSync((await download.path()) ?? '', 'utf8') };
  } else {
    out = { code: await page.getByLabel('答案代码').inputValue() };
  }
  // The answers never left the device: the file is a blob, and the network was off.
  expect(errors).toEqual([]);
  await context.close();
  return out;
}

/** Runs a round: every role answers; the student rates the `studentLow` dimensions 未开始. */
async function runRound(page: Page, open: NewContext, baseURL: string, name: string, studentLow: string[]) {
  const links = await createRound(page, '某产业学院 × 某新能源企业', name);
  const files: string[] = [];
  let code = '';
  for (const role of ROLES) {
    const got = await respond(
      open,
      baseURL,
      links[role],
      role === 'student' ? 'code' : 'file',
      role === 'student' ? studentLow : [],
    );
    if (got.file) files.push(got.file);
    if (got.code) code = got.code;
  }
  await page
    .locator('[data-files]')
    .setInputFiles(
      files.map((f, i) => ({ name: `answer-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(f) })),
    );
  await page.getByLabel('粘贴收到的答案代码（每行一段）').fill(code);
  await page.getByRole('button', { name: '合并', exact: true }).click();
  await expect(page.locator('[data-status]')).toHaveText('已合并 5 份答案。');
}

const text = (d: Download) => d.path().then((p) => readFileSync(p ?? ''));

test('a whole round: links, five respondents offline, the planted disagreement flagged alone, the plan exported, the next round compared', async ({
  page,
  newContext,
  baseURL,
  axe,
}) => {
  const base = baseURL ?? '';
  await page
    .context()
    .route('**/*', (route) =>
      new URL(route.request().url()).origin === new URL(base).origin ? route.continue() : route.abort(),
    );
  await runRound(page, newContext, base, '2026 年度', ['internship']);

  // Counts and heat map: one respondent per role, numbers in every cell.
  const counts = page.getByRole('table', { name: '各角色答题人数' });
  for (const label of ['学校管理者', '专业教师', '企业管理者', '企业导师', '学生'])
    await expect(counts.getByRole('row', { name: label })).toContainText('1');
  const heat = page.getByRole('table', { name: /各维度各角色得分/ });
  await expect(heat.getByRole('row', { name: /实习共担/ })).toHaveText(/实习共担\s*67\s*67\s*67\s*67\s*0\s*54/);
  await expect(heat.getByRole('row', { name: /科研共做/ })).toContainText('—');

  // Exactly the planted disagreement: students low on 实习共担, nothing else.
  const flags = page.locator('[data-flag]');
  await expect(flags).toHaveCount(2);
  expect(await flags.evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')))).toEqual([
    'divergence:internship',
    'students-below:internship',
  ]);
  await flags.first().locator('summary', { hasText: '标记背后的陈述' }).click();
  await expect(flags.first().getByRole('row', { name: /我的实习岗位和所学专业相关/ })).toContainText('0');

  // The plan: 实习共担 (proposed) and 过程共管 (chosen instead of the other proposal).
  const focus = page.locator('[data-focus]');
  await expect(focus.getByRole('checkbox', { name: /实习共担（建议）/ })).toBeChecked();
  for (const box of await focus.getByRole('checkbox').all()) await box.uncheck();
  await focus.getByRole('checkbox', { name: /实习共担/ }).check();
  await focus.getByRole('checkbox', { name: /过程共管/ }).check();
  await page.getByRole('button', { name: '生成计划' }).click();
  const plan = page.locator('[data-plan]');
  await expect(plan.locator('[data-plan-dim]')).toHaveCount(2);
  const internship = plan.locator('[data-plan-dim="internship"]');
  await expect(internship.getByRole('link')).not.toHaveCount(0);
  await expect(internship).toContainText('牵头部门');
  await internship.getByLabel('实习共担 · 负责人').fill('教务处 陈老师');
  await internship.getByLabel('实习共担 · 完成日期').fill('2027-03-15');
  const process = plan.locator('[data-plan-dim="process"]');
  await process.getByLabel('过程共管 · 负责人').fill('产业学院办公室');
  await process.getByLabel('过程共管 · 完成日期').fill('2027-01-10');
  expect(await axe()).toEqual([]);
  // The heat map's colours in the dark theme too, with the report, flags and plan on screen.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Word（.docx）' }).click(),
  ]);
  const parts = unzipDocx(new Uint8Array(await text(docx)));
  for (const [name, xml] of parts) if (name.endsWith('.xml')) parseXml(xml, name);
  const paragraphs = docxParagraphs(parseXml(parts.get('word/document.xml') ?? '', 'document.xml')).map((p) => p.text);
  for (const expected of [
    '实习共担',
    '过程共管',
    '负责人：教务处 陈老师',
    '完成日期：2027-03-15',
    '负责人：产业学院办公室',
    '完成日期：2027-01-10',
  ])
    expect(paragraphs).toContain(expected);

  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出日历（.ics）' }).click(),
  ]);
  const calendar = new ICAL.Component(ICAL.parse((await text(ics)).toString('utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => [e.summary.split('：')[0], e.startDate.toString()])).toEqual([
    ['实习共担', '2027-03-15'],
    ['过程共管', '2027-01-10'],
  ]);

  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '保存计划文件' }).click(),
  ]);
  const planFile = {
    name: 'plan.json',
    mimeType: 'application/json',
    buffer: readFileSync((await saved.path()) ?? ''),
  };

  // The next round: the students now rate 实习共担 like everyone else.
  const next = await newContext({ baseURL: base, serviceWorkers: 'block' });
  const page2 = await next.newPage();
  await runRound(page2, newContext, base, '2027 年度', []);
  await expect(page2.locator('[data-flag]')).toHaveCount(0);
  await page2.getByLabel('选择上一轮的计划文件').setInputFiles(planFile);
  const progress = page2.locator('[data-progress-table]');
  await expect(progress.getByRole('row', { name: /实习共担/ })).toHaveText(/实习共担\s*54\s*67\s*\+13/);
  await expect(progress.getByRole('row', { name: /过程共管/ })).toHaveText(/过程共管\s*67\s*67\s*0/);
  await page2.getByRole('checkbox', { name: /已完成：实习共担/ }).check();
  await expect(page2.getByText('已完成 1 / 2 项行动。')).toBeVisible();
  await next.close();
});

test('a file from another round, a duplicate and a hostile file are set aside with their reasons', async ({ page }) => {
  await page.goto('/review/');
  const good = {
    format: 'industry-college-review',
    version: 1,
    edition: 'x',
    round: { id: 'abcd1234', partnership: '某院', name: '2026' },
    role: 'teacher',
    respondent: 'teach001',
    date: '2026-12-01',
    answers: [],
  };
  const file = (name: string, data: unknown) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await page
    .locator('[data-files]')
    .setInputFiles([
      file('a.json', good),
      file('b.json', good),
      file('c.json', { ...good, respondent: 'other001', round: { ...good.round, id: 'zzzz9999' } }),
      file('d.json', { ...good, respondent: 'evil0001', answers: [{ id: '<img src=x onerror=alert(1)>', rating: 1 }] }),
    ]);
  await page.getByRole('button', { name: '合并', exact: true }).click();
  await expect(page.locator('[data-status]')).toHaveText('已合并 1 份答案。');
  const skipped = page.locator('[data-report] ul').first();
  await expect(skipped).toContainText('b.json：与已合并的答案重复');
  await expect(skipped).toContainText('c.json：属于另一轮体检');
  await expect(skipped).toContainText('d.json：含有本站不存在的陈述编号');
  await expect(page.locator('[data-report] img')).toHaveCount(0);
});

test('without JavaScript each role’s page is a paper questionnaire', async ({ newContext }) => {
  const context = await newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/review/answer/student/');
  await expect(page.getByText('没有 JavaScript 时')).toBeVisible();
  await expect(page.locator('fieldset[data-q]')).not.toHaveCount(0);
  // Nothing managers alone know: no 科研共做 for students.
  await expect(page.getByRole('heading', { name: /科研共做/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '下载答案文件' })).toBeHidden();
  await context.close();
});

test('axe finds nothing on /review/ and on a respondent’s page', async ({ page, axe }) => {
  await page.goto('/review/');
  expect(await axe()).toEqual([]);
  await page.goto('/review/answer/mentor/#review=1&id=abcd1234&p=%E6%9F%90%E9%99%A2&r=2026');
  await expect(page.locator('[data-round-line]')).toContainText('企业导师');
  expect(await axe()).toEqual([]);
});
