import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { t } from '../i18n/index.ts';
import { url, routes } from '../lib/site.ts';
import { cases } from '../data/content.ts';
import { PROVENANCE_KINDS, labelOf } from '../lib/enums.ts';

/** The case studies as an RSS feed (public first, then newest); each item says which kind it is. */
export function GET(context: APIContext) {
  return rss({
    title: `${t('site.name')} · ${t('cases.title')}`,
    description: t('cases.lead'),
    site: new URL(url('/'), context.site).href,
    items: cases.map((c) => ({
      title: c.data.title,
      description: `${labelOf(PROVENANCE_KINDS, c.data.provenance.kind)}：${c.data.summary}`,
      link: new URL(url(routes.case(c.id)), context.site).href,
      categories: c.data.dimensions.map((d) => d.id),
    })),
    customData: '<language>zh-cn</language>',
  });
}
