/**
 * The schema of a case: illustrative (generic names, labelled as such) or public (real names as
 * published, every outcome with its source and a verbatim excerpt).
 */
import { z } from 'astro/zod';
import {
  INDUSTRY_IDS,
  MODEL_IDS,
  PRINCIPLE_ASPECT_IDS,
  PROVENANCE_IDS,
  REGION_IDS,
  SCHOOL_TYPE_IDS,
} from '../enums.ts';
import { list, refs, summary, text, year, type ReferenceFactory } from './fields.ts';

/** The longest excerpt an outcome may quote from its source. */
export const EXCERPT_MAX = 80;

/** The character that marks a name as generic (华东某高职院校, 某新能源汽车企业). */
export const GENERIC_MARK = '某';

interface CaseShape {
  school: string;
  enterprise: string;
  schoolType?: string | undefined;
  outcomes: readonly { source?: number | undefined; excerpt?: string | undefined }[];
  provenance: { kind: 'illustrative' } | { kind: 'public'; sources: readonly unknown[] };
}

/**
 * The rules that tie a case's fields to its provenance, each with the field it concerns:
 * - an illustrative case names no real institution: its school and enterprise must be generic, i.e.
 *   contain 某 (a heuristic: a real name never needs it, a generic one always has it);
 * - a public case names them as published (no 某), says what kind of school it is, and every
 *   outcome points at one of its sources with a verbatim excerpt.
 */
export function caseProvenanceIssues(c: CaseShape): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (c.provenance.kind === 'illustrative') {
    for (const field of ['school', 'enterprise'] as const) {
      if (!c[field].includes(GENERIC_MARK)) {
        issues.push({
          path: [field],
          message: `示例案例不得指名真实机构：名称应为泛称并含“${GENERIC_MARK}”（如“华东某高职院校”）；真实案例请用 provenance.kind: public 并列出来源`,
        });
      }
    }
    return issues;
  }
  const count = c.provenance.sources.length;
  for (const field of ['school', 'enterprise'] as const) {
    if (c[field].includes(GENERIC_MARK)) {
      issues.push({ path: [field], message: `公开案例应写出来源中的名称，不用“${GENERIC_MARK}”` });
    }
  }
  if (!c.schoolType) issues.push({ path: ['schoolType'], message: '公开案例必须注明院校类型' });
  c.outcomes.forEach((o, i) => {
    if (o.source === undefined) {
      issues.push({
        path: ['outcomes', i, 'source'],
        message: '公开案例的每项成效都要指明来源（sources 中的序号，从 1 起）',
      });
    } else if (o.source > count) {
      issues.push({ path: ['outcomes', i, 'source'], message: `来源序号 ${o.source} 不存在（共 ${count} 个来源）` });
    }
    if (o.excerpt === undefined) {
      issues.push({ path: ['outcomes', i, 'excerpt'], message: '公开案例的每项成效都要附来源原文摘录' });
    }
  });
  return issues;
}

/** A published item a public case was read in. */
export const caseSource = z.object({
  /** Authors as printed, where the item names them (news items often do not). */
  authors: z.array(text()).default([]),
  /** Title as published. */
  title: z.string({ error: '来源必须有标题' }).trim().min(1, { error: '来源必须有标题' }),
  /** Journal, newspaper or site that published it. */
  publisher: text(),
  /** Year of publication. */
  year: z.number({ error: '来源必须有年份' }).int().min(1990).max(2100),
  /** Issue (2023年第15期), page (第A07版) or date (2024-10-12), as precise as the item gives it. */
  issue: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), text().optional()),
  /** Where the text was read; a repost is acceptable only where it carries the original's citation. */
  url: z.url({ error: '应为完整网址（来源的阅读地址）' }),
  /** The day the text was last read at `url` (YYYY-MM-DD), so a reader knows when it was true. */
  accessed: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    z
      .string({ error: '每个来源都要写明读取日期 accessed（YYYY-MM-DD，核对原文的那一天）' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'accessed 应写成 YYYY-MM-DD' }),
  ),
  /** Said of a repost: whose item it reproduces. */
  note: text().optional(),
});

/** One outcome; in a public case it carries its evidence. */
export const outcome = z.object({
  label: text(),
  value: z.union([z.number(), text()]),
  unit: z.string().default(''),
  /** Public cases: which source (1 = the first of provenance.sources) supports it. */
  source: z.number().int().min(1).optional(),
  /** Public cases: the supporting words, verbatim from that source, at most 80 characters. */
  excerpt: z
    .string()
    .trim()
    .min(1, { error: '摘录不能为空' })
    .max(EXCERPT_MAX, { error: `摘录最多 ${EXCERPT_MAX} 个字` })
    .optional(),
});

/** A case's front matter. */
export const cases = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z
    .object({
      /** Title, e.g. 华东某高职院校 × 某新能源汽车企业：订单班共育电池工程师. */
      title: text(),
      /** One or two sentences. */
      summary: summary(),
      /** The school: generic (contains 某) in an illustrative case, as published in a public one. */
      school: text(),
      /** The enterprise(s): generic in an illustrative case, as published in a public one. */
      enterprise: text(),
      /** The kind of school; required for public cases. */
      schoolType: z.enum(SCHOOL_TYPE_IDS).optional(),
      /** Industry. */
      industry: z.enum(INDUSTRY_IDS),
      /** Region. */
      region: z.enum(REGION_IDS),
      /** Cooperation model. */
      model: z.enum(MODEL_IDS),
      /** Year the cooperation started or the case refers to. */
      year: year(),
      /** Dimensions the case illustrates (at least one); for a public case, those its sources evidence. */
      dimensions: z.array(reference('dimensions')).min(1, { error: '案例至少关联一个维度' }),
      /** Strategies it illustrates. */
      strategies: refs(reference, 'strategies'),
      /** Problems it ran into or solved. */
      problems: refs(reference, 'problems'),
      /** Outcomes; for illustrative cases the figures are illustrative too. */
      outcomes: list(outcome, 1),
      /**
       * Which aspects of 互利·同强·齐荣 the case shows (`shows: true`) or lacked (`shows: false`), each
       * with a one-line note; its 经验与启示 refers to this. Optional in the schema so a public case
       * can omit what its sources do not say; the content check requires it of illustrative cases.
       */
      principle: z
        .array(z.object({ aspect: z.enum(PRINCIPLE_ASPECT_IDS), shows: z.boolean(), note: text() }))
        .min(1, { error: '至少需要 1 项' })
        .refine((items) => new Set(items.map((i) => i.aspect)).size === items.length, {
          error: '每个方面（huli / tongqiang / qirong）只能出现一次',
        })
        .optional(),
      /** Where the facts come from. */
      provenance: z.discriminatedUnion('kind', [
        z.object({
          /** A composite of common practice; names no real school or company. */
          kind: z.literal('illustrative' satisfies (typeof PROVENANCE_IDS)[number]),
        }),
        z.object({
          /** A real college and enterprise, as published; every fact rests on `sources`. */
          kind: z.literal('public' satisfies (typeof PROVENANCE_IDS)[number]),
          sources: z.array(caseSource).min(1, { error: '公开案例至少需要一个来源' }),
        }),
      ]),
    })
    .superRefine((c, ctx) => {
      for (const issue of caseProvenanceIssues(c)) ctx.addIssue({ code: 'custom', ...issue });
    });
