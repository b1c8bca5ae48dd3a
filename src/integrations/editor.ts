import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import yaml from 'js-yaml';
import { readContentTree } from '../lib/content/content-check.ts';
import { EXTENSIONS_BUNDLE, adminPage } from '../lib/editor/admin-page.ts';
import { decapConfig, entryOptions } from '../lib/editor/decap-config.ts';
import { editorEnvironment } from '../lib/editor/settings.ts';

/**
 * The CMS bundle and what it loads, as the decap-cms package ships them: `decap-cms.js`, its
 * numbered chunks, its WebAssembly and its licence notice (not the `cms.js` alias, not source maps).
 */
const CMS_DIST = resolve('node_modules/decap-cms/dist');
const cmsFiles = () =>
  readdirSync(CMS_DIST).filter((f) =>
    /^(\d+\.)?decap-cms\.js$|^[0-9a-f]+\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(f),
  );

/**
 * The content editor at `<base>admin/`: `astro dev` serves it (with the local backend of
 * `npm run edit`), the build writes it to `dist/admin/`. Its config is generated from the schemas
 * (src/lib/editor/decap-config.ts); the page is plain HTML outside Astro's pages, so the site's
 * per-page CSP, sitemap and search index never see it.
 */
export function editor(contentDir: string, siteUrl: string): AstroIntegration {
  const configText = (local: boolean) => {
    const { files } = readContentTree(contentDir);
    const config = decapConfig({
      entries: entryOptions(files),
      // decap-server writes paths relative to the repository it serves (GIT_REPO_DIRECTORY).
      contentPath: relative(process.env['GIT_REPO_DIRECTORY'] ?? process.cwd(), resolve(contentDir)),
      siteUrl,
      ...editorEnvironment(process.env, local),
    });
    return `# Generated from src/lib/schemas/ by src/lib/editor/decap-config.ts; do not edit.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`;
  };
  // The page's own script (the conditional widget), bundled for the browser.
  const extensions = () =>
    buildSync({
      entryPoints: ['src/components/editor/cms-extensions.ts'],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      write: false,
    }).outputFiles[0]?.text ?? '';
  let base = '/';
  return {
    name: 'content-editor',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(`${base}admin`)) return next();
          const name = path.slice(`${base}admin`.length).replace(/^\//, '');
          if (name === '' && !path.endsWith('/')) {
            res.writeHead(301, { location: `${base}admin/` }).end();
            return;
          }
          if (name === '' || name === 'index.html') {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(adminPage());
          } else if (name === 'config.yml') {
            res.writeHead(200, { 'content-type': 'text/yaml; charset=utf-8', 'cache-control': 'no-store' });
            res.end(configText(true));
          } else if (name === EXTENSIONS_BUNDLE) {
            res.writeHead(200, { 'content-type': 'text/javascript' }).end(extensions());
          } else if (cmsFiles().includes(name)) {
            const type = name.endsWith('.js')
              ? 'text/javascript'
              : name.endsWith('.wasm')
                ? 'application/wasm'
                : name.endsWith('.css')
                  ? 'text/css'
                  : 'text/plain';
            res.writeHead(200, { 'content-type': type }).end(readFileSync(join(CMS_DIST, name)));
          } else {
            next();
          }
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), adminPage());
        writeFileSync(join(out, 'config.yml'), configText(false));
        writeFileSync(join(out, EXTENSIONS_BUNDLE), extensions());
        for (const file of cmsFiles()) copyFileSync(join(CMS_DIST, file), join(out, file));
      },
    },
  };
}
