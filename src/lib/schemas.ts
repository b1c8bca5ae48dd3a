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
} from './enums.ts';

/** The collections that entries may reference. */
export type CollectionName = 'dimensions' | 'problems' | 'strategies' | 'cases' | 'policies' | 'glossary' | 'guides';

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
    /** 同义表达: how readers say this name (合作不深入 for 合作关系不紧密); indexed for search, shown nowhere. */
    aliases: z.array(text()).default([]),
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
    /** 同义表达: how readers say this name (合作不深入 for 合作关系不紧密); indexed for search, shown nowhere. */
    aliases: z.array(text()).default([]),
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

  const cases = z.object({
    /** Title, e.g. 华东某高职院校 × 某新能源汽车企业：订单班共育电池工程师. */
    title: text(),
    /** One or two sentences. */
    summary: summary(),
    /** The school, named generically unless a published source names it. */
    school: text(),
    /** The enterprise, named generically unless a published source names it. */
    enterprise: text(),
    /** Industry. */
    industry: z.enum(INDUSTRY_IDS),
    /** Region. */
    region: z.enum(REGION_IDS),
    /** Cooperation model. */
    model: z.enum(MODEL_IDS),
    /** Year the cooperation started or the case refers to. */
    year: year(),
    /** Dimensions the case illustrates (at least one). */
    dimensions: z.array(reference('dimensions')).min(1, { error: '案例至少关联一个维度' }),
    /** Strategies it illustrates. */
    strategies: refs('strategies'),
    /** Problems it ran into or solved. */
    problems: refs('problems'),
    /** Outcomes; for illustrative cases the figures are illustrative too. */
    outcomes: list(z.object({ label: text(), value: z.union([z.number(), text()]), unit: z.string().default('') }), 1),
    /** Where the facts come from. */
    provenance: z.discriminatedUnion('kind', [
      z.object({
        /** A composite of common practice; names no real school or company. */
        kind: z.literal('illustrative' satisfies (typeof PROVENANCE_IDS)[number]),
      }),
      z.object({
        /** Reported publicly; the citation is required. */
        kind: z.literal('published' satisfies (typeof PROVENANCE_IDS)[number]),
        citation: text(),
        url: z.url().optional(),
      }),
    ]),
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

  return { dimensions, problems, strategies, cases, policies, glossary, guides } as const;
}

/** The schemas, keyed by collection. */
export type Schemas = ReturnType<typeof makeSchemas<z.ZodType>>;
