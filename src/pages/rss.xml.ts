import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { t } from '../i18n/index.ts';
import { url, routes } from '../lib/site.ts';
import { cases } from '../data/content.ts';

/** The case studies as an RSS feed, newest first. */
export function GET(context: APIContext) {
  return rss({
    title: `${t('site.name')} · ${t('cases.title')}`,
    description: t('cases.lead'),
    site: new URL(url('/'), context.site).href,
    items: cases.map((c) => ({
      title: c.data.title,
      description: c.data.summary,
      link: new URL(url(routes.case(c.id)), context.site).href,
      categories: c.data.dimensions.map((d) => d.id),
    })),
    customData: '<language>zh-cn</language>',
  });
}
