/**
 * One page per template, for the checks that measure pages (Lighthouse in scripts/lighthouse.mjs,
 * the layout-shift browser test): home, model, dimension, case list, case, strategy, problem.
 */
export const TEMPLATE_PAGES = [
  '/',
  '/model/',
  '/dimensions/faculty/',
  '/cases/',
  '/cases/auto-parts-logistics-apprenticeship/',
  '/strategies/build-institutions/',
  '/problems/weak-institutions/',
];
