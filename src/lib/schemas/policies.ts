/**
 * The schema of a policy document or law, with only the facts `policies.md` verifies.
 */
import { z } from 'astro/zod';
import { list, summary, text } from './fields.ts';

/** A policy entry's front matter. */
export const policies = () =>
  z.object({
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
  });
