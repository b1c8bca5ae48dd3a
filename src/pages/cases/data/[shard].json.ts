/** /cases/data/<n>.json: id, title and summary of the cases on listing page n + 1. */
import type { GetStaticPaths } from 'astro';
import { caseShards } from '../../../data/case-index.ts';

export const getStaticPaths = (() =>
  caseShards.map((rows, n) => ({ params: { shard: String(n) }, props: { rows } }))) satisfies GetStaticPaths;

export function GET({ props }: { props: { rows: unknown } }): Response {
  return new Response(JSON.stringify(props.rows), { headers: { 'Content-Type': 'application/json' } });
}
