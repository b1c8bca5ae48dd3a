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
  BETTER,
  FREQUENCIES,
  INDUSTRY_IDS,
  MODEL_IDS,
  PRINCIPLE_ASPECT_IDS,
  OFFICE_IDS,
  PROVENANCE_IDS,
  REGION_IDS,
  SCHOOL_TYPE_IDS,
} from './enums.ts';
import { clauseProblem } from './templates/template-text.ts';
import { claimMismatch, findClaim } from '../data/paper-claims.ts';

/** The collections that entries may reference. */
export type CollectionName =
  'dimensions' | 'problems' | 'strategies' | 'cases' | 'policies' | 'glossary' | 'guides' | 'templates' | 'checklists';

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

/**
 * Provenance: where a statement comes from. One shape for every collection and data file (dimension
 * list items, problems, strategies, guides; indicators and template clauses reuse it), three kinds:
 * the paper (with its section, and for a list item the claim it restates), the law or a policy (the
 * id of its entry in `src/content/policies/`, and the article), or the site's own extension.
 */
export const provenance = () =>
  z.discriminatedUnion('kind', [
    z.object({
      /** Drawn from the paper. */
      kind: z.literal('paper'),
      /** The paper's section, as its heading reads (e.g. "三、1. 明确育人目标"). */
      section: text(),
      /** The claim in `src/data/paper-claims.ts` an item restates (required on list items). */
      claim: text().optional(),
    }),
    z.object({
      /** Drawn from the law (职业教育法). */
      kind: z.literal('law'),
      /** The id of the law's entry in the policies collection. */
      document: text(),
      /** The article, e.g. 第五十条. */
      article: text().optional(),
    }),
    z.object({
      /** Drawn from a policy document. */
      kind: z.literal('policy'),
      /** The id of the document's entry in the policies collection. */
      document: text(),
      /** The article or section, where one applies. */
      article: text().optional(),
    }),
    z.object({
      /** Developed by this site beyond what the paper says; pages label it "本站扩展". */
      kind: z.literal('extension'),
      /** Why the site extends the paper here, for editors. */
      note: text().optional(),
    }),
  ]);

/** Where a statement comes from (see `provenance()`). */
export type Provenance = z.output<ReturnType<typeof provenance>>;

/** The policies-collection id of the law, which `law:` items cite. */
export const LAW_DOCUMENT = 'vocational-education-law';

/**
 * The short keys by which a list item states its provenance in YAML. An item with none of them is
 * the site's own (本站扩展): that is the default, so most items stay plain lines.
 */
const sourceKeys = {
  /** The paper: the id of a claim in `src/data/paper-claims.ts`. */
  paper: text().optional(),
  /** The law (职业教育法): the article, e.g. 第五十条. */
  law: text().optional(),
  /** A policy: the id of its entry in the policies collection. */
  policy: text().optional(),
  /** With `policy`: the article or section. */
  article: text().optional(),
};

type SourceKeys = {
  paper?: string | undefined;
  law?: string | undefined;
  policy?: string | undefined;
  article?: string | undefined;
};

/** Turns the short keys into a provenance, checking a paper item's text against its claim. */
interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path?: PropertyKey[] }): void;
}

function resolveSource(keys: SourceKeys, checked: string, ctx: IssueSink): Provenance {
  const given = (['paper', 'law', 'policy'] as const).filter((k) => keys[k] !== undefined);
  if (given.length > 1) {
    ctx.addIssue({ code: 'custom', message: `来源只能写一种（paper、law 或 policy），这里写了 ${given.join('、')}` });
  }
  if (keys.article !== undefined && keys.policy === undefined) {
    ctx.addIssue({ code: 'custom', message: 'article 只能和 policy 一起写（法律条文写成 law: 第某条）' });
  }
  if (keys.paper !== undefined) {
    const mismatch = claimMismatch(keys.paper, checked);
    if (mismatch) ctx.addIssue({ code: 'custom', path: ['paper'], message: mismatch });
    const section = findClaim(keys.paper)?.section ?? '';
    return { kind: 'paper', section, claim: keys.paper };
  }
  if (keys.law !== undefined) return { kind: 'law', document: LAW_DOCUMENT, article: keys.law };
  if (keys.policy !== undefined) {
    return { kind: 'policy', document: keys.policy, ...(keys.article ? { article: keys.article } : {}) };
  }
  return { kind: 'extension' };
}

/**
 * A list item with its provenance: a plain line (本站扩展), or `{ text, paper | law | policy }`.
 * Always parses to `{ text, source }`.
 */
