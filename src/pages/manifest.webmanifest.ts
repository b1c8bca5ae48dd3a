/**
 * The web app manifest, so the site can be added to a phone's home screen. Built as an endpoint so
 * every URL carries the base path.
 */
import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';
import { url } from '../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: t('site.name'),
      short_name: t('offline.appShortName'),
      description: t('offline.description'),
      lang: 'zh-CN',
      dir: 'ltr',
      start_url: url('/'),
      scope: url('/'),
      id: url('/'),
      display: 'standalone',
      // The light theme's colours; the pages' theme-color metas give the dark ones.
      background_color: '#fbfaf7',
      theme_color: '#0b5cad',
      icons: [
        { src: url('/icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: url('/icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: url('/icons/maskable-192.png'), sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: url('/icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: url('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
