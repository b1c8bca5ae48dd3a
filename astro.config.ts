import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentGuard } from './src/integrations/content-guard.ts';
import { normaliseBase } from './src/lib/urls.ts';

/** Where the site is served; set SITE_URL and BASE_PATH for a deployment under a sub-path. */
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';
const base = normaliseBase(process.env['BASE_PATH'] ?? '/');
const contentDir = process.env['CONTENT_DIR'] ?? './src/content';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The atomic build script points this at a temporary folder and swaps it in on success.
  outDir: process.env['OUT_DIR'] ?? './dist',
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark plugins; unified() does.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
  integrations: [contentGuard(contentDir), mdx(), sitemap()],
  devToolbar: { enabled: false },
});
