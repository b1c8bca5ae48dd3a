/**
 * Illustrative cases on their built pages: figures are marked once (the outcomes table's heading
 * and the page notice, never an inline "（示例数据）"), and the 互利·同强·齐荣 comparison shows every
 * aspect of the case's `principle`, with its status in words (not colour alone).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/content-check.ts';
import { PRINCIPLE_ASPECTS, labelOf } from '../../src/lib/enums.ts';
import { t } from '../../src/i18n/index.ts';

const illustrative = readContentTree('src/content').files.filter(
  (f) => f.collection === 'cases' && (f.data['provenance'] as { kind: string }).kind === 'illustrative',
);

test('there are illustrative cases to check', () => {
  expect(illustrative.length).toBeGreaterThanOrEqual(32);
});

describe.each(illustrative.map((c) => [c.id, c] as const))('/cases/%s/', (id, entry) => {
  const root = parse(readFileSync(`dist/cases/${id}/index.html`, 'utf8'));
  const outcomes = entry.data['outcomes'] as { label: string }[];
  const principle = entry.data['principle'] as { aspect: string; shows: boolean; note: string }[];

  test('the outcomes table is headed as illustrative and lists every outcome', () => {
    const table = root.querySelector('table.case-outcomes');
    expect(table).not.toBeNull();
    const heading = root.getElementById(table?.getAttribute('aria-labelledby') ?? '');
    expect(heading?.text).toBe(t('caseTruth.outcomesIllustrative'));
    expect(table?.querySelectorAll('tbody tr').map((tr) => tr.querySelector('th')?.text)).toEqual(
      outcomes.map((o) => o.label),
    );
  });

  test('one notice covers the prose, and no figure carries an inline marker', () => {
    expect(root.querySelector('main')?.text).toContain(t('case.illustrative'));
    expect(root.querySelector('main')?.text).not.toMatch(/（示例数据[）：]/);
  });

  test('the principle comparison shows each aspect with its status in words', () => {
    const section = root.querySelector('section.case-principle');
    expect(section).not.toBeNull();
    const rows = section?.querySelectorAll('dl > div') ?? [];
    expect(rows).toHaveLength(principle.length);
    for (const item of principle) {
      const row = rows.find((r) => r.querySelector('dt')?.text.startsWith(labelOf(PRINCIPLE_ASPECTS, item.aspect)));
      expect(row, item.aspect).toBeDefined();
      expect(row?.querySelector('.status')?.text).toBe(t(item.shows ? 'caseTruth.shows' : 'caseTruth.lacks'));
      expect(row?.querySelector('dd')?.text).toBe(item.note);
    }
  });
});
