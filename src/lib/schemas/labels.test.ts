import { expect, test } from 'vitest';
import { fieldLabel, labelKey } from './labels.ts';

test('a validation path is named by its labels, outermost first, list positions skipped', () => {
  expect(fieldLabel('cases', ['outcomes', 0, 'excerpt'])).toBe('成效 › 原文摘录');
  expect(fieldLabel('cases', ['provenance', 'sources', 1, 'year'])).toBe('出处 › 来源 › 来源年份');
  expect(fieldLabel('policies', ['title'])).toBe('标题');
});

test('a recurring structure (a playbook item’s provenance) shares one label', () => {
  expect(labelKey('playbooks', ['indicators', 'provenance', 'section'])).toBe('*.provenance.section');
  expect(fieldLabel('playbooks', ['steps', 2, 'provenance', 'kind'])).toBe('步骤 › 来源 › 来源类型');
});

test('a field or collection without a label gets none, so the message keeps its YAML key alone', () => {
  expect(fieldLabel('cases', ['nonexistent'])).toBeUndefined();
  expect(fieldLabel('dimensions', ['title'])).toBeUndefined();
  expect(fieldLabel('cases', [])).toBeUndefined();
});