export const sourcedItem = () =>
  z.union([text(), z.object({ text: text(), ...sourceKeys }).strict()]).transform((item, ctx) => {
    if (typeof item === 'string') return { text: item, source: { kind: 'extension' } as Provenance };
    const { text: line, ...keys } = item;
    return { text: line, source: resolveSource(keys, line, ctx) };
  });

/** A list item as pages get it: its text and where it comes from. */
export type SourcedItem = z.output<ReturnType<typeof sourcedItem>>;

/**
 * An object item (a concern, a cause, an action) with the same short provenance keys; `checked`
 * picks the text a paper claim must be found in. Parses to the object plus `source`.
 */
export function sourcedObject<S extends z.ZodRawShape>(shape: S, checked: (item: z.output<z.ZodObject<S>>) => string) {
  return z
    .object({ ...shape, ...sourceKeys })
    .strict()
    .transform((item, ctx) => {
      const { paper, law, policy, article, ...rest } = item as z.output<z.ZodObject<S>> & SourceKeys;
      const keys: SourceKeys = { paper, law, policy, article };
      return {
        ...(rest as unknown as z.output<z.ZodObject<S>>),
        source: resolveSource(keys, checked(item as z.output<z.ZodObject<S>>), ctx),
      };
    });
}

/** Entry-level provenance (kept under its old name for the collections that use it). */
const source = provenance;
/**
 * Where one playbook item (a step, an indicator, a task) comes from (its `document` is the title as
 * policies.md gives it; dimension list items use `provenance()` above, with the collection id), at the level where it varies: a
 * section of the paper, a policy or law (document and article, only as read in
 * `shared/source/`), or the site's own extension (pages print "本站扩展").
 */
export const playbookProvenance = () =>
  z.discriminatedUnion('kind', [
    z.object({
      /** Drawn from the paper. */
      kind: z.literal('paper'),
      /** The paper's section, as its heading reads (e.g. "三、2. 加强合作关系"). */
      section: text(),
    }),
    z.object({
      /** Drawn from a law (kind `law`) or a policy document (kind `policy`). */
      kind: z.enum(['law', 'policy']),
      /** The document's title, as `shared/source/policies.md` gives it. */
      document: text(),
      /** The article, e.g. 第五十条. */
      article: text().optional(),
    }),
    z.object({
      /** The site's own addition. */
      kind: z.literal('extension'),
    }),
  ]);

