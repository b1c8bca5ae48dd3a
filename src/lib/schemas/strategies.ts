/**
 * The schema of a strategy: actions by actor, the problems it answers and the dimensions it acts on.
 */
import { z } from 'astro/zod';
import { ACTOR_IDS } from '../enums.ts';
import { list, review, summary, text, type ReferenceFactory } from './fields.ts';
import { provenance, sourcedObject } from './provenance.ts';

/** A strategy page's front matter. */
export const strategies = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.object({
    ...review(),
    /** The strategy's name, e.g. 明确育人目标. */
    name: text(),
    /** 同义表达: how readers say this name (合作不深入 for 合作关系不紧密); indexed for search, shown nowhere. */
    aliases: z.array(text()).default([]),
    /** Position in listings. */
    order: z.number().int().min(1),
    /** One sentence summary. */
    summary: summary(),
    /** Concrete actions, each saying who acts; `approach` groups them under the paper's sub-heads. */
    actions: list(sourcedObject({ actor: z.enum(ACTOR_IDS), approach: text(), text: text() }, (a) => a.text)),
    /** Problems this strategy answers. */
    addresses: z.array(reference('problems')).min(1, { error: '至少回应一个问题' }),
    /** Dimensions it acts on. */
    dimensions: z.array(reference('dimensions')).min(1, { error: '至少关联一个维度' }),
    /** Where this comes from. */
    source: provenance(),
  });
