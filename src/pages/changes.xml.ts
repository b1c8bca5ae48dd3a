import type { APIContext } from 'astro';
import { t } from '../i18n/index.ts';
import { CHANGE_KINDS, labelOf } from '../lib/enums.ts';
import { changesAtom } from '../lib/changes.ts';
import { url, routes } from '../lib/site.ts';
import { changes } from '../data/changes.ts';

/** The record of changes as an Atom feed, next to the case RSS; every entry links to a page of the site. */
export function GET(context: APIContext) {
  const absolute = (path: string) => new URL(url(path), context.site).href;
  const xml = changesAtom(changes, {
    title: `${t('site.name')} · ${t('changes.title')}`,
    pageUrl: absolute(routes.changes()),
    feedUrl: absolute(routes.changesFeed()),
    absolute,
    kindLabel: (kind) => labelOf(CHANGE_KINDS, kind),
    rights: t('footer.licence'),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
