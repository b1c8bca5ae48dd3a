/**
 * Field factories shared by the collection schemas: non-empty text, editorial lists, summaries,
 * years, office ids and slugs, and the cross-link factory that binds a schema to Astro or to a
 * stand-in.
 */
import { z } from 'astro/zod';
import { OFFICE_IDS } from '../enums.ts';

/** The collections that entries may reference. */
export type CollectionName =
  | 'dimensions'
  | 'problems'
  | 'strategies'
  | 'cases'
  | 'policies'
  | 'glossary'
  | 'guides'
  | 'templates'
  | 'checklists'
  | 'changes'
  | 'review';

/**
 * Builds the schema of a cross-link to another collection: Astro's `reference()` in the build, a
 * stand-in in the content check. Its output type flows into the entry types.
 */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** A non-empty, trimmed line of text. */
export const text = () => z.string().trim().min(1, { error: '不能为空' });

/** A list that must hold at least `min` items (three for editorial lists). */
export const list = <T extends z.ZodType>(item: T, min = 3) => z.array(item).min(min, { error: `至少需要 ${min} 项` });

/** A one-sentence description used in cards, meta descriptions and search results. */
export const summary = () =>
  z.string().trim().min(20, { error: '摘要至少 20 个字' }).max(160, { error: '摘要最多 160 个字' });

/** A year (a case's year, a source's year). */
export const year = () => z.number().int().min(1990).max(2100);

/** An office of the school or the enterprise (ids in `OFFICES`). */
export const office = () => z.enum(OFFICE_IDS, { error: `未知的部门；应为 ${OFFICE_IDS.join('、')} 之一` });

/** A readable ASCII id (`council-meetings`), unique within its list. */
export const slug = () => z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'id 只能包含小写字母、数字和 -，以字母开头' });

/** Reports a duplicate value of `key` in `items` at `[field, index, key]`. */
export function unique<T>(
  items: readonly T[],
  key: (item: T) => string,
  field: string,
  name: string,
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const value = key(item);
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [field, i, name], message: `重复的 ${name}：${value}` });
    seen.add(value);
  });
}

/** Editorial references to another collection, empty by default. */
export const refs = <R extends z.ZodType>(reference: ReferenceFactory<R>, collection: CollectionName) =>
  z.array(reference(collection)).default([]);

/** Whether `YYYY-MM-DD` names a day that exists (Date would roll 02-30 over into March). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date written `YYYY-MM-DD` (YAML reads an unquoted date as a Date; both are accepted and
 * come out as the string). A date that does not exist (2026-02-30) is refused.
 */
export const isoDate = (missing = '缺少日期（YYYY-MM-DD）') =>
  z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string({ error: (issue) => (issue.input === undefined ? missing : '应为日期 YYYY-MM-DD') })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })
      .refine(isCalendarDate, { error: '不存在的日期' }),
  );

/** The report for an entry without `reviewed`. */
export const REVIEW_MISSING = '缺少审核日期 reviewed（YYYY-MM-DD，第一行）';

/** The review interval, in months, of guidance and policies unless a collection or an entry says otherwise. */
export const REVIEW_MONTHS = 12;
/** The review interval of a template that quotes a law or a policy: rules move faster than advice. */
export const RULES_REVIEW_MONTHS = 6;

/**
 * The review fields of every guidance entry and policy (spread into its schema): `reviewed`, the
 * day someone last checked the entry against its sources, and `reviewEvery`, the months until the
 * next review (the collection's default unless the entry overrides it). Write `reviewed:` as the
 * first line of the front matter or YAML file.
 */
export const review = (months = REVIEW_MONTHS) => ({
  /** The day the entry was last checked against its sources (not the day it was last edited). */
  reviewed: isoDate(REVIEW_MISSING),
  /** Months until the next review is due. */
  reviewEvery: reviewInterval().default(months),
});

/** Months between two reviews of one entry (1–36). */
export const reviewInterval = () =>
  z.number().int().min(1, { error: '审核间隔至少 1 个月' }).max(36, { error: '审核间隔最多 36 个月' });
