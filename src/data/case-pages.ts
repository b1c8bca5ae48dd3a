import { paginate } from '../lib/paginate.ts';
import { cases } from './content.ts';

/** Cases per listing page. */
export const CASES_PER_PAGE = 12;

/** Every page of the case listing, newest first. */
export const casePages = paginate(cases, CASES_PER_PAGE);
