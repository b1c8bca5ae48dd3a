import type { APIRoute } from 'astro';
import { responsibilitiesCsv } from '../data/downloads.ts';

/** The site-wide responsibility matrix as CSV (UTF-8 with BOM, CRLF), for Excel and WPS. */
export const GET: APIRoute = () =>
  new Response(responsibilitiesCsv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
