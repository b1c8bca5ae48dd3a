import { expect, test } from 'vitest';
import { INDUSTRIES, MODELS, REGIONS, DIMENSION_GROUPS, labelOf } from './enums.ts';

test('the facet lists have 10 industries, 8 regions, 9 models and 4 dimension groups', () => {
  expect(INDUSTRIES).toHaveLength(10);
  expect(REGIONS).toHaveLength(8);
  expect(MODELS).toHaveLength(9);
  expect(DIMENSION_GROUPS).toHaveLength(4);
});

test.each([
  ['industries', INDUSTRIES],
  ['regions', REGIONS],
  ['models', MODELS],
  ['dimension groups', DIMENSION_GROUPS],
] as const)('%s have unique, readable ASCII ids', (_, list) => {
  const ids = list.map((v) => v.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test('labelOf finds a label and names the list on a miss', () => {
  expect(labelOf(REGIONS, 'greater-bay')).toBe('粤港澳大湾区');
  expect(() => labelOf(REGIONS, 'atlantis')).toThrow(/Unknown value "atlantis"; expected one of: yangtze-delta/);
});
