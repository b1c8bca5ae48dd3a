import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentGuard } from './src/integrations/content-guard.ts';
import { editor } from './src/integrations/editor.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { remarkBaseLinks } from './src/integrations/remark-base-links.ts';
import { remarkMermaid } from './src/integrations/remark-mermaid.ts';
import { normaliseBase } from './src/lib/urls.ts';
import { contentCacheDir, SITE_CONTENT } from './src/lib/cache-dir.ts';

/** Where the site is served; set SITE_URL and BASE_PATH for a deployment under a sub-path. */
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';
const base = normaliseBase(process.env['BASE_PATH'] ?? '/');
const contentDir = process.env['CONTENT_DIR'] ?? SITE_CONTENT;

const cacheDir = contentCacheDir(contentDir);

/** The theme script BaseLayout inlines in <head>; Astro does not hash inline scripts itself. */
const themeInit = readFileSync('./src/components/header/theme-init.js', 'utf8');
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}` as const;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The atomic build script points this at a temporary folder and swaps it in on success.
  outDir: process.env['OUT_DIR'] ?? './dist',
  cacheDir,
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark plugins; unified() does.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkBaseLinks({ base }), remarkMermaid()] }),
    // No highlighting: the content has no code but diagrams, and Shiki's inline styles would need
    // 'unsafe-inline' in the style policy (Astro warns about exactly that).
    syntaxHighlight: false,
  },
  // The search index last: it indexes the pages the others have written (src/integrations/search-index.ts).
  integrations: [
    contentGuard(contentDir),
    mdx(),
    // The editor (/admin/) is written after the pages, outside them; the filter keeps it out of the
    // sitemap should it ever become a page.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${base}admin/`) }),
    editor(contentDir, new URL(base, site).href),
    searchIndex(contentDir),
  ],
  security: {
    // A Content-Security-Policy <meta> on every page, with hashes for Astro's scripts and styles.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // The offline service worker (scripts/service-worker.mjs), from our own origin only.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'self' for the lazily imported search modules. The search reads the site's own index
      // (src/components/search/index-reader.ts): no WebAssembly, so no 'wasm-unsafe-eval'. No
      // inline script runs without a hash.
      scriptDirective: { resources: ["'self'"], hashes: [themeInitHash] },
      // No inline styles: diagrams are drawn at build time and their <style> and style attributes
      // are moved into a stylesheet (src/lib/diagrams/svg.ts); Astro hashes its own inlined CSS.
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  // A rebuild copies a case page from the last build when its cache key (src/pages/cases/[id].astro)
  // and its template code are unchanged; the cache lives in cacheDir, per content folder.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Upstream and harmless: Astro marks every MDX module with a "use astro:head-inject"
          // directive that the bundler then reports once per file (withastro/astro#18087). Remove
          // this filter when Astro stops emitting it; every other warning still prints, and
          // tests/dist/build.test.ts fails on any [WARN] line in the build log.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
