import { expect, test } from 'vitest';
import { glossarySearchRecord, searchFields } from './fields.ts';
import { readIndexText } from './index-text.ts';

test('a case is filtered by type, each dimension, industry, region and model, and sorts by year', () => {
  const fields = searchFields({
    collection: 'cases',
    id: 'x',
    data: {
      title: '案例甲',
      summary: '摘要',
      industry: 'new-energy',
      region: 'northeast',
      model: 'order-class',
      year: 2021,
      dimensions: [{ id: 'faculty' }, { id: 'talent' }],
    },
  });
  expect(fields).toEqual({
    type: 'case',
    typeLabel: '案例',
    title: '案例甲',
    summary: '摘要',
    aliases: [],
    year: 2021,
    filters: [
      ['type', 'case'],
      ['dimension', 'faculty'],
      ['dimension', 'talent'],
      ['industry', 'new-energy'],
      ['region', 'northeast'],
      ['model', 'order-class'],
    ],
  });
});

test.each([
  [
    { collection: 'dimensions', id: 'faculty', data: { name: '师资共培', summary: 's' } },
    ['type', 'dimension'],
    ['dimension', 'faculty'],
  ],
  [
    { collection: 'problems', id: 'p', data: { name: '问题', summary: 's', dimensions: [{ id: 'talent' }] } },
    ['type', 'problem'],
    ['dimension', 'talent'],
  ],
  [
    { collection: 'guides', id: 'g', data: { title: '指南', summary: 's', audience: 'staff' } },
    ['type', 'guide'],
    ['audience', 'staff'],
  ],
] as const)('%j has its type and its facet values', (entry, type, facet) => {
  const { filters } = searchFields(structuredClone(entry) as Parameters<typeof searchFields>[0]);
  expect(filters).toContainEqual(type);
  expect(filters).toContainEqual(facet);
});

test('a problem carries its readers’ words (同义表达) for the index; a case has none', () => {
  const problem = searchFields({
    collection: 'problems',
    id: 'p',
    data: { name: '合作关系不紧密', summary: 's', dimensions: [], aliases: ['合作不深入'] },
  });
  expect(problem.aliases).toEqual(['合作不深入']);
});

test('a policy takes the dimensions that cite it and sorts by the year of its date', () => {
  const fields = searchFields(
    { collection: 'policies', id: 'law', data: { title: '法', summary: 's', date: '2022-04-20' } },
    ['faculty'],
  );
  expect(fields.year).toBe(2022);
  expect(fields.filters).toEqual([
    ['type', 'policy'],
    ['dimension', 'faculty'],
  ]);
});

test('a glossary term becomes a record on the glossary page, with its aliases, typed 术语', () => {
  const record = glossarySearchRecord({
    id: 'gangwei-shixi',
    data: {
      term: '岗位实习',
      definition: '职业学校学生到实习单位的实际岗位上开展的实习。',
      dimensions: ['internship'],
    },
  });
  expect(record.url).toBe('/glossary/#gangwei-shixi');
  expect(readIndexText(record.content)).toBe(
    '岗位实习。相关说法：顶岗实习、跟岗实习。职业学校学生到实习单位的实际岗位上开展的实习。',
  );
  expect(readIndexText(record.meta.title)).toBe('岗位实习');
  expect(readIndexText(record.meta.type)).toBe('术语');
  expect(record.filters).toEqual({ type: ['term'], dimension: ['internship'] });
});
