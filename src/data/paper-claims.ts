/**
 * What the paper says, as data: the one source of truth for "论文提出的做法". Every list item the
 * site marks as the paper's names one of these claims by id (`paper: <id>` in the frontmatter), and
 * the content check (`src/lib/schemas/provenance.ts`) rejects the item unless
 *
 * 1. the id is listed here,
 * 2. the item's text contains at least one of the claim's `terms`: the words the paper itself uses
 *    for that practice (a unit test finds every term in the paper), and
 * 3. the item carries the paper's own words: the claim's `quote`, or a span in quotation marks
 *    (“…”) of at least `MIN_QUOTED` characters. The content check then finds every quoted span
 *    verbatim in the claim's section of the paper (`src/lib/content/paper-source.ts`), so a reader
 *    sees exactly which words are the paper's and an item cannot pass on one shared word.
 *
 * `quote` is a short verbatim phrase of the paper (a unit test checks it against the source text);
 * `section` is the paper's heading, as the site cites it.
 *
 * Plain data, no Astro imports: the schemas, the content check and the pages all read it.
 */

/** The paper's sections as the site cites them. */
export const PAPER_SECTIONS = [
  '摘要',
  '引言',
  '一、建设产业学院协同育人机制的重要性',
  '一、1. 引进企业资源',
  '一、2. 丰富实践教学',
  '二、1. 育人目标存在分歧',
  '二、2. 合作关系不紧密',
  '三、基于“互利·同强·齐荣”的改进策略',
  '三、1. 明确育人目标',
  '三、2. 加强合作关系',
  '四、结语',
] as const;

/** A section of the paper. */
export type PaperSection = (typeof PAPER_SECTIONS)[number];

/** One thing the paper says. */
export interface PaperClaim {
  /** Stable id, referenced from content as `paper: <id>`. */
  readonly id: string;
  /** Where the paper says it. */
  readonly section: PaperSection;
  /** A short verbatim phrase of the paper (≤ one sentence). */
  readonly quote: string;
  /** The paper's own words for it; a paper-marked item must contain at least one. */
  readonly terms: readonly string[];
}

/** The paper's definitions, problems and practices, in the order the paper gives them. */
export const PAPER_CLAIMS = [
  {
    id: 'definition',
    section: '摘要',
    quote: '产业学院指的是以产学结合为基础的一种人才培养载体',
    terms: ['产学结合', '人才培养载体'],
  },
  {
    id: 'three-problems',
    section: '引言',
    quote: '“育人目标存在分歧”、“合作关系不紧密”、“制度体系不健全”',
    terms: ['育人目标存在分歧', '合作关系不紧密', '制度体系不健全'],
  },
  {
    id: 'ten-dimensions',
    section: '一、建设产业学院协同育人机制的重要性',
    quote: '专业共建、人才共育、师资共培、资源共享、项目共立、科研共做、实习共担、就业共推、过程共管、效果共评',
    terms: [
      '专业共建',
      '人才共育',
      '师资共培',
      '资源共享',
      '项目共立',
      '科研共做',
      '实习共担',
      '就业共推',
      '过程共管',
      '效果共评',
    ],
  },
  {
    id: 'complementarity',
    section: '一、建设产业学院协同育人机制的重要性',
    quote: '实现学校和企业的优势互补，提高产教融合的质量，推动科研成果的转换',
    terms: ['优势互补', '产教融合的质量', '科研成果的转换'],
  },
  {
    id: 'enterprise-platforms',
    section: '一、1. 引进企业资源',
    quote: '企业会提供一些优质平台，打通一些合作渠道，供学生学习、锻炼',
    terms: ['企业平台', '优质平台', '合作渠道'],
  },
  {
    id: 'enterprise-experience',
    section: '一、1. 引进企业资源',
    quote: '企业会安排一些有经验的技术人员、管理人员，与学生一起交流问题',
    terms: ['技术人员', '管理人员', '职场经验'],
  },
  {
    id: 'practice-activities',
    section: '一、2. 丰富实践教学',
    quote: '产业学院可以综合学校、企业，以及一些社会组织的力量，共同策划多样化实践活动',
    terms: ['社会组织', '实践活动'],
  },
  {
    id: 'work-tasks',
    section: '一、2. 丰富实践教学',
    quote: '结合企业需求，引进一些具体的工作任务，让学生以完成工作任务的方式，锻炼自身实践能力',
    terms: ['工作任务'],
  },
  {
    id: 'goal-one-sided',
    section: '二、1. 育人目标存在分歧',
    quote: '只关注学校单方面需求，并不重视企业提出的各种需求',
    terms: ['单方面', '企业提出的', '过于主观'],
  },
  {
    id: 'goal-formal-only',
    section: '二、1. 育人目标存在分歧',
    quote: '只是建立在形式上的沟通',
    terms: ['形式上', '合作思想', '合作型育人目标'],
  },
  {
    id: 'school-data',
    section: '二、2. 合作关系不紧密',
    quote: '需要学校主动提供一些数据、信息',
    terms: ['数据', '信息', '配合企业'],
  },
  {
    id: 'enterprise-functions',
    section: '二、2. 合作关系不紧密',
    quote: '“提供企业资源”、“发布企业任务”、“传达企业资讯”、“召开企业培训”',
    terms: ['企业资源', '企业任务', '企业资讯', '企业培训'],
  },
  {
    id: 'principle',
    section: '三、基于“互利·同强·齐荣”的改进策略',
    quote: '校企双方从互惠互利为基点，通过“做强、做大”取得“共赢”',
    terms: ['互惠互利', '互利', '做强', '共赢', '同强', '齐荣', '社会荣誉'],
  },
  {
    id: 'enterprise-short-long-needs',
    section: '三、1. 明确育人目标',
    quote: '认真了解企业的短期、长期发展需求',
    terms: ['短期', '长期', '企业视角'],
  },
  {
    id: 'online-platform',
    section: '三、1. 明确育人目标',
    quote: '开通“校企协同育人线上沟通平台”',
    terms: ['线上沟通平台', '线上会议'],
  },
  {
    id: 'seminars',
    section: '三、1. 明确育人目标',
    quote: '举行“校企协同育人研讨活动”',
    terms: ['研讨活动'],
  },
  {
    id: 'willing-cooperation',
    section: '三、1. 明确育人目标',
    quote: '让企业产生“愿意合作”“迫切合作”的想法',
    terms: ['愿意合作', '迫切合作'],
  },
  {
    id: 'enterprise-needs',
    section: '三、1. 明确育人目标',
    quote: '企业需要招聘什么岗位的人才？',
    terms: ['招聘什么岗位', '经营难题', '哪一类资源', '顾虑', '希望获得'],
  },
  {
    id: 'cooperative-goal',
    section: '三、1. 明确育人目标',
    quote: '最终形成“校企合作型育人目标”',
    terms: ['校企合作型育人目标', '企业视角的育人目标'],
  },
  {
    id: 'equal-respect',
    section: '三、2. 加强合作关系',
    quote: '双方都要重视平等、尊重',
    terms: ['平等', '尊重'],
  },
  {
    id: 'school-plans-tasks',
    section: '三、2. 加强合作关系',
    quote: '面对企业安排的各项工作任务，学校要进行统筹规划，督促相关学生保质保量地完成任务',
    terms: ['统筹规划', '保质保量'],
  },
  {
    id: 'student-counselling',
    section: '三、2. 加强合作关系',
    quote: '当学生出现一些抵触情绪时，学校要及时疏导',
    terms: ['抵触情绪', '疏导'],
  },
  {
    id: 'grades-for-enterprise',
    section: '三、2. 加强合作关系',
    quote: '学校可以提供学生的平时成绩、专业成绩，供企业参考',
    terms: ['平时成绩', '专业成绩'],
  },
  {
    id: 'enterprise-resources',
    section: '三、2. 加强合作关系',
    quote: '提供优质的企业资源，包括：“人力资源”“平台资源”“业务资源”等',
    terms: ['人力资源', '平台资源', '业务资源'],
  },
  {
    id: 'frontline-work',
    section: '三、2. 加强合作关系',
    quote: '安排学生参与一线工作，并以工作结果为导向，关注学生最终的收获情况，避免搞形式主义',
    terms: ['一线工作', '工作结果', '形式主义', '边缘性'],
  },
  {
    id: 'apprenticeship',
    section: '三、2. 加强合作关系',
    quote: '要在确保安全的前提下，积极深化“现代学徒制”',
    terms: ['现代学徒制', '一帮一', '一带一', '一教一'],
  },
  {
    id: 'challenging-work',
    section: '三、2. 加强合作关系',
    quote: '让学生接触有难度、有挑战性的工作内容',
    terms: ['有难度', '有挑战性'],
  },
  {
    id: 'partner-needs',
    section: '四、结语',
    quote: '要充分考虑合作伙伴的核心需求、核心利益',
    terms: ['核心需求', '核心利益', '平等对话', '友好互助'],
  },
] as const satisfies readonly PaperClaim[];

