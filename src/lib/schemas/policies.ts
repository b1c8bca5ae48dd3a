/**
 * The schema of a policy document or law, with only the facts `policies.md` verifies.
 */
import { z } from 'astro/zod';
import { POLICY_STATUS_IDS } from '../enums.ts';
import { list, review, summary, text, type ReferenceFactory } from './fields.ts';

/** A policy entry's front matter. */
export const policies = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z
    .object({
      ...review(),
      /**
       * Whether it is in force, only as `policies.md` says: 现行, 已修订 or 已废止; 未核实 where it does
       * not say (the default). Pages print it beside every citation that is not 现行.
       */
      status: z
        .enum(POLICY_STATUS_IDS, { error: `未知的政策状态；应为 ${POLICY_STATUS_IDS.join('、')} 之一` })
        .default('unverified'),
      /** For a revised or repealed document: the entry that replaced it. */
      replacedBy: reference('policies').optional(),
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
    })
    .superRefine((policy, ctx) => {
      const replaced = policy.status === 'revised' || policy.status === 'repealed';
      if (!replaced && policy.replacedBy !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: '只有已修订或已废止的政策才写 replacedBy' });
      }
    });
