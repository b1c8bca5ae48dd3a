/**
 * This site's search against stock Pagefind over the same built pages: the stock index, one query
 * in a fresh page of each engine with the bytes it costs, and the side-by-side table. Shared by the
 * relevance tests (search.spec.ts) and the benchmark at scale (scripts/bench-cases.mjs); no test
 * lives here.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page, Response } from '@playwright/test';
import * as pagefind from 'pagefind';
import { NOT_COVERED, SUITE, half, type RelevanceCase } from './search-suite.ts';

/**
 * A stock Pagefind 1.6.0 index (zh-cn, default settings) over the pages in `site`, written to `dir`
 * (a fresh temporary folder unless given); its folder.
 */
export async function buildStock(site: string, dir = mkdtempSync(join(tmpdir(), 'stock-pagefind-'))): Promise<string> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('stock Pagefind could not start');
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`stock Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new Error(`stock Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return dir;
}

const STOCK = '/__stock__/pagefind/';
/** How many results' data stock Pagefind loads (its JS API, a page of ten results). */
const STOCK_SHOWN = 10;

export interface Run {
  /** Result paths, best first (fragments dropped: see search-suite.ts). */
  paths: string[];
  /** Results presented as matches (this site: none when it says nothing was found). */
  matches: number;
  /** This site: the results stand under a note that they hold only some of the words. */
  noted?: boolean;
  /** Bytes and requests of the first query in a fresh page. */
  bytes: number;
  requests: number;
}

export const pathOnly = (href: string) => new URL(href, 'http://x').pathname;

/** Waits until this site's search page has answered (its status says more than "searching"). */
export async function answered(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-status]')?.textContent?.trim() ?? '';
      return status !== '' && status !== '正在搜索……';
    },
    null,
    { timeout },
  );
}

/**
 * Opens a browser context: the tests' watched `newContext` fixture, or `browser.newContext` in the
 * benchmark.
 */
export type OpenContext = (options?: BrowserContextOptions) => Promise<BrowserContext>;

/**
 * The bytes of a response's body. A redirect has none to read; any other body that cannot be read
 * fails the measurement, since counting it as nothing would let a budget pass on a lost response.
 */
export async function bodySize(response: Response): Promise<number> {
  const status = response.status();
  if (status >= 300 && status < 400) return 0;
  try {
    return (await response.body()).length;
  } catch (error) {
    throw new Error(`could not read the body of ${response.url()} (${status}): ${String(error)}`, { cause: error });
  }
}

/** Bytes of every response while `action` runs. */
async function measured(page: Page, action: () => Promise<Omit<Run, 'bytes' | 'requests'>>): Promise<Run> {
  const sizes: Promise<number>[] = [];
  const onResponse = (response: Response) => {
    sizes.push(bodySize(response));
  };
  page.on('response', onResponse);
  const run = await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const all = await Promise.all(sizes);
  return { ...run, bytes: all.reduce((a, b) => a + b, 0), requests: all.length };
}

/** A fresh context; Pagefind runs in the page rather than a SharedWorker, so its requests are seen. */
async function freshContext(open: OpenContext, baseURL?: string): Promise<BrowserContext> {
  const context = await open(baseURL ? { baseURL } : {});
  await context.addInitScript(() => Reflect.deleteProperty(window, 'SharedWorker'));
  return context;
}

