/**
 * The search index, built inside the build on `astro:build:done` (where Starlight runs Pagefind):
 * every built page is indexed into `<outDir>/search-index/` before `astro build` returns, so a build
 * that cannot index fails like any other build step. The work is src/lib/search/indexer.ts; the
 * format, src/lib/search/index-format.ts; docs/search.md has the long form.
 *
 * Records of unchanged pages are kept between builds in the content cache folder (one folder per
 * base path: a page's links differ under a sub-path), so a rebuild parses only the pages that
 * changed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../lib/search/indexer.ts';

/** The integration: indexes `outDir` once Astro has written it, with the glossary of `contentDir`. */
export function searchIndex(contentDir: string): AstroIntegration {
  let cache = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        const base = config.base.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-');
        cache = join(fileURLToPath(config.cacheDir), base ? `search-index-${base}` : 'search-index');
      },
      'astro:build:done': ({ dir, logger }) => {
        const start = performance.now();
        const s = indexSite(fileURLToPath(dir), contentDir, cache);
        logger.info(
          `${s.pages} pages (${s.parsed} parsed, ${s.pages - s.parsed} from cache) and ${s.glossary} glossary records indexed: ` +
            `${s.shards} shards, ${(s.bytes / 1024).toFixed(0)} KB in ${((performance.now() - start) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
