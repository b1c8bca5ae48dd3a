import { describe, expect, test } from 'vitest';
import {
  CROSSWALK_COLUMNS,
  crosswalkRows,
  parseCrosswalk,
  tasksForDimension,
  type CrosswalkLookup,
} from './crosswalk.ts';

const source = `frameworks:
  - { id: a, policy: p1, label: 七项, scope: 范围, naming: 名称 }
  - { id: b, policy: p2, label: 四项, scope: 范围, naming: 名称 }
tasks:
  - id: t1
    framework: a
    name: 专业建设
    serves:
      - { dimension: d1, note: 理由一, indicators: [i1, i2], templates: [tp] }
      - { dimension: d2, note: 理由二 }
  - id: t2
    framework: b
    name: 办学
    serves:
      - { dimension: d2, note: 理由三, indicators: [j1] }
`;
const lookup: CrosswalkLookup = {
  dimensions: new Map([
    ['d1', '专业共建'],
    ['d2', '人才共育'],
  ]),
  indicators: new Map([
    [
      'd1',
      new Map([
        ['i1', '指标一'],
        ['i2', '指标二'],
      ]),
    ],
    ['d2', new Map([['j1', '指标三']])],
  ]),
  templates: new Map([['tp', '共建协议']]),
  policies: new Map([
    ['p1', '指南'],
    ['p2', '通知'],
  ]),
};
const parsed = parseCrosswalk(source, 'x.yaml');
const data = parsed.data;
if (!data) throw new Error(parsed.errors.join('\n'));

test('rows: one per task and dimension, framework by framework, names resolved, every row 本站扩展', () => {
  expect(crosswalkRows(data, lookup)).toEqual([
    ['七项', '专业建设', '专业共建', '理由一', '指标一；指标二', '共建协议', '本站扩展'],
    ['七项', '专业建设', '人才共育', '理由二', '—', '—', '本站扩展'],
    ['四项', '办学', '人才共育', '理由三', '指标三', '—', '本站扩展'],
  ]);
  expect(CROSSWALK_COLUMNS()).toHaveLength(7);
});

test('rows fail loudly on an id the lookup does not know', () => {
  const missing = { ...lookup, templates: new Map<string, string>() };
  expect(() => crosswalkRows(data, missing)).toThrow('unknown id "tp"');
});

describe('tasksForDimension', () => {
  test.each([
    ['d1', ['t1']],
    ['d2', ['t1', 't2']],
    ['d3', []],
  ])('%s serves %j', (dimension, tasks) => {
    expect(tasksForDimension(data, dimension).map((x) => x.task.id)).toEqual(tasks);
  });
  test('each task comes with its framework', () => {
    expect(tasksForDimension(data, 'd2').map((x) => x.framework.label)).toEqual(['七项', '四项']);
  });
});

test('a bad file names the field', () => {
  expect(parseCrosswalk(source.replace('name: 办学', 'name: ""'), 'x.yaml').errors).toEqual([
    'x.yaml: tasks[1].name: 不能为空',
  ]);
  expect(parseCrosswalk('frameworks: [', 'x.yaml').errors[0]).toMatch(/^x\.yaml: \(root\): invalid YAML/);
});
