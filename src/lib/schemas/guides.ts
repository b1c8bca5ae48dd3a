/**
 * The schema of a long-form guide (the principle, the staff and enterprise guides, how to start).
 */
import { z } from 'astro/zod';
import { AUDIENCE_IDS } from '../enums.ts';
import { review, summary, text } from './fields.ts';
import { provenance } from './provenance.ts';

/** A guide's front matter. */
export const guides = () =>
  z.object({
    ...review(),
    /** Title. */
    title: text(),
    /** One sentence summary. */
    summary: summary(),
    /** Who it is written for. */
    audience: z.enum(AUDIENCE_IDS),
    /** Position in listings. */
    order: z.number().int().min(1),
    /** Where it comes from. */
    source: provenance(),
  });
