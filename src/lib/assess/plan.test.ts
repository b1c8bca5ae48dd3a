import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { readContentTree, readPlaybooks } from '../content/content-check.ts';
import {
  buildCatalogue,
  foldLine,
  importPlan,
  leadOffice,
  makePlan,
  planCalendar,
  planProgress,
  type Linked,
  type PlaybookLike,
  type PlanItem,
} from './plan.ts';
import type { Report, Round } from './review.ts';

const words = { unit: '按{unit}计', better: { higher: '越高越好', lower: '越低越好', target: '接近目标为好' } };

describe('the plan links every dimension to the site (read from src/content)', () => {
  const { files } = readContentTree('src/content');
  const linked = (collection: string, nameKey: string): Linked[] =>
    files
      .filter((f) => f.collection === collection)
      .map((f) => ({ id: f.id, name: String(f.data[nameKey]), dimensions: (f.data['dimensions'] as string[]) ?? [] }));
  const dims = files
    .filter((f) => f.collection === 'dimensions')
    .map((f) => ({ id: f.id, name: String(f.data['name']), order: Number(f.data['order']) }))
    .sort((a, b) => a.order - b.order);
  const playbooks = new Map(readPlaybooks('src/content').files.map((p) => [p.id, p.data as PlaybookLike]));
  const catalogue = buildCatalogue(
    dims,
    {
      strategies: linked('strategies', 'name'),
      problems: linked('problems', 'name'),
      templates: linked('templates', 'title'),
    },
    playbooks,
    words,
  );
  test('all ten dimensions are there', () => {
    expect(catalogue.map((c) => c.id)).toHaveLength(10);
  });
  test.each(dims.map((d) => d.id))(
    '%s: two strategies, a template, two indicators with formula and target, a leading office',
    (id) => {
      const entry = catalogue.find((c) => c.id === id);
      expect(entry).toBeDefined();
      // A plan offers a choice: no dimension is left with the one strategy that happens to list it.
      expect(entry?.strategies.length).toBeGreaterThanOrEqual(2);
      expect(entry?.problems.length).toBeGreaterThanOrEqual(1);
      expect(entry?.templates.length).toBeGreaterThanOrEqual(1);
      expect(entry?.indicators.length).toBeGreaterThanOrEqual(2);
      for (const i of entry?.indicators ?? []) {
        expect(i.formula).toMatch(/÷|按.+计/);
        expect(i.target.length).toBeGreaterThan(1);
      }
      expect(entry?.steps.length).toBeGreaterThanOrEqual(2);
      expect(entry?.lead).toMatch(/^[a-z-]+$/);
    },
  );
});

test('the leading office leads most tasks; a tie goes to the first named', () => {
  expect(leadOffice([{ lead: 'college' }, { lead: 'personnel' }, { lead: 'personnel' }])).toBe('personnel');
  expect(leadOffice([{ lead: 'ent-hr' }, { lead: 'college' }])).toBe('ent-hr');
  expect(() => leadOffice([])).toThrow(/no leading office|without responsibilities/);
});

const round: Round = { id: 'abcd1234', partnership: '某产业学院, 某企业', name: '2026 年度' };
const report = (overall: Record<string, number | null>): Report => ({
  counts: { 'school-leader': 1, teacher: 1, 'enterprise-leader': 1, mentor: 1, student: 1 },
  dimensions: Object.entries(overall).map(([id, o]) => ({ id, name: id, cells: [], overall: o, spread: null })),
});
const items: PlanItem[] = [
  { dimension: 'internship', action: '签订三方协议; 核对保险', owner: '教务处 王老师', due: '2027-03-15' },
  {
    dimension: 'process',
    action: '排定全年会议日历，并按日历召开理事会会议、形成纪要、跟踪议定事项直到全部办结',
    owner: '二级学院',
    due: '2027-01-10',
  },
];

describe('the plan file', () => {
  const plan = makePlan(round, report({ internship: 40, process: 60, talent: 90 }), items, '2026-12-04');
  test('keeps the focus dimensions’ scores as the baseline and reads back', () => {
    expect(plan.baseline).toEqual({ internship: 40, process: 60 });
    expect(importPlan(JSON.stringify(plan), ['internship', 'process'])).toEqual({ ok: true, plan });
  });
  test.each([
    { what: 'not JSON', text: '{', error: 'not-json' },
    { what: 'an answer file', text: JSON.stringify({ format: 'industry-college-review' }), error: 'not-ours' },
    { what: 'another version', text: JSON.stringify({ ...plan, version: 9 }), error: 'version' },
    {
      what: 'an unknown dimension',
      text: JSON.stringify({ ...plan, items: [{ ...(items[0] as PlanItem), dimension: '__proto__' }] }),
      error: 'invalid',
    },
    {
      what: 'a bad date',
      text: JSON.stringify({ ...plan, items: [{ ...(items[0] as PlanItem), due: 'tomorrow' }] }),
      error: 'invalid',
    },
  ])('$what is refused', ({ text, error }) => {
    expect(importPlan(text, ['internship', 'process'])).toEqual({ ok: false, error });
  });
  test('markup in an owner is dropped to text', () => {
    const text = JSON.stringify({
      ...plan,
      items: [{ ...(items[0] as PlanItem), owner: '<img src=x onerror=alert(1)>王' }],
    });
    const result = importPlan(text, ['internship', 'process']);
    expect(result.ok && result.plan.items[0]?.owner).toBe('img src=x onerror=alert(1)王');
  });
  test('the next round shows the change per focus dimension', () => {
    expect(planProgress(plan, report({ internship: 67, process: null, talent: 10 }))).toEqual([
      { dimension: 'internship', before: 40, now: 67, delta: 27 },
      { dimension: 'process', before: 60, now: null, delta: null },
    ]);
  });
});

describe('the calendar', () => {
  const plan = makePlan(
    round,
    report({ internship: 40, process: 60 }),
    [...items, { ...(items[0] as PlanItem), due: '' }],
    '2026-12-04',
  );
  const text = planCalendar(
    plan,
    new Map([
      ['internship', '实习共担'],
      ['process', '过程共管'],
    ]),
    '20261204T100000Z',
    '负责人',
  );
  test('parses as iCalendar with one all-day event per dated milestone', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['实习共担：签订三方协议; 核对保险', '2027-03-15', true],
      [`过程共管：${items[1]?.action}`, '2027-01-10', true],
    ]);
    expect(events[0]?.description).toBe('某产业学院, 某企业 · 2026 年度\n负责人：教务处 王老师');
  });
  test('no line is longer than 75 octets, and folding never splits a character', () => {
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(foldLine('过'.repeat(40)).split('\r\n ').join('')).toBe('过'.repeat(40));
  });
});
