/** /cases/facets.json: the compact facet index the case browser filters and counts with. */
import { caseIndex } from '../../data/case-index.ts';

export function GET(): Response {
  return new Response(JSON.stringify(caseIndex), { headers: { 'Content-Type': 'application/json' } });
}
