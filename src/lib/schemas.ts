/**
 * Zod schemas for every content collection. `src/content.config.ts` binds them to Astro's
 * `reference()`; tests bind them to a plain stand-in, so the editorial rules here are unit-tested
 * without booting Astro. Types for pages come from these schemas, never written twice.
 */
import { z } from 'astro/zod';
import {
  ACTOR_IDS,
  AUDIENCE_IDS,
  DIMENSION_GROUP_IDS,
  INDUSTRY_IDS,
  MODEL_IDS,
  PROVENANCE_IDS,
  REGION_IDS,
  SCHOOL_TYPE_IDS,
} from './enums.ts';
import { clauseProblem } from './template-text.ts';

/** The collections that entries may reference. */
export type CollectionName =
  'dimensions' | 'problems' | 'strategies' | 'cases' | 'policies' | 'glossary' | 'guides' | 'templates';

/**
 * Builds the schema of a cross-link to another collection: Astro's `reference()` in the build, a
 * stand-in in the content check. Its output type flows into the entry types.
 */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** A non-empty, trimmed line of text. */
const text = () => z.string().trim().min(1, { error: '不能为空' });

/** A list that must hold at least `min` items (three for editorial lists). */
const list = <T extends z.ZodType>(item: T, min = 3) => z.array(item).min(min, { error: `至少需要 ${min} 项` });

/** A one-sentence description used in cards, meta descriptions and search results. */
const summary = () => z.string().trim().min(20, { error: '摘要至少 20 个字' }).max(160, { error: '摘要最多 160 个字' });

/** Where an entry's substance comes from: a section of the paper, or the site's own extension. */
const source = () =>
  z.discriminatedUnion('kind', [
    z.object({
      /** Drawn from the paper. */
      kind: z.literal('paper'),
      /** The paper's section, as its heading reads (e.g. "三、1. 明确育人目标"). */
      section: text(),
    }),
    z.object({
      /** Developed by this site beyond what the paper says; pages label it "本站扩展". */
      kind: z.literal('extension'),
      /** Why the site extends the paper here, for editors. */
      note: text().optional(),
    }),
  ]);

/** A dated version of a year (a case's year, a policy's year). */
const year = () => z.number().int().min(1990).max(2100);

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

