import type { APIRoute, GetStaticPaths } from 'astro';
import { openData } from '../../data/open-data.ts';

/** One open data set as JSON (src/lib/open-data.ts); its schema is public/data/<set>.schema.json. */
export const getStaticPaths = (() =>
  openData.map((d) => ({ params: { set: d.set }, props: { text: d.text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