/** A claim's id. */
export type PaperClaimId = (typeof PAPER_CLAIMS)[number]['id'];

const byId = new Map<string, PaperClaim>(PAPER_CLAIMS.map((c) => [c.id, c]));

/** The claim with this id, or undefined. */
export function findClaim(id: string): PaperClaim | undefined {
  return byId.get(id);
}

/** The shortest quoted span that counts as carrying the paper's words (a phrase, not a word). */
export const MIN_QUOTED = 6;

/** Quotation marks, dropped before spans are compared with the paper. */
const QUOTE_MARKS = /[“”‘’"]/g;

/**
 * The paper's form of a text for verbatim comparison: quotation marks and white space removed, and
 * the paper's "互利 • 同强" written as the site writes it ("互利·同强").
 */
export function verbatimForm(text: string): string {
  return text
    .replace(/\s*•\s*/g, '·')
    .replace(QUOTE_MARKS, '')
    .replace(/\s+/g, '');
}

/**
 * The spans a text quotes, in their verbatim form: a run of “…” segments, adjacent or joined by
 * 、 (“人力资源”“平台资源”“业务资源” is one span, as the paper writes it).
 */
export function quotedSpans(text: string): string[] {
  return [...text.matchAll(/“[^“”]+”(?:、?“[^“”]+”)*/g)].map((m) => verbatimForm(m[0]));
}

/** Why `text` may not be credited to claim `id`, or undefined when it may. */
export function claimMismatch(id: string, text: string): string | undefined {
  const claim = byId.get(id);
  if (!claim) return `论文中没有编号为 "${id}" 的论点（见 src/data/paper-claims.ts）`;
  if (!claim.terms.some((term) => text.includes(term))) {
    return `标为论文（${id}）的条目没有用到论文对这一做法的说法（应至少包含其一：${claim.terms.join('、')}）`;
  }
  const carriesQuote = verbatimForm(text).includes(verbatimForm(claim.quote));
  if (!carriesQuote && !quotedSpans(text).some((span) => span.length >= MIN_QUOTED)) {
    return `标为论文（${id}）的条目没有带出论文原话：用引号引出论文中至少 ${MIN_QUOTED} 个字的原文，或写出论点原句“${claim.quote}”；本站补充的做法另列一条`;
  }
  return undefined;
}
