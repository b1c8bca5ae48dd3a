/**
 * The schema of a glossary term.
 */
import { z } from 'astro/zod';
import { refs, text, type ReferenceFactory } from './fields.ts';

/** A glossary entry's front matter. */
export const glossary = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.object({
    /** The term. */
    term: text(),
    /** Pinyin of the term, for alphabetical order (lowercase, spaces between syllables). */
    pinyin: z.string().regex(/^[a-z0-9+ ]+$/, { error: '拼音只能包含小写字母、数字、空格和 +' }),
    /** Established English equivalent, where there is one. */
    english: text().optional(),
    /** One or two sentences. */
    definition: z.string().trim().min(10, { error: '释义至少 10 个字' }),
    /** Related terms. */
    related: refs(reference, 'glossary'),
    /** Dimensions it belongs to. */
    dimensions: refs(reference, 'dimensions'),
  });