export function makeSchemas<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  const refs = (collection: CollectionName) => z.array(reference(collection)).default([]);

  const dimensions = z.object({
    /** Position in the paper's list, 1–10; unique across the collection. */
    order: z.number().int().min(1).max(10),
    /** The dimension's name as the paper gives it, e.g. 专业共建. */
    name: text(),
    /** Which group of the model it belongs to. */
    group: z.enum(DIMENSION_GROUP_IDS),
    /** One sentence: what this dimension means. */
    summary: summary(),
    /** What the school does. */
    schoolRole: list(text()),
    /** What the enterprise does. */
    enterpriseRole: list(text()),
    /** What the enterprise gains by taking part. */
    enterpriseGains: list(text()),
    /** Common concerns an enterprise has here, each with how it is answered. */
    concerns: list(z.object({ concern: text(), answer: text() }), 1),
    /** Practices that work, the paper's first where it names them. */
    practices: list(text()),
    /** Mistakes to avoid. */
    pitfalls: list(text()),
    /** Things a college can measure (the site's extension). */
    indicators: list(text()),
    /** Items staff can tick off (the site's extension). */
    checklist: list(text()),
    /** Policies that bear on it, with the articles that apply. */
    policies: z
      .array(
        z.object({
          /** The policy document. */
          policy: reference('policies'),
          /** Articles that apply (for the law: 第四十条 …). */
          articles: z.array(text()).default([]),
          /** What the policy says for this dimension, in a sentence. */
          note: text(),
        }),
      )
      .default([]),
  });

  const problems = z.object({
    /** The problem's name, e.g. 育人目标存在分歧. */
    name: text(),
    /** Position in listings. */
    order: z.number().int().min(1),
    /** One sentence summary. */
    summary: summary(),
    /** How the problem shows itself. */
    symptoms: list(text()),
    /** Causes, each with who it lies with. */
    causes: list(z.object({ title: text(), actor: z.enum(ACTOR_IDS), text: text() }), 2),
    /** Dimensions where it bites. */
    dimensions: z.array(reference('dimensions')).min(1, { error: '至少关联一个维度' }),
    /** Where this comes from. */
    source: source(),
  });

  const strategies = z.object({
    /** The strategy's name, e.g. 明确育人目标. */
    name: text(),
    /** Position in listings. */
    order: z.number().int().min(1),
    /** One sentence summary. */
    summary: summary(),
    /** Concrete actions, each saying who acts; `approach` groups them under the paper's sub-heads. */
    actions: list(z.object({ actor: z.enum(ACTOR_IDS), approach: text(), text: text() })),
    /** Problems this strategy answers. */
    addresses: z.array(reference('problems')).min(1, { error: '至少回应一个问题' }),
    /** Dimensions it acts on. */
    dimensions: z.array(reference('dimensions')).min(1, { error: '至少关联一个维度' }),
    /** Where this comes from. */
    source: source(),
  });

  /** A published item a public case was read in. */
  const caseSource = z.object({
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
    /** Said of a repost: whose item it reproduces. */
    note: text().optional(),
  });

  /** One outcome; in a public case it carries its evidence. */
  const outcome = z.object({
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

  const cases = z
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
      strategies: refs('strategies'),
      /** Problems it ran into or solved. */
      problems: refs('problems'),
      /** Outcomes; for illustrative cases the figures are illustrative too. */
      outcomes: list(outcome, 1),
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

  const policies = z.object({
    /** Title as published. */
    title: text(),
    /** Issuing bodies. */
    issuers: z.array(text()).min(1, { error: '至少一个发文机关' }),
    /** Document number, only where `policies.md` verifies it. */
    docNumber: text().optional(),
    /** Date as precise as verified: YYYY, YYYY-MM or YYYY-MM-DD (YAML dates and years are accepted). */
    date: z.preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
      z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: '日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD' }),
    ),
    /** Short qualifier printed next to the date (e.g. 施行 2022-05-01). */
    dateNote: text().optional(),
    /** What it says about school and enterprise roles. */
    summary: summary(),
    /** Points worth knowing, each a verified fact. */
    points: list(text(), 1),
    /** Whether it is an incentive enterprises can use (shown on the enterprise hub). */
    incentive: z.boolean().default(false),
  });

  const glossary = z.object({
    /** The term. */
    term: text(),
    /** Pinyin of the term, for alphabetical order (lowercase, spaces between syllables). */
    pinyin: z.string().regex(/^[a-z0-9+ ]+$/, { error: '拼音只能包含小写字母、数字、空格和 +' }),
    /** Established English equivalent, where there is one. */
    english: text().optional(),
    /** One or two sentences. */
    definition: z.string().trim().min(10, { error: '释义至少 10 个字' }),
    /** Related terms. */
    related: refs('glossary'),
    /** Dimensions it belongs to. */
    dimensions: refs('dimensions'),
  });

  const guides = z.object({
    /** Title. */
    title: text(),
    /** One sentence summary. */
    summary: summary(),
    /** Who it is written for. */
    audience: z.enum(AUDIENCE_IDS),
    /** Position in listings. */
    order: z.number().int().min(1),
    /** Where it comes from. */
    source: source(),
  });

  /**
   * Where one clause of a template comes from: a section of the paper, a law article or a policy
   * document (both entries of `policies`, read in `shared/source/` first), or the site's extension.
   */
  const clauseSource = z.discriminatedUnion('kind', [
    z.object({
      /** Drawn from the paper. */
      kind: z.literal('paper'),
      /** The paper's section, as its heading reads (e.g. "三、2. 加强合作关系"). */
      section: text(),
    }),
    z.object({
      /** A law: the article is required, because a law clause without its article cannot be checked. */
      kind: z.literal('law'),
      /** The law, an entry of `policies` (e.g. vocational-education-law). */
      document: reference('policies'),
      /** The article, as the law numbers it (e.g. 第三十条). */
      article: z
        .string({ error: '法律来源必须写明条款（如 第三十条）' })
        .trim()
        .min(1, { error: '法律来源必须写明条款（如 第三十条）' }),
    }),
    z.object({
      /** A policy document listed in `shared/source/policies.md`. */
      kind: z.literal('policy'),
      /** The document, an entry of `policies`. */
      document: reference('policies'),
      /** The article, only where `policies.md` verifies its number. */
      article: text().optional(),
    }),
    z.object({
      /** The site's own addition (本站扩展). */
      kind: z.literal('extension'),
    }),
  ]);

  const templates = z.object({
    /** Title, e.g. 产业学院共建协议（要点清单）. */
    title: text(),
    /** One sentence for cards, the meta description and search. */
    summary: summary(),
    /** What the document is for and when to use it. */
    purpose: text(),
    /** Who signs or takes part (甲方 学校, 乙方 企业 …). */
    parties: z.array(text()).min(1, { error: '至少一方' }),
    /** Position in the listing. */
    order: z.number().int().min(1),
    /** The dimensions this template serves; each of their pages links back. */
    dimensions: z.array(reference('dimensions')).min(1, { error: '至少关联一个维度' }),
    /** The document's parts, in order. */
    sections: z
      .array(
        z.object({
          /** The part's heading, e.g. 合作内容. */
          title: text(),
          /**
           * Points to cover, not legal wording. A blank to fill is written `{{甲方名称}}` and is
           * parsed by `src/lib/template-text.ts`.
           */
          clauses: z
            .array(
              z.object({
                /** The point, in the site's own words; `{{…}}` marks a blank. */
                text: text().superRefine((value, ctx) => {
                  const problem = clauseProblem(value);
                  if (problem) ctx.addIssue({ code: 'custom', message: problem });
                }),
                /** Where the point comes from. */
                source: clauseSource,
              }),
            )
            .min(1, { error: '每一部分至少需要一条要点' }),
        }),
      )
      .min(1, { error: '模板至少需要一个部分' }),
  });

  return { dimensions, problems, strategies, cases, policies, glossary, guides, templates } as const;
}

/** The schemas, keyed by collection. */
export type Schemas = ReturnType<typeof makeSchemas<z.ZodType>>;
