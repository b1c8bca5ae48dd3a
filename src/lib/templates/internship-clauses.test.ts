import { describe, expect, test } from 'vitest';
import {
  APPRENTICESHIP_RULES,
  STUDENT_PLACEMENT_RULES,
  placementProblems,
  type ClauseText,
} from './internship-clauses.ts';

const LAW50 = '法律《中华人民共和国职业教育法》第五十条';
const RULES = '政策《职业学校学生实习管理规定》';
const ART18 = `${RULES}第十八条`;

/** The internship agreement's money, insurance and time clauses as they stood before issue 24. */
const OLD: ClauseText[] = [
  {
    text: '实习单位遵守国家关于工作时间和休息休假的规定；除专业和岗位有特殊要求并报主管部门备案的以外，不安排学生在休息日、法定节假日实习，不安排加班和夜班。',
    source: RULES,
  },
  { text: '写明学生参加的相关保险：险种 {{险种}}，投保方 {{投保方}}，保险期间覆盖全部实习期。', source: LAW50 },
  {
    text: '上岗实习给予适当的劳动报酬：标准 {{报酬标准}}，发放方式和日期 {{发放方式}}，直接支付给学生本人。',
    source: LAW50,
  },
];

/** The same clauses as the agreement now has them, with fees, papers, consent and assessment. */
const NEW: ClauseText[] = [
  OLD[0] as ClauseText,
  {
    text: '学生参加相关保险：险种 {{险种}}，由 {{学校或实习单位（二选一）}} 投保并缴纳保险费，保险费不向学生收取。',
    source: LAW50,
  },
  { text: '上岗实习的，实习单位给予适当的劳动报酬。', source: LAW50 },
  {
    text: '报酬标准 {{报酬标准（元/月）}}，原则上不低于本单位相同岗位工资标准的 80% 或最低档工资标准。',
    source: ART18,
  },
  {
    text: '报酬以货币形式及时、足额、直接支付给学生本人；不以实物或代金券代替，不通过第三方转发。',
    source: ART18,
  },
  { text: '学校和实习单位不向学生收取实习押金、培训费、实习报酬提成、管理费或其他任何形式的实习费用。', source: RULES },
  { text: '不扣押学生的学生证、居民身份证或其他证件，不要求学生提供担保。', source: RULES },
  { text: '学生本人及其法定监护人签署知情同意书。', source: RULES },
  { text: '考核不简单套用实习单位的考勤制度或员工考核标准。', source: RULES },
];

test('the clauses as they now stand meet every rule', () => {
  expect(placementProblems(NEW)).toEqual([]);
  expect(placementProblems(NEW, APPRENTICESHIP_RULES)).toEqual([]);
});

test('the old internship clauses fail on pay, fees, papers, consent, insurance and assessment', () => {
  expect(placementProblems(OLD)).toHaveLength(STUDENT_PLACEMENT_RULES.length - 1);
  expect(placementProblems(OLD).join('\n')).not.toContain('休息日');
});

describe('each rule fails on its own', () => {
  const without = (pick: (c: ClauseText) => boolean) => NEW.filter((c) => !pick(c));
  const swap = (from: string, to: string) => NEW.map((c) => ({ ...c, text: c.text.replace(from, to) }));
  test.each([
    ['a pay blank without the floor', swap('，原则上不低于本单位相同岗位工资标准的 80% 或最低档工资标准', ''), '下限'],
    ['no clause on paying in money, directly', without((c) => c.text.includes('货币')), '货币形式'],
    [
      'direct payment cited to 第五十条',
      NEW.map((c) => (c.text.includes('货币') ? { ...c, source: LAW50 } : c)),
      '引作第五十条',
    ],
    ['no clause banning fees', without((c) => c.text.includes('实习押金')), '实习费用'],
    ['no clause on papers', without((c) => c.text.includes('证件')), '证件'],
    ['no consent form', without((c) => c.text.includes('知情同意书')), '知情同意书'],
    ['an insurance payer left open', swap('由 {{学校或实习单位（二选一）}} 投保', '投保方 {{投保方}}'), '投保'],
    ['a premium the student may pay', swap('，保险费不向学生收取', ''), '投保'],
    ['no rest days', without((c) => c.text.includes('休息日')), '休息日'],
    ['assessment by the employee rules', without((c) => c.text.includes('考勤')), '考勤'],
  ])('%s', (_, clauses, expected) => {
    const problems = placementProblems(clauses);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
});