/** The provenance of one item, as the schema parses it. */
export type PlaybookProvenance = z.infer<ReturnType<typeof playbookProvenance>>;

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
    /** 同义表达: how readers say this name (合作不深入 for 合作关系不紧密); indexed for search, shown nowhere. */
    aliases: z.array(text()).default([]),
    /** Which group of the model it belongs to. */
    group: z.enum(DIMENSION_GROUP_IDS),
    /** One sentence: what this dimension means. */
    summary: summary(),
    /** What the school does (each item a line, or `{ text, paper | law | policy }`). */
    schoolRole: list(sourcedItem()),
    /** What the enterprise does. */
    enterpriseRole: list(sourcedItem()),
    /** What the enterprise gains by taking part. */
    enterpriseGains: list(sourcedItem()),
    /** Common concerns an enterprise has here, each with how it is answered. */
    concerns: list(
      sourcedObject({ concern: text(), answer: text() }, (c) => `${c.concern}${c.answer}`),
      1,
    ),
    /** Practices that work, the paper's first where it names them. */
    practices: list(sourcedItem()),
    /** Mistakes to avoid. */
    pitfalls: list(sourcedItem()),
    /** What 互利, 同强 and 齐荣 each ask of both sides in this dimension. */
    principle: z
      .object({
        /** 互利: what each side must get out of it. */
        huli: sourcedItem(),
        /** 同强: how both grow stronger through it. */
        tongqiang: sourcedItem(),
        /** 齐荣: what both can show for it, together. */
        qirong: sourcedItem(),
      })
      .strict(),
    /** What the prose body draws on (the paper names every dimension in 一). */
    bodySources: z.array(provenance()).min(1, { error: '至少写明正文的一个来源' }),
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
    /** 同义表达: how readers say this name (合作不深入 for 合作关系不紧密); indexed for search, shown nowhere. */
    aliases: z.array(text()).default([]),
    /** Position in listings. */
    order: z.number().int().min(1),
    /** One sentence summary. */
    summary: summary(),
    /** How the problem shows itself. */
    symptoms: list(sourcedItem()),
    /** Causes, each with who it lies with (and `paper: <claim>` where the paper gives it). */
    causes: list(
      sourcedObject({ title: text(), actor: z.enum(ACTOR_IDS), text: text() }, (c) => `${c.title}${c.text}`),
      2,
    ),
    /** Dimensions where it bites. */
    dimensions: z.array(reference('dimensions')).min(1, { error: '至少关联一个维度' }),
    /** Where this comes from. */
    source: source(),
  });

  const strategies = z.object({
    /** The strategy's name, e.g. 明确育人目标. */
    name: text(),
    /** 同义表达: how readers say this name (合作不深入 for 合作关系不紧密); indexed for search, shown nowhere. */
    aliases: z.array(text()).default([]),
    /** Position in listings. */
    order: z.number().int().min(1),
    /** One sentence summary. */
    summary: summary(),
    /** Concrete actions, each saying who acts; `approach` groups them under the paper's sub-heads. */
    actions: list(sourcedObject({ actor: z.enum(ACTOR_IDS), approach: text(), text: text() }, (a) => a.text)),
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
           * parsed by `src/lib/templates/template-text.ts`.
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

  /** One statement of the self-assessment, rated on the scale 未开始 … 已制度化 or 不适用. */
  const statement = z.object({
    /** Stable id saved in exported answer files (`<dimension>-s1`, `<dimension>-e1`); never reused. */
    id: z.string().regex(/^[a-z][a-z0-9-]*-[se]\d+$/, { error: 'id 应形如 process-s1（院校）或 process-e1（企业）' }),
    /** The statement, worded so a reader can say how far it is true for them. */
    text: text(),
  });
  /** 4–6 statements for one perspective, with ids unique within the file. */
  const statements = z
    .array(statement)
    .min(4, { error: '至少需要 4 条陈述' })
    .max(6, { error: '最多 6 条陈述' })
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `重复的 id "${item.id}"` });
        seen.add(item.id);
      });
    });

  /** The self-assessment statements of one dimension (the site's extension), one file per dimension. */
  const checklists = z.object({
    /** The dimension these statements assess; the file is named after it. */
    dimension: reference('dimensions'),
    /** Statements for the college perspective (院校). */
    school: statements,
    /** Statements for the enterprise perspective (企业). */
    enterprise: statements,
  });

  return { dimensions, problems, strategies, cases, policies, glossary, guides, templates, checklists } as const;
}

/** The schemas, keyed by collection. */
export type Schemas = ReturnType<typeof makeSchemas<z.ZodType>>;

/** An office of the school or the enterprise (ids in `OFFICES`). */
const office = () => z.enum(OFFICE_IDS, { error: `未知的部门；应为 ${OFFICE_IDS.join('、')} 之一` });

/** A readable ASCII id (`council-meetings`), unique within its list. */
const slug = () => z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'id 只能包含小写字母、数字和 -，以字母开头' });

/** Reports a duplicate value of `key` in `items` at `[field, index, key]`. */
function unique<T>(items: readonly T[], key: (item: T) => string, field: string, name: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const value = key(item);
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [field, i, name], message: `重复的 ${name}：${value}` });
    seen.add(value);
  });
}

/** One step of the work, in the order a team does it. */
const step = z.object({
  /** What is done, as a short imperative line. */
  title: text(),
  /** How, in a sentence or two. */
  detail: text(),
  /** The office that leads the step. */
  lead: office(),
  /** Where it comes from. */
  provenance: playbookProvenance(),
});

/** An indicator a college and an enterprise can count the same way. */
const indicator = z
  .object({
    /** Readable id, unique within the dimension; the handbook anchors on it. */
    id: slug(),
    /** Short name. */
    name: text(),
    /** What is counted, precisely enough that two people get the same number. */
    definition: text(),
    /** Numerator and denominator of a ratio, or the unit counted. */
    formula: z.object(
      {
        /** What is counted on top of the ratio. */
        numerator: text().optional(),
        /** What it is divided by. */
        denominator: text().optional(),
        /** For a count or a duration rather than a ratio: the unit (次, 人, 小时 …). */
        unit: text().optional(),
      },
      { error: '缺少计算公式（写明分子和分母，或计数单位）' },
    ),
    /** Which record the figure is taken from, and which office keeps that record. */
    dataSource: z.object({ record: text(), keptBy: office() }),
    /** How often it is counted. */
    frequency: z.enum(FREQUENCIES),
    /** Which direction is better; `target` needs `target` text. */
    better: z.enum(BETTER),
    /** For `better: target`: the target, as agreed between the two sides. */
    target: text().optional(),
    /** Where it comes from (indicators are almost always the site's extension). */
    provenance: playbookProvenance(),
  })
  .superRefine((value, ctx) => {
    const { numerator, denominator, unit } = value.formula;
    const ratio = numerator !== undefined && denominator !== undefined;
    if (!ratio && unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['formula'], message: '缺少计算公式（写明分子和分母，或计数单位）' });
    }
    if ((numerator === undefined) !== (denominator === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['formula'], message: '分子和分母要同时写明' });
    }
    if (value.better === 'target' && value.target === undefined) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'better 为 target 时要写明目标' });
    }
  });

