/**
 * The crosswalk (issue 30): /crosswalk/ covers the seven tasks of the 建设指南 and the four of the
 * 四个合作, each with at least one dimension, marks every mapping 本站扩展, says whom the 建设指南 is
 * for, and prints the same rows as /crosswalk.csv; each dimension page links the tasks it serves.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { parseCsv } from '../../src/lib/guidance/csv.ts';
import { readSite } from './site.ts';

const pages = new Map(readSite('dist').map((p) => [p.path, p]));
const page = (path: string) => {
  const found = pages.get(path);
  if (!found) throw new Error(`no page ${path} in dist/`);
  return found;
};
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const root = page('/crosswalk/').root;
const DIMENSIONS = ['specialty', 'talent', 'faculty', 'resources', 'projects', 'research', 'internship', 'employment', 'process', 'evaluation'];

test.each([
  ['guide-2020', 7, '现代产业学院建设指南（试行）', '教高厅函〔2020〕16号'],
  ['consortium-2024', 4, '教育部办公厅关于加强市域产教联合体建设的通知', '教职成厅函〔2024〕20号'],
])('%s: %i of its tasks, each served by a dimension, under its document', (id, count, title, number) => {
  const section = root.querySelector(`[data-framework="${id}"]`);
  expect(text(section?.querySelector('p'))).toContain(`《${title}》（${number}）`);
  const tasks = section?.querySelectorAll('[data-task]') ?? [];
  expect(tasks).toHaveLength(count);
  for (const task of tasks) {
    const served = task.querySelectorAll('li[data-dimension]');
    expect(served.length, task.getAttribute('data-task')).toBeGreaterThan(0);
    // Every mapping carries the 本站扩展 marker.
    for (const li of served) expect(text(li.querySelector('.tag'))).toBe('本站扩展');
  }
  // In each document, every one of the ten dimensions serves some task.
  expect(new Set(section?.querySelectorAll('li[data-dimension]').map((li) => li.getAttribute('data-dimension')))).toEqual(
    new Set(DIMENSIONS),
  );
});

test('the page says plainly that the 建设指南 was written mainly for applied undergraduate universities', () => {
  expect(text(root.querySelector('[data-framework="guide-2020"] .about'))).toContain('主要面向应用型本科高校');
  expect(text(root.querySelector('[data-crosswalk-extension]'))).toContain('本站扩展');
});

test('/crosswalk.csv holds the rows of the page table, cell for cell, and the page links it with its size', () => {
  const bytes = readFileSync('dist/crosswalk.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.toString('utf8'));
  expect(header).toEqual(root.querySelectorAll('.crosswalk-table thead th').map(text));
  const trs = root.querySelectorAll('.crosswalk-table tbody tr');
  expect(trs.length).toBeGreaterThanOrEqual(11);
  expect(trs.map((tr) => tr.querySelectorAll('td').map(text))).toEqual(rows);
  // Every (task, dimension) listed above the table is a row of it.
  expect(root.querySelectorAll('li[data-dimension]')).toHaveLength(rows.length);
  const link = root.querySelector('a[data-download="crosswalk"]');
  expect(link?.getAttribute('href')).toBe('/crosswalk.csv');
  expect(text(link)).toContain(`${(bytes.byteLength / 1024).toFixed(1)} KB`);
});

test.each(DIMENSIONS)('/dimensions/%s/ links each task it serves to its place in the crosswalk', (id) => {
  const links = page(`/dimensions/${id}/`).root.querySelectorAll('[data-crosswalk-tasks] a[data-task]');
  expect(links.length).toBeGreaterThanOrEqual(2);
  const served = root.querySelectorAll(`li[data-dimension="${id}"]`).map((li) => li.closest('[data-task]')?.getAttribute('data-task'));
  expect(links.map((a) => a.getAttribute('data-task'))).toEqual([...new Set(served)]);
  for (const a of links) {
    const task = a.getAttribute('data-task') ?? '';
    expect(a.getAttribute('href')).toBe(`/crosswalk/#task-${task}`);
    expect(root.getElementById(`task-${task}`)).not.toBeNull();
  }
});
