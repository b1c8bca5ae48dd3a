import type { APIRoute } from 'astro';
import { indicatorsCsv } from '../data/downloads.ts';

/** The indicator handbook as CSV (UTF-8 with BOM, CRLF), for Excel and WPS. */
export const GET: APIRoute = () =>
  new Response(indicatorsCsv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
