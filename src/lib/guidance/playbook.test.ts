import { describe, expect, test } from 'vitest';
import {
  INDICATOR_COLUMNS,
  RESPONSIBILITY_COLUMNS,
  formulaText,
  indicatorRows,
  matrixTasks,
  officeList,
  provenanceLabel,
  responsibilityRows,
  roleOf,
  tasksByOffice,
  type DimensionPlaybook,
} from './playbook.ts';
import { OFFICES } from '../enums.ts';
import { playbook } from '../schemas/index.ts';

const sample: DimensionPlaybook = {
  id: 'internship',
  name: '实习共担',
  order: 7,
  playbook: playbook.parse({
    reviewed: '2026-11-30',
    steps: [1, 2, 3, 4].map((n) => ({
      title: `步骤${n}`,
      detail: '说明',
      lead: 'college',
      provenance: { kind: 'extension' },
    })),
    indicators: [1, 2, 3, 4, 5].map((n) => ({
      id: `i-${n}`,
      name: `指标${n}`,
      definition: '定义',
      formula: n === 5 ? { unit: '天' } : { numerator: '对口人数', denominator: '实习人数' },
      dataSource: { record: '台账', keptBy: 'student-affairs' },
      frequency: 'per-term',
      better: n === 5 ? 'lower' : 'higher',
      provenance: { kind: 'extension' },
    })),
    responsibilities: [
      { task: '配备指导教师', lead: 'personnel', participants: ['college'], provenance: { kind: 'extension' } },
      {
        task: '安全教育',
        lead: 'student-affairs',
        informed: ['personnel', 'ent-hr'],
        provenance: { kind: 'law', document: '中华人民共和国职业教育法', article: '第五十条' },
      },
      {
        task: '成果归属',
        lead: 'research',
        participants: ['college', 'ent-technical'],
        provenance: { kind: 'extension' },
      },
      { task: '岗位审核', lead: 'college', provenance: { kind: 'extension' } },
    ],
    worksheet: {
      inputs: [
        { id: 'a', label: 'A', unit: '人' },
        { id: 'b', label: 'B', unit: '小时' },
      ],
      totals: [{ op: 'product', label: 'A×B', unit: '人·小时', of: ['a', 'b'] }],
    },
  }),
};

test.each([
  [{ numerator: '按期完成数', denominator: '到期数' }, '按期完成数 ÷ 到期数'],
  [{ unit: '天' }, '计数，单位：天'],
])('formulaText(%j) → %s', (formula, expected) => {
  expect(formulaText(formula)).toBe(expected);
});

test.each([
  [
    { kind: 'paper', section: '三、2. 加强合作关系', quote: '学校可以提供学生的平时成绩' } as const,
    '论文 三、2. 加强合作关系：“学校可以提供学生的平时成绩”',
  ],
  [
    { kind: 'law', document: '中华人民共和国职业教育法', article: '第五十条' } as const,
    '中华人民共和国职业教育法 第五十条',
  ],
  [{ kind: 'policy', document: '职业学校教师企业实践规定' } as const, '职业学校教师企业实践规定'],
  [{ kind: 'extension' } as const, '本站扩展'],
])('provenanceLabel(%j) → %s', (p, expected) => {
  expect(provenanceLabel(p)).toBe(expected);
});

test('officeList joins labels, or prints a dash for none', () => {
  expect(officeList(['personnel', 'ent-hr'])).toBe('人事处、企业人力资源/培训部门');
  expect(officeList([])).toBe('—');
});

describe('indicator rows (the handbook and its CSV)', () => {
  const rows = indicatorRows([sample]);
  test('one row per indicator, as wide as the header', () => {
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(INDICATOR_COLUMNS().length);
  });
  test('a ratio fills numerator and denominator; a count fills the unit', () => {
    expect(rows[0]?.slice(0, 7)).toEqual(['实习共担', 'internship/i-1', '指标1', '定义', '对口人数', '实习人数', '']);
    expect(rows[4]?.slice(4, 7)).toEqual(['', '', '天']);
  });
  test('keeper, frequency, direction and source are labels, not ids', () => {
    expect(rows[4]?.slice(8)).toEqual(['学生处', '每学期', '越低越好', '本站扩展']);
  });
});

describe('the responsibility matrix', () => {
  const tasks = matrixTasks([sample]);
  test('rows print offices by label, a dash where none', () => {
    const rows = responsibilityRows(tasks);
    expect(rows[0]).toEqual(['实习共担', '配备指导教师', '人事处', '二级学院/产业学院', '—', '本站扩展']);
    expect(rows[1]?.[5]).toBe('中华人民共和国职业教育法 第五十条');
    expect(rows[0]).toHaveLength(RESPONSIBILITY_COLUMNS().length);
  });
  test('roleOf tells lead, participant, informed and uninvolved apart', () => {
    const [teachers, safety] = tasks;
    if (!teachers || !safety) throw new Error('fixture has two tasks');
    expect(roleOf(teachers, 'personnel')).toBe('lead');
    expect(roleOf(teachers, 'college')).toBe('participants');
    expect(roleOf(safety, 'personnel')).toBe('informed');
    expect(roleOf(safety, 'research')).toBeUndefined();
  });
  test('tasksByOffice lists every office, with 人事处 leading one task and informed of another', () => {
    const byOffice = tasksByOffice(tasks);
    expect(byOffice.map((o) => o.office)).toEqual(OFFICES.map((o) => o.id));
    const personnel = byOffice.find((o) => o.office === 'personnel');
    expect(personnel?.lead.map((t) => t.task)).toEqual(['配备指导教师']);
    expect(personnel?.informed.map((t) => t.task)).toEqual(['安全教育']);
    expect(personnel?.participants).toEqual([]);
  });
});
