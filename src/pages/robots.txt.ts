import type { APIRoute } from 'astro';
import { url } from '../lib/site.ts';

/** robots.txt with the sitemap's absolute URL, which depends on SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(url('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
