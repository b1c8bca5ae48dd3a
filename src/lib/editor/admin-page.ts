/**
 * The editor's page (`/admin/`): a plain HTML file, not an Astro page, because the CMS needs a
 * weaker Content-Security-Policy than the site's pages carry (docs/editing.md says which and why),
 * and a <meta> policy on the page could only make it stricter. It loads the CMS bundle copied from
 * `decap-cms/dist` to the same folder, which reads `config.yml` beside it.
 */
import { t } from '../../i18n/index.ts';

/** The bundle's file name, as the decap-cms package ships it. */
export const CMS_BUNDLE = 'decap-cms.js';

/** Our additions to the CMS (src/components/editor/cms-extensions.ts), bundled. */
export const EXTENSIONS_BUNDLE = 'editor.js';

/** The HTML of `/admin/index.html`. */
export function adminPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <meta name="description" content="${t('editor.pageDescription')}">
    <title>${t('editor.pageTitle')}</title>
  </head>
  <body>
    <noscript><p>${t('editor.noscript')}</p></noscript>
    <script src="${CMS_BUNDLE}"></script>
    <script src="${EXTENSIONS_BUNDLE}"></script>
  </body>
</html>
`;
}
