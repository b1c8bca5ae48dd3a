/**
 * The cases handbook's bound (issue 31). The handbook (its page and its Word file, one outline)
 * holds at most `HANDBOOK_CASE_LIMIT` cases: a Word file of thousands of cases is not printed or
 * read, and one that holds every case is built again, whole, whenever any case changes (71 s of a
 * 124 s rebuild at 10,000 cases). The cases are the first of the site's case order: every public
 * case first, then illustrative cases newest first. When cases are left out, the handbook's front
 * matter says how many the site has, how many the handbook holds, and where the rest are.
 */
import { t } from '../../i18n/index.ts';
import { publicFirst, type Entry } from '../relations.ts';

/** The most cases the cases handbook holds. */
export const HANDBOOK_CASE_LIMIT = 200;

type CaseLike = Entry<{ year: number; provenance: { kind: string } }>;

/** The cases a handbook holds, and how many the site has. */
export interface HandbookCases<C> {
  /** The cases held, in the handbook's order. */
  held: C[];
  /** How many cases the site has. */
  total: number;
}

/**
 * The cases the handbook holds: the first `limit` of `cases` in the site's order (public cases
 * first, then newest first, then by id).
 */
export function handbookCases<C extends CaseLike>(cases: readonly C[], limit = HANDBOOK_CASE_LIMIT): HandbookCases<C> {
  return { held: [...cases].sort(publicFirst).slice(0, limit), total: cases.length };
}

/** The note of a bounded handbook: the text before the link to the case browser, the link's words, the text after. */
export interface CaseLimitNote {
  before: string;
  link: string;
  after: string;
}

/** The front-matter note when the handbook leaves cases out; undefined when it holds them all. */
export function caseLimitNote(
  { held, total }: { held: number; total: number },
  limit = HANDBOOK_CASE_LIMIT,
): CaseLimitNote | undefined {
  if (held >= total) return undefined;
  return {
    before: t('handbook.casesLimited', { total, held, limit, rest: total - held }),
    link: t('handbook.casesLimitedLink'),
    after: t('handbook.casesLimitedAfter'),
  };
}
