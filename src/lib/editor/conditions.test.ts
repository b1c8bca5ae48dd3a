import { expect, test } from 'vitest';
import { conditionError, isEmpty, type Condition } from './conditions.ts';

const PUBLIC = { field: 'provenance.kind', value: 'public' };
const EXCERPT: Condition[] = [{ when: PUBLIC, required: true, message: '公开案例的每项成效都要附来源原文摘录' }];
const SCHOOL: Condition[] = [
  { when: PUBLIC, pattern: '^[^某]*$', message: '公开案例应写出来源中的名称' },
  { when: { field: 'provenance.kind', value: 'illustrative' }, pattern: '某', message: '示例案例不得指名真实机构' },
];
const kind = (value: string) => (path: string) => (path === 'provenance.kind' ? value : undefined);

test.each([
  ['a public case’s empty excerpt', EXCERPT, '', 'public', '公开案例的每项成效都要附来源原文摘录'],
  ['a public case’s blank excerpt', EXCERPT, '  ', 'public', '公开案例的每项成效都要附来源原文摘录'],
  ['a public case’s excerpt', EXCERPT, '合作开办订单班', 'public', undefined],
  ['an illustrative case without excerpt', EXCERPT, undefined, 'illustrative', undefined],
  ['a public case naming 某', SCHOOL, '华东某高职院校', 'public', '公开案例应写出来源中的名称'],
  ['an illustrative case naming a real school', SCHOOL, '测试职业技术学院', 'illustrative', '示例案例不得指名真实机构'],
  ['an illustrative case naming 某', SCHOOL, '华东某高职院校', 'illustrative', undefined],
])('%s', (_, conditions, value, kindValue, expected) => {
  expect(conditionError(conditions, value, kind(kindValue))).toBe(expected);
});

test('an empty list counts as not filled in, as Decap hands it over (Immutable) or plain', () => {
  expect(isEmpty([])).toBe(true);
  expect(isEmpty({ size: 0 })).toBe(true);
  expect(isEmpty({ size: 1 })).toBe(false);
  expect(isEmpty(0)).toBe(false);
});
