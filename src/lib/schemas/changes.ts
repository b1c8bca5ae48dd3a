/**
 * The schema of one entry in the record of changes (`src/content/changes/<date>-<slug>.yaml`): a
 * change a reader should know about, shown on /changes/, in the Atom feed and on each page it touched.
 */
import { z } from 'astro/zod';
import { CHANGE_KIND_IDS } from '../enums.ts';
import { STATIC_PATHS } from '../urls.ts';
import { isoDate, refs, text, type ReferenceFactory } from './fields.ts';

/** A one-line summary: long enough to say what changed, short enough for a list and a feed title. */
const oneLine = () =>
  text()
    .max(120, { error: '摘要最多 120 个字（一行）' })
    .refine((v) => !v.includes('\n'), { error: '摘要只能写一行' });

/** A change entry. */
export const changes = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z
    .object({
      /** The day the change was published on the site. */
      date: isoDate(),
      /** 新增 (added), 更正 (a correction) or 政策更新 (a policy fact added or changed). */
      kind: z.enum(CHANGE_KIND_IDS, { error: `未知的更新类型；应为 ${CHANGE_KIND_IDS.join('、')} 之一` }),
      /** What changed, in one line a reader understands without opening the page. */
      summary: oneLine(),
      /** The pages the change touched, by collection; each lists the change under 本页更新记录. */
      pages: z
        .object({
          dimensions: refs(reference, 'dimensions'),
          problems: refs(reference, 'problems'),
          strategies: refs(reference, 'strategies'),
          guides: refs(reference, 'guides'),
          templates: refs(reference, 'templates'),
          policies: refs(reference, 'policies'),
          cases: refs(reference, 'cases'),
          /** Pages that are not entries (the home page `/`), as root-relative paths. */
          paths: z
            .array(
              z.string().refine((p) => STATIC_PATHS.includes(p), {
                error: `应为站内固定页面的路径：${STATIC_PATHS.join(' ')}`,
              }),
            )
            .default([]),
        })
        .strict(),
    })
    .superRefine((change, ctx) => {
      if (Object.values(change.pages).every((list) => list.length === 0)) {
        ctx.addIssue({ code: 'custom', path: ['pages'], message: '至少写明一个被改动的页面' });
      }
    });
