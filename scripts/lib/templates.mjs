/**
 * The pages the site's checks walk when one page stands for all pages of its template (pages that
 * share a layout and differ only in content), in one list for every check:
 * - TEMPLATE_PAGES, one page of every template: the dark-scheme axe sweep, 400 % zoom and the
 *   offline navigation (tests/e2e/a11y.spec.ts asserts that every kind of sitemap page has one);
 * - MEASURED_PAGES, the pages a reader meets most, where timing checks are worth their cost
 *   (Lighthouse in scripts/lighthouse.mjs, the layout-shift browser test).
 */
export const TEMPLATE_PAGES = [
  '/',
  '/model/',
  '/dimensions/internship/',
  '/problems/',
  '/problems/loose-cooperation/',
  '/strategies/',
  '/strategies/strengthen-cooperation/',
  '/cases/',
  '/cases/page/2/',
  '/cases/wind-turbine-training-tower/',
  '/cases/public-jiangmen-huawei-ict/',
  '/policies/',
  '/policies/vocational-education-law/',
  '/glossary/',
  '/guides/',
  '/guides/staff-guide/',
  '/for-staff/',
  '/for-enterprises/',
  '/for-enterprises/worksheet/',
  '/templates/',
  '/templates/council-charter/',
  '/handbooks/enterprise/',
  '/crosswalk/',
  '/changes/',
  '/editing/',
  '/data/',
  '/review/',
  '/review/answer/student/',
  '/indicators/',
  '/responsibilities/',
  '/assess/',
  '/assess/enterprise/',
  '/offline/',
  '/search/',
  '/404.html',
];

export const MEASURED_PAGES = [
  '/',
  '/model/',
  '/dimensions/faculty/',
  '/cases/',
  '/cases/auto-parts-logistics-apprenticeship/',
  '/strategies/build-institutions/',
  '/problems/weak-institutions/',
];
