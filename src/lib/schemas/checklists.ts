/**
 * The schema of the self-assessment statements of one dimension (the site's extension).
 */
import { z } from 'astro/zod';
import { review, text, type ReferenceFactory } from './fields.ts';

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
export const checklists = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.object({
    ...review(),
    /** The dimension these statements assess; the file is named after it. */
    dimension: reference('dimensions'),
    /** Statements for the college perspective (院校). */
    school: statements,
    /** Statements for the enterprise perspective (企业). */
    enterprise: statements,
  });
