import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { HANDBOOKS } from '../../lib/enums.ts';
import { printCss } from '../../lib/handbooks/print-css.ts';
import { handbookOutline } from '../../data/handbooks.ts';

/** The handbooks' print stylesheet: running heads from the dictionary, page numbers, A4. */
export const GET: APIRoute = () =>
  new Response(
    printCss({
      heads: Object.fromEntries(HANDBOOKS.map((id) => [id, `${handbookOutline(id).title} · ${t('site.name')}`])),
      illustrativeHead: `${t('handbook.runningIllustrative')} · ${t('handbook.cases.title')}`,
    }),
    { headers: { 'Content-Type': 'text/css; charset=utf-8' } },
  );
