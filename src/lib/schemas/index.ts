/**
 * Zod schemas for every content collection, one file per concept. `src/content.config.ts` binds
 * them to Astro's `reference()`; tests bind them to a plain stand-in, so the editorial rules are
 * unit-tested without booting Astro. Types for pages come from these schemas, never written twice.
 */
import type { z } from 'astro/zod';
import { cases } from './cases.ts';
import { changes } from './changes.ts';
import { checklists } from './checklists.ts';
import { dimensions } from './dimensions.ts';
import type { ReferenceFactory } from './fields.ts';
import { glossary } from './glossary.ts';
import { guides } from './guides.ts';
import { policies } from './policies.ts';
import { problems } from './problems.ts';
import { review } from './review.ts';
import { strategies } from './strategies.ts';
import { templates } from './templates.ts';

export type { CollectionName, ReferenceFactory } from './fields.ts';
export { EXCERPT_MAX, GENERIC_MARK, caseProvenanceIssues } from './cases.ts';
export {
  LAW_DOCUMENT,
  playbookProvenance,
  provenance,
  sourcedItem,
  sourcedObject,
  type PlaybookProvenance,
  type Provenance,
  type SourcedItem,
} from './provenance.ts';
export {
  playbook,
  type Playbook,
  type PlaybookIndicator,
  type PlaybookResponsibility,
  type PlaybookWorksheet,
} from './playbook.ts';

/** Every collection's schema, bound to one way of checking cross-links. */
export function makeSchemas<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return {
    dimensions: dimensions(reference),
    problems: problems(reference),
    strategies: strategies(reference),
    cases: cases(reference),
    policies: policies(reference),
    glossary: glossary(reference),
    guides: guides(),
    templates: templates(reference),
    checklists: checklists(reference),
    changes: changes(reference),
    review: review(reference),
  } as const;
}

/** The schemas, keyed by collection. */
export type Schemas = ReturnType<typeof makeSchemas<z.ZodType>>;