/** This site's search: the query typed into /search/ of a fresh page (`baseURL`: the served site). */
export async function ours(open: OpenContext, q: string, baseURL?: string): Promise<Run> {
  const context = await freshContext(open, baseURL);
  const page = await context.newPage();
  await page.goto('/search/');
  const run = await measured(page, async () => {
    await page.getByRole('searchbox', { name: '搜索关键词' }).fill(q);
    await answered(page, 120_000);
    const paths = await page
      .locator('[data-results] h3 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const none = await page.locator('[data-none]').isVisible();
    const noted = /只包含/.test((await page.locator('[data-status]').textContent()) ?? '');
    return { paths, matches: none ? 0 : paths.length, noted };
  });
  await context.close();
  return run;
}

/** A fresh context in which `/__stock__/pagefind/` serves the stock index built in `dir`. */
export async function stockContext(open: OpenContext, dir: string, baseURL?: string): Promise<BrowserContext> {
  const context = await freshContext(open, baseURL);
  await context.route(`**${STOCK}**`, (route) => {
    const file = join(dir, decodeURIComponent(new URL(route.request().url()).pathname.slice(STOCK.length)));
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.wasm') ? 'application/wasm' : undefined;
    return route.fulfill({ body: readFileSync(file), ...(type ? { contentType: type } : {}) });
  });
  return context;
}

/** Stock Pagefind's JS API in `page` (a stock context's): each query in turn, ten results' paths. */
export async function stockSearch(page: Page, queries: readonly string[]): Promise<string[][]> {
  const answers = await page.evaluate(
    async ({ base, qs, shown }) => {
      const pf = (await import(`${base}pagefind.js`)) as {
        options: (o: Record<string, unknown>) => Promise<void>;
        search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      };
      // Pagefind prefixes result URLs with the folder above its own; the pages are at the root.
      await pf.options({ baseUrl: '/' });
      const out: string[][] = [];
      for (const q of qs) {
        const { results } = await pf.search(q);
        out.push(await Promise.all(results.slice(0, shown).map(async (r) => (await r.data()).url)));
      }
      return out;
    },
    { base: STOCK, qs: queries, shown: STOCK_SHOWN },
  );
  return answers.map((urls) => urls.map(pathOnly));
}

/** Stock Pagefind over the same pages: its JS API in a fresh page, ten results' data loaded. */
export async function stock(open: OpenContext, dir: string, q: string, baseURL?: string): Promise<Run> {
  const context = await stockContext(open, dir, baseURL);
  const page = await context.newPage();
  await page.goto('/search/');
  const run = await measured(page, async () => {
    const paths = (await stockSearch(page, [q]))[0] ?? [];
    return { paths, matches: paths.length };
  });
  await context.close();
  return run;
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

export type Engine = 'site' | 'stock';
export interface Row {
  c: RelevanceCase;
  site: Run;
  stock: Run;
}
export interface Uncovered {
  q: string;
  site: Run;
  stock: Run;
}

/** Whether a run has one of the pages the case means, as high as it must rank. */
export const hit = (run: Pick<Run, 'paths'>, c: RelevanceCase) =>
  c.expect.some((e) => run.paths.slice(0, c.top).includes(pathOnly(e)));

/** One query in both engines, each in a fresh page (first-query bytes), at the same time. */
export async function bothEngines(
  open: OpenContext,
  stockDir: string,
  q: string,
  baseURL?: string,
): Promise<{ site: Run; stock: Run }> {
  const [site, theirs] = await Promise.all([ours(open, q, baseURL), stock(open, stockDir, q, baseURL)]);
  return { site, stock: theirs };
}

/**
 * Every query of the suite and every topic the site does not cover, in both engines, each in fresh
 * pages (first-query bytes), the two engines at the same time.
 */
export async function sideBySide(
  open: OpenContext,
  stockDir: string,
  baseURL?: string,
): Promise<{ rows: Row[]; uncovered: Uncovered[] }> {
  const rows: Row[] = [];
  for (const c of SUITE) rows.push({ c, ...(await bothEngines(open, stockDir, c.q, baseURL)) });
  const uncovered: Uncovered[] = [];
  for (const q of NOT_COVERED) uncovered.push({ q, ...(await bothEngines(open, stockDir, q, baseURL)) });
  return { rows, uncovered };
}

/** Both engines over the suite and the topics the site does not cover: the scores and the table. */
export function compare(rows: readonly Row[], uncovered: readonly Uncovered[]) {
  const recall = (engine: Engine, which: 'tuning' | 'check') => {
    const cases = rows.filter((r) => half(r.c) === which);
    return cases.filter((r) => hit(r[engine], r.c)).length / cases.length;
  };
  const precision = (engine: Engine) => uncovered.filter((u) => u[engine].matches === 0).length / uncovered.length;
  const bytes = (engine: Engine) => rows.map((r) => r[engine].bytes);
  const requests = (engine: Engine) => rows.map((r) => r[engine].requests);
  const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;
  const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
  const size = (which: 'tuning' | 'check') => rows.filter((r) => half(r.c) === which).length;
  const both = (f: (engine: Engine) => string) => `${f('site')} | ${f('stock')} |`;
  const table = [
    '| | this site | stock Pagefind 1.6.0 |',
    '| --- | --- | --- |',
    `| recall, tuning half (${size('tuning')}) | ${both((e) => pct(recall(e, 'tuning')))}`,
    `| recall, check half (${size('check')}) | ${both((e) => pct(recall(e, 'check')))}`,
    `| precision, not covered (${uncovered.length}) | ${both((e) => pct(precision(e)))}`,
    `| first-query bytes, median | ${both((e) => kb(median(bytes(e))))}`,
    `| first-query bytes, worst | ${both((e) => kb(Math.max(...bytes(e))))}`,
    `| first-query requests, median / worst | ${both((e) => `${median(requests(e))} / ${Math.max(...requests(e))}`)}`,
  ].join('\n');
  const misses = rows
    .filter((r) => !hit(r.site, r.c))
    .map(
      (r) =>
        `#${r.c.id} ${r.c.q} (${half(r.c)}, stock ${hit(r.stock, r.c) ? 'hit' : 'miss'}): ${r.site.paths.slice(0, 3).join(' ')}`,
    );
  const heaviest = [...rows]
    .sort((a, b) => b.site.bytes - a.site.bytes)
    .slice(0, 3)
    .map((r) => `${r.c.q} ${kb(r.site.bytes)} in ${r.site.requests} (stock ${kb(r.stock.bytes)})`);
  return { recall, precision, bytes, table, misses, heaviest };
}
