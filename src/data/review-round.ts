/**
 * The 多方协同体检: its statement bank, built once from the `review` collection in the model's
 * dimension order, and the plan catalogue (strategies, problems, templates, indicators, leading
 * office per dimension) from the same collections the dimension pages read.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { dimensions, problems, strategies, templates } from './content.ts';
import { dimensionPlaybooks } from './playbooks.ts';
import { t } from '../i18n/index.ts';
import { REVIEW_ROLES, type ReviewRole } from '../lib/enums.ts';
import { makeReviewBank, type ReviewBank } from '../lib/assess/review.ts';
import { buildCatalogue, type PlanEntry } from '../lib/assess/plan.ts';

/** The coordinator's page, and each role's questionnaire (the round follows in the fragment). */
export const reviewPath = () => '/review/';
export const answerPath = (role: ReviewRole) => `/review/answer/${role}/`;

export type ReviewEntry = CollectionEntry<'review'>;
const files = new Map((await getCollection('review')).map((e) => [e.id, e]));

/** The review file of a dimension; a dimension without one stops the build, naming the file to add. */
export function getReview(dimensionId: string): ReviewEntry {
  const found = files.get(dimensionId);
  if (!found) throw new Error(`src/content/review/${dimensionId}.yaml: missing (every dimension needs its statements)`);
  return found;
}

/** This edition's statements: every dimension in order, each role's statements. */
export const reviewBank: ReviewBank = makeReviewBank(
  dimensions.map((d) => {
    const s = getReview(d.id).data.statements;
    return {
      id: d.id,
      name: d.data.name,
      statements: Object.fromEntries(REVIEW_ROLES.map((r) => [r.id, s[r.id]])) as Record<
        ReviewRole,
        { id: string; text: string }[]
      >,
    };
  }),
);

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

/** What the plan offers for every dimension. */
export const planCatalogue: PlanEntry[] = buildCatalogue(
  dimensions.map((d) => ({ id: d.id, name: d.data.name })),
  {
    strategies: strategies.map((s) => ({ id: s.id, name: s.data.name, dimensions: ids(s.data.dimensions) })),
    problems: problems.map((p) => ({ id: p.id, name: p.data.name, dimensions: ids(p.data.dimensions) })),
    templates: templates.map((p) => ({ id: p.id, name: p.data.title, dimensions: ids(p.data.dimensions) })),
  },
  new Map(dimensionPlaybooks.map((d) => [d.id, d.playbook])),
  {
    unit: t('review.unit', { unit: '{unit}' }),
    better: {
      higher: t('guidance.better.higher'),
      lower: t('guidance.better.lower'),
      target: t('guidance.better.target'),
    },
  },
);
