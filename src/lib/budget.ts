/**
 * Moved to `tests/lib/budget.ts` (only tests use it). This re-export keeps `tests/dist/search.test.ts`
 * working until its import names the new place; delete this file then.
 */
export * from '../../tests/lib/budget.ts';
