/**
 * What an agreement that places a student at an enterprise must say, so that no blank can be filled
 * against the 2021 internship rules (`shared/source/policies.md`, row 17) or 职业教育法第五十条. The
 * dist test reads each built template's clauses through this; the rules are plain text tests, so a
 * college editing its own copy gets the same answer.
 */

/** One clause as a page shows it: its words and its source line. */
export interface ClauseText {
  text: string;
  source: string;
}

/** One thing the agreement must get right, and how to tell from the clauses. */
interface ClauseRule {
  /** Stable id, for choosing the rules that apply to an agreement. */
  id: string;
  /** What is wrong when the rule fails, in the words an editor needs. */
  problem: string;
  /** True when the clauses satisfy the rule. */
  holds: (clauses: readonly ClauseText[]) => boolean;
}

const has = (text: string, ...words: string[]) => words.every((w) => text.includes(w));
/** A clause that sets the student's pay (it has a blank for the amount). */
const isPayClause = (c: ClauseText) => /报酬/.test(c.text) && /\{\{[^}]*(报酬|标准)[^}]*\}\}/.test(c.text);
/** A clause about the student's insurance. */
const isInsuranceClause = (c: ClauseText) => /保险/.test(c.text) && /投保|保险费|保费/.test(c.text);

/** The rules for a student on an enterprise's post (岗位实习, or an apprentice who is a student). */
export const STUDENT_PLACEMENT_RULES: readonly ClauseRule[] = [
  {
    id: 'pay-floor',
    problem: '报酬条款的空白旁没有写明下限（原则上不低于本单位相同岗位工资标准的 80% 或最低档工资标准，第十八条）',
    holds: (cs) => cs.some(isPayClause) && cs.filter(isPayClause).every((c) => has(c.text, '80%', '最低档')),
  },
  {
    id: 'pay-direct',
    problem: '没有写明报酬以货币形式直接支付给学生本人、不以实物或代金券代替、不经第三方转发（第十八条）',
    holds: (cs) => cs.some((c) => has(c.text, '货币', '直接支付给学生本人', '实物', '第三方')),
  },
  {
    id: 'pay-source',
    problem: '“直接支付给学生本人”引作第五十条：第五十条只规定“给予适当的劳动报酬”，支付方式出自实习管理规定第十八条',
    holds: (cs) => cs.filter((c) => c.text.includes('直接支付')).every((c) => !c.source.includes('第五十条')),
  },
  {
    id: 'no-fees',
    problem: '没有一条写明学校和实习单位不向学生收取任何实习费用（押金、培训费、报酬提成、管理费等）',
    holds: (cs) => cs.some((c) => has(c.text, '不向学生收取', '实习押金', '培训费', '管理费')),
  },
  {
    id: 'no-papers',
    problem: '没有一条写明不扣押学生的证件、不要求担保、不以任何名义收取学生财物',
    holds: (cs) => cs.some((c) => has(c.text, '不扣押', '证件', '担保')),
  },
  {
    id: 'consent',
    problem: '没有写明学生与监护人（家长）签署知情同意书',
    holds: (cs) => cs.some((c) => has(c.text, '知情同意书', '监护人')),
  },
  {
    id: 'insurance-payer',
    problem: '保险条款没有写明投保缴费的是学校或实习单位、保险费不向学生收取（留空的“投保方”可能落到学生身上）',
    holds: (cs) =>
      cs.some(isInsuranceClause) &&
      cs
        .filter(isInsuranceClause)
        .every((c) => has(c.text, '不向学生收取') && !/\{\{[^}]*投保方[^}]*\}\}/.test(c.text)),
  },
  {
    id: 'rest-days',
    problem: '时间条款没有写明不安排在休息日、法定节假日实习，不安排加班和夜班',
    holds: (cs) => cs.some((c) => has(c.text, '休息日', '法定节假日', '加班', '夜班')),
  },
  {
    id: 'assessment',
    problem: '没有写明考核不简单套用实习单位的考勤制度或员工考核标准',
    holds: (cs) => cs.some((c) => has(c.text, '不简单套用', '考勤')),
  },
];

/**
 * The rules for an apprenticeship agreement: pay, insurance and working time where the apprentice is
 * a student on the post (an apprentice who is the enterprise's employee is under the labour
 * contract instead, which the agreement says). Fees, papers and consent belong to the internship.
 */
export const APPRENTICESHIP_RULES: readonly ClauseRule[] = STUDENT_PLACEMENT_RULES.filter((r) =>
  ['pay-floor', 'pay-direct', 'pay-source', 'insurance-payer', 'rest-days'].includes(r.id),
);

/** The rules an agreement's clauses break, as messages; empty when none. */
export function placementProblems(clauses: readonly ClauseText[], rules = STUDENT_PLACEMENT_RULES): string[] {
  return rules.filter((rule) => !rule.holds(clauses)).map((rule) => rule.problem);
}
