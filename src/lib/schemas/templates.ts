/**
 * The schema of a document template: parts and clauses, each clause with its source; a blank to fill
 * is written `{{…}}`.
 */
import { z } from 'astro/zod';
import { clauseProblem } from '../templates/template-text.ts';
import {
  isoDate,
  REVIEW_MISSING,
  REVIEW_MONTHS,
  reviewInterval,
  RULES_REVIEW_MONTHS,
  summary,
  text,
  type ReferenceFactory,
} from './fields.ts';
import { paperQuote } from './provenance.ts';

/**
 * Where one clause of a template comes from: a section of the paper, a law article or a policy
 * document (both entries of `policies`, read in `shared/source/` first), or the site's extension.
 */
export const clauseSource = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.discriminatedUnion('kind', [
    z.object({
      /** Drawn from the paper. */
      kind: z.literal('paper'),
      /** The paper's section, as its heading reads (e.g. "三、2. 加强合作关系"). */
      section: text(),
      /** The paper's words the clause rests on, verbatim (the content check finds them in the section). */
      quote: paperQuote(),
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

/**
 * A template's front matter. Its review interval defaults to six months when a clause quotes a law
 * or a policy (rules move faster than advice), twelve otherwise; `reviewEvery` overrides either.
 */
export const templates = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z
    .object({
      /** The day the template was last checked against its sources. */
      reviewed: isoDate(REVIEW_MISSING),
      /** Months until the next review; by default 6 when a clause quotes a rule, 12 otherwise. */
      reviewEvery: reviewInterval().optional(),
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
                  source: clauseSource(reference),
                }),
              )
              .min(1, { error: '每一部分至少需要一条要点' }),
          }),
        )
        .min(1, { error: '模板至少需要一个部分' }),
    })
    .transform(({ reviewEvery, ...template }) => ({
      ...template,
      reviewEvery: reviewEvery ?? (quotesRules(template.sections) ? RULES_REVIEW_MONTHS : REVIEW_MONTHS),
    }));

/** Whether any clause of a template draws on a law or a policy. */
function quotesRules(sections: readonly { clauses: readonly { source: { kind: string } }[] }[]): boolean {
  return sections.some((s) => s.clauses.some((c) => c.source.kind === 'law' || c.source.kind === 'policy'));
}
