/**
 * The schema of a problem the mechanism suffers from: symptoms, causes by actor, the dimensions where
 * it bites and where it comes from.
 */
import { z } from 'astro/zod';
import { ACTOR_IDS } from '../enums.ts';
import { list, review, summary, text, type ReferenceFactory } from './fields.ts';
import { provenance, sourcedItem, sourcedObject } from './provenance.ts';

/** A problem page's front matter. */
export const problems = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.object({
    ...review(),
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
    source: provenance(),
  });
