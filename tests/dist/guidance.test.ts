/**
 * The guidance downloads and pages (issue 15): the CSVs are UTF-8 with a BOM, CRLF and RFC 4180
 * quoting, parse, and hold exactly the rows their pages print; every dimension page shows its
 * steps, its tasks and at least five indicators and links the handbook and the matrix; the hubs
 * link both; the worksheet page stays within the JS budget.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { parseCsv } from '../../src/lib/guidance/csv.ts';
import { pageWeight } from '../lib/budget.ts';
import { assetReader } from '../lib/files.ts';
import { OFFICES } from '../../src/lib/enums.ts';
import { readSite } from './site.ts';

const pages = new Map(readSite('dist').map((p) => [p.path, p]));
const page = (path: string) => {
  const found = pages.get(path);
  if (!found) throw new Error(`no page ${path} in dist/`);
  return found;
};
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const DIMENSIONS = ['specialty', 'talent', 'faculty', 'resources', 'projects', 'research', 'internship', 'employment', 'process', 'evaluation'];

describe.each([
  ['/indicators.csv', '/indicators/', 'indicators'],
  ['/responsibilities.csv', '/responsibilities/', 'responsibilities'],
])('%s', (file, pagePath, name) => {
  const bytes = readFileSync(`dist${file}`);
  const csv = bytes.toString('utf8');

  test('is UTF-8 with a byte-order mark, and every record ends with CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    // parseCsv throws on a bare LF or CR outside quotes and on broken quoting.
    expect(() => parseCsv(csv)).not.toThrow();
  });

  test('quotes fields that hold a comma or a quote (RFC 4180), so every row is as wide as the header', () => {
    const [header, ...rows] = parseCsv(csv);
    expect(header?.length).toBeGreaterThan(4);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
  });

  test('the page links the download with its real size', () => {
    const link = page(pagePath).root.querySelector(`a[data-download="${name}"]`);
    expect(link?.getAttribute('href')).toBe(file);
    expect(text(link)).toContain(`${(bytes.byteLength / 1024).toFixed(1)} KB`);
  });
});

test('/indicators.csv holds exactly the indicators /indicators/ prints, in order, with the same names and formulas', () => {
  const [header, ...rows] = parseCsv(readFileSync('dist/indicators.csv', 'utf8'));
  expect(header).toEqual(['维度', '编号', '指标', '定义', '分子', '分母', '计数单位', '数据记录', '保管', '频率', '方向', '依据']);
  const trs = page('/indicators/').root.querySelectorAll('tr[data-indicator]');
  expect(trs.length).toBeGreaterThanOrEqual(50);
  expect(rows.map((r) => r[1])).toEqual(trs.map((tr) => tr.getAttribute('data-indicator')));
  rows.forEach((row, i) => {
    const tr = trs[i];
    const [, , name = '', definition = '', numerator = '', denominator = '', unit = '', record = '', keptBy = '', ...rest] =
      row;
    expect(text(tr?.querySelector('.name'))).toBe(name);
    expect(text(tr?.querySelector('.definition'))).toBe(definition);
    const formula = text(tr?.querySelectorAll('td')[0]);
    expect(formula).toBe(numerator ? `${numerator} ÷ ${denominator}` : `计数，单位：${unit}`);
    expect(text(tr?.querySelectorAll('td')[1])).toBe(`${record}（保管：${keptBy}）`);
    // Frequency, direction and source, in the same order.
    expect(tr?.querySelectorAll('td').slice(2).map(text)).toEqual(rest);
  });
});

test('/responsibilities.csv holds exactly the tasks /responsibilities/ prints, cell for cell', () => {
  const [header, ...rows] = parseCsv(readFileSync('dist/responsibilities.csv', 'utf8'));
  expect(header).toEqual(['维度', '任务', '牵头', '参与', '知会', '依据']);
  const trs = page('/responsibilities/').root.querySelectorAll('#matrix-table tr[data-task]');
  expect(trs.length).toBeGreaterThanOrEqual(50);
  expect(trs.map((tr) => tr.querySelectorAll('th, td').map(text))).toEqual(rows);
});

test('/responsibilities/ has a section per office (the no-JS filter) and a filter option per office', () => {
  const root = page('/responsibilities/').root;
  for (const { id } of OFFICES) {
    expect(root.querySelector(`#office-${id}`), id).not.toBeNull();
    expect(root.querySelector(`a[href="#office-${id}"]`), id).not.toBeNull();
    expect(root.querySelector(`office-filter option[value="${id}"]`), id).not.toBeNull();
  }
  // 人事处 has work in the matrix, and its section lists it.
  expect(root.querySelectorAll('#matrix-table tr[data-offices~="personnel"]').length).toBeGreaterThan(3);
});

describe.each(DIMENSIONS)('/dimensions/%s/', (id) => {
  const root = page(`/dimensions/${id}/`).root;
  test('shows its steps in order, each with a leading office', () => {
    const steps = root.querySelectorAll('#steps ~ ol.steps > li, section[aria-labelledby="steps"] ol > li');
    expect(steps.length).toBeGreaterThanOrEqual(4);
    for (const li of steps) expect(text(li.querySelector('.step-meta'))).toMatch(/^牵头：\S+ · 依据：/);
  });
  test('shows its tasks by office and at least five defined indicators', () => {
    expect(root.querySelectorAll('section[aria-labelledby="responsibilities"] tr[data-task]').length).toBeGreaterThanOrEqual(4);
    const indicators = root.querySelectorAll('section[aria-labelledby="indicators"] tr[data-indicator]');
    expect(indicators.length).toBeGreaterThanOrEqual(5);
    for (const tr of indicators) expect(tr.querySelectorAll('td')).toHaveLength(5);
  });
  test('links the handbook and the matrix', () => {
    expect(root.querySelector('a[href="/indicators/"]')).not.toBeNull();
    expect(root.querySelector('a[href="/responsibilities/"]')).not.toBeNull();
  });
});

test.each(['/for-staff/', '/for-enterprises/'])('the hub %s links the handbook and the matrix', (path) => {
  const root = page(path).root;
  expect(root.querySelector('a[href="/indicators/"]')).not.toBeNull();
  expect(root.querySelector('a[href="/responsibilities/"]')).not.toBeNull();
});

test('the staff guide shows the matrix by office instead of a role list', () => {
  const root = page('/for-staff/').root;
  const rows = root.querySelectorAll('tr[data-office]');
  expect(rows.map((r) => r.getAttribute('data-office'))).toEqual(OFFICES.map((o) => o.id));
  expect(root.querySelector('a[href="/responsibilities/#office-personnel"]')).not.toBeNull();
});

test('the enterprise worksheet: one per dimension, each total printed with its formula, JS within 8 KB', () => {
  expect(page('/for-enterprises/').root.querySelector('a[href="/for-enterprises/worksheet/"]')).not.toBeNull();
  const hub = page('/for-enterprises/worksheet/');
  const sheets = hub.root.querySelectorAll('effort-worksheet');
  expect(sheets).toHaveLength(10);
  for (const sheet of sheets) {
    expect(sheet.querySelectorAll('input[type="number"]').length).toBeGreaterThanOrEqual(2);
    for (const output of sheet.querySelectorAll('output[data-total]')) {
      expect(JSON.parse(output.getAttribute('data-total') ?? '')).toHaveProperty('op');
    }
    expect(text(sheet.querySelector('.formula'))).toMatch(/^= .+ × .+/);
  }
  // The 30 % offset appears only with its conditions, as policies.md states them.
  expect(hub.html).toContain('试点产教融合型企业');
  expect(hub.html).toContain('结转以后年度继续抵免');
  const weight = pageWeight(hub.path, hub.html, assetReader('dist'));
  expect(weight.js).toBeGreaterThan(0);
  expect(weight.js).toBeLessThanOrEqual(8 * 1024);
});
