/**
 * This site's engine asked directly, in the search page itself: the built `search-engine` module
 * (the one the page imports on the first keystroke) is imported in the page and given each query,
 * without the form's typing pause or rendering. It answers as the form does — the same module, the
 * same index files, the same first ten results — in a fraction of the time, so hundreds of queries
 * fit in every `npm test`; search.spec.ts checks a sample against the form.
 */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Answer } from './blind-suite.ts';

/** The built engine module's path (`/_astro/search-engine.<hash>.js`). */
export function engineModule(dist = 'dist'): string {
  const names = readdirSync(`${dist}/_astro`).filter((f) => /^search-engine\.[\w-]+\.js$/.test(f));
  if (names.length !== 1)
    throw new Error(`expected one search-engine module in ${dist}/_astro, found ${names.join(', ') || 'none'}`);
  return `/_astro/${names[0]}`;
}

/** Each query's answer: the first ten results' paths, and how many are presented as matches. */
export async function directAnswers(
  page: Page,
  queries: readonly string[],
  module = engineModule(),
): Promise<Answer[]> {
  return page.evaluate(
    async ({ module, queries }) => {
      type Outcome = {
        ids: string[];
        partial: boolean;
        missing: string[];
        cards: (ids: readonly string[]) => Promise<{ url: string }[]>;
      };
      const engine = (await import(module)) as {
        runSearch: (
          r: { q: string; selection: Record<string, string[]>; sort: string },
          allowed: object,
        ) => Promise<Outcome>;
      };
      const out: { paths: string[]; presented: number }[] = [];
      for (const q of queries) {
        const outcome = await engine.runSearch({ q, selection: {}, sort: 'relevance' }, {});
        const cards = await outcome.cards(outcome.ids.slice(0, 10));
        const paths = cards.map((c) => new URL(c.url, location.href).pathname);
        const noted = outcome.partial || outcome.missing.length > 0;
        out.push({ paths, presented: noted ? 0 : paths.length });
      }
      return out;
    },
    { module, queries },
  );
}
