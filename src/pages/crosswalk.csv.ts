import type { APIRoute } from 'astro';
import { crosswalkCsv } from '../data/crosswalk.ts';

/** The crosswalk as CSV (UTF-8 with BOM, CRLF), one row per task and dimension, as the page prints. */
export const GET: APIRoute = () =>
  new Response(crosswalkCsv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
