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
