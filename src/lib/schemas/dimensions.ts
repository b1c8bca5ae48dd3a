/**
 * The schema of a dimension: one of the paper's ten dimensions of joint work (专业共建 … 效果共评), with
 * what each side does and gains, practices, pitfalls, the principle's asks and the policies that bear on it.
 */
import { z } from 'astro/zod';
import { DIMENSION_GROUP_IDS } from '../enums.ts';
import { list, review, summary, text, type ReferenceFactory } from './fields.ts';
import { provenance, sourcedItem, sourcedObject } from './provenance.ts';

/** A dimension page's front matter. */
export const dimensions = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.object({
    ...review(),
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
