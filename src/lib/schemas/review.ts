/**
 * The schema of the 多方协同体检 statements of one dimension (`review/<dimension>.yaml`, the site's
 * extension): what each of the five roles is asked, and the paper's practices the file rests on.
 */
import { z } from 'astro/zod';
import { REVIEW_ROLES, type ReviewRole } from '../enums.ts';
import { PAPER_CLAIMS } from '../../data/paper-claims.ts';
import { text, type ReferenceFactory } from './fields.ts';

const CLAIM_IDS = PAPER_CLAIMS.map((c) => c.id) as [string, ...string[]];

/** One statement for one role, rated 未开始 … 已制度化, or 不适用/不了解. */
const statement = z.object({
  /** Stable id saved in answer files: `<dimension>-<role code><n>` (`process-sl1`); never reused. */
  id: z.string().regex(/^[a-z][a-z0-9-]*-(sl|t|el|m|st)\d{1,2}$/, {
    error: 'id 应形如 process-sl1（角色代码 sl、t、el、m、st 之一加序号）',
  }),
  /** The statement, about something this role can see for itself. */
  text: text(),
});

/** Up to three statements for one role; a role may have none in a dimension it cannot see. */
const roleStatements = z.array(statement).max(3, { error: '每个角色在一个维度最多 3 条陈述' }).default([]);

/** The statements of one dimension for the five roles. */
export const review = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.object({
    /** The dimension; the file is named after it. */
    dimension: reference('dimensions'),
    /** Ids of the paper's practices (src/data/paper-claims.ts) these statements rest on; empty when none. */
    basis: z.array(z.enum(CLAIM_IDS, { error: '未知的论文要点 id（见 src/data/paper-claims.ts）' })).default([]),
    /** Statements per role (`school-leader`, `teacher`, `enterprise-leader`, `mentor`, `student`). */
    statements: z
      .object(
        Object.fromEntries(REVIEW_ROLES.map((r) => [r.id, roleStatements])) as Record<
          ReviewRole,
          typeof roleStatements
        >,
      )
      .strict()
      .superRefine((value, ctx) => {
        const seen = new Set<string>();
        for (const role of REVIEW_ROLES) {
          value[role.id].forEach((s, i) => {
            if (!s.id.match(new RegExp(`-${role.code}\\d+$`)))
              ctx.addIssue({
                code: 'custom',
                path: [role.id, i, 'id'],
                message: `${role.label}的陈述 id 应以 -${role.code}<序号> 结尾`,
              });
            if (seen.has(s.id))
              ctx.addIssue({ code: 'custom', path: [role.id, i, 'id'], message: `重复的 id "${s.id}"` });
            seen.add(s.id);
          });
        }
        if (REVIEW_ROLES.filter((r) => value[r.id].length).length < 2)
          ctx.addIssue({ code: 'custom', path: [], message: '至少两个角色要有陈述，才能比较' });
      }),
  });