/** One task of the responsibility matrix: who leads, who takes part, who is informed. */
const responsibility = z
  .object({
    /** The task. */
    task: text(),
    /** The one office that leads it. */
    lead: office(),
    /** Offices that take part. */
    participants: z.array(office()).default([]),
    /** Offices kept informed. */
    informed: z.array(office()).default([]),
    /** Where it comes from. */
    provenance: playbookProvenance(),
  })
  .superRefine((value, ctx) => {
    const roles = [[value.lead], value.participants, value.informed].flat();
    roles.forEach((o, i) => {
      if (roles.indexOf(o) !== i)
        ctx.addIssue({ code: 'custom', path: ['participants'], message: `部门 ${o} 在同一任务中只能有一种角色` });
    });
  });

/** A number the enterprise decides on its worksheet. */
const worksheetInput = z.object({
  /** Readable id, used by the totals. */
  id: slug(),
  /** What the enterprise decides. */
  label: text(),
  /** Unit (人, 小时/周, 个月, 元 …). */
  unit: text(),
});

/** A figure the worksheet computes from the inputs. */
const worksheetTotal = z.discriminatedUnion('op', [
  z.object({
    /** The product of two or more inputs (mentors × hours a week × weeks). */
    op: z.literal('product'),
    label: text(),
    unit: text(),
    of: z.array(slug()).min(2, { error: '乘积至少需要两个输入' }),
  }),
  z.object({
    /**
     * A share of one input, capped by another (`offset-now`), or what is left of the share above
     * the cap (`offset-carry`): the 30 % offset against the surcharges due in the year.
     */
    op: z.enum(['offset-now', 'offset-carry']),
    label: text(),
    unit: text(),
    of: slug(),
    share: z.number().gt(0).max(1),
    cap: slug(),
  }),
]);

/** An incentive that may apply, with its conditions, only as `policies.md` states it. */
const worksheetIncentive = z.object({
  /** What it gives. */
  name: text(),
  /** Who qualifies and what must be true. */
  conditions: list(text(), 1),
  /** The document (and article) it comes from. */
  provenance: playbookProvenance(),
});

/** The per-dimension guidance: steps, indicators, responsibilities and the enterprise worksheet. */
export const playbook = z
  .object({
    /** The steps, in the order a team would do them. */
    steps: list(step, 4),
    /** At least five indicators, none restating a law. */
    indicators: z.array(indicator).min(5, { error: '每个维度至少需要 5 项指标' }),
    /** Who does what, by office. */
    responsibilities: list(responsibility, 4),
    /** What the enterprise decides and what it implies. */
    worksheet: z
      .object({
        inputs: list(worksheetInput, 2),
        totals: list(worksheetTotal, 1),
        incentives: z.array(worksheetIncentive).default([]),
      })
      .superRefine((value, ctx) => {
        const ids = new Set(value.inputs.map((i) => i.id));
        unique(value.inputs, (i) => i.id, 'inputs', 'id', ctx);
        value.totals.forEach((total, i) => {
          const used = total.op === 'product' ? total.of : [total.of, total.cap];
          used.forEach((id, j) => {
            if (!ids.has(id)) {
              const path = total.op === 'product' ? ['totals', i, 'of', j] : ['totals', i, j === 0 ? 'of' : 'cap'];
              ctx.addIssue({ code: 'custom', path, message: `未知的输入 ${id}` });
            }
          });
        });
      }),
  })
  .superRefine((value, ctx) => unique(value.indicators, (i) => i.id, 'indicators', 'id', ctx));

/** One dimension's playbook, as parsed. */
export type Playbook = z.infer<typeof playbook>;
export type PlaybookIndicator = Playbook['indicators'][number];
export type PlaybookResponsibility = Playbook['responsibilities'][number];
export type PlaybookWorksheet = Playbook['worksheet'];
