/** /assess/cases.json: the cases a self-assessment report can suggest, the same file for every reader. */
import { similarCasePool } from '../../data/case-index.ts';

export function GET(): Response {
  return new Response(JSON.stringify(similarCasePool), { headers: { 'Content-Type': 'application/json' } });
}
