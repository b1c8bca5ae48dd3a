/**
 * The search reads Pagefind's index files itself (src/lib/search/pagefind-format.ts). This test
 * holds that reading to Pagefind's own runtime: for every key the relevance suite's queries look up
 * (their pairs of characters, each Han character alone, other words), the pages and word positions
 * read from dist/pagefind/ must be those Pagefind's runtime answers over the same files. A change of
 * Pagefind's format (a new version) fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { test, expect } from './fixtures.ts';
import { NOT_COVERED, SUITE } from './search-suite.ts';
import { STOCK_DIR } from './stock.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { lookupsOf } from '../../src/lib/search/match.ts';
import { isHan } from '../../src/lib/search/tokens.ts';
import { chunksFor, lookup, pagefindCbor, readChunk } from '../../src/lib/search/pagefind-format.ts';
import { readSiteMeta } from '../../src/integrations/pagefind.ts';

const SITE = 'dist/pagefind';
/** Pagefind's runtime, from a stock index build (the site's own build removes it). */
const RUNTIME = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'];
const PREFIX = '/__pagefind__/';

/** Every key the suite's queries look up: pairs (exact), lone Han characters and other tokens (prefix). */
function keys(): { key: string; prefix: boolean }[] {
  const out = new Map<string, boolean>();
  for (const q of [...SUITE.map((c) => c.q), ...NOT_COVERED]) {
    for (const term of parseQuery(q).terms) {
      for (const tokens of [term.segments.flat(), ...term.alternatives.map((a) => a.flat())]) {
        for (const l of lookupsOf(tokens)) out.set(l.key, l.length !== 2);
        for (const t of tokens) if (isHan(t)) out.set(t, true);
      }
    }
  }
  return [...out].map(([key, prefix]) => ({ key, prefix }));
}

test('reading the index directly gives what Pagefind’s runtime gives, for every key the suite looks up', async ({
  newContext,
}) => {
  test.setTimeout(10 * 60_000);
  const meta = readSiteMeta(SITE);
  const chunks = new Map<string, ReturnType<typeof readChunk>>();
  const chunk = (hash: string) => {
    let words = chunks.get(hash);
    if (!words) {
      const file = join(SITE, 'index', `${hash}.pf_index`);
      words = readChunk(file, pagefindCbor(file, gunzipSync(readFileSync(file))));
      chunks.set(hash, words);
    }
    return words;
  };
  /** Whether any word of any chunk starts with `key` (every chunk read, not only those chunksFor picks). */
  const truth = (key: string) => meta.chunks.some((c) => [...chunk(c.hash).keys()].some((w) => w.startsWith(key)));
  const all = keys();
  expect(all.length).toBeGreaterThan(150);
  const ours = all.map(({ key, prefix }) => {
    const pages = lookup(
      chunksFor(meta.chunks, key, prefix).map((c) => chunk(c.hash)),
      key,
      prefix,
    );
    return [...pages]
      .map(([n, at]) => `${meta.pages[n]?.hash}:${at.join(',')}`)
      .sort()
      .join(' ');
  });

  const context = await newContext();
  await context.route(`**${PREFIX}**`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(PREFIX.length));
    const file = RUNTIME.includes(name) ? join(STOCK_DIR, name) : join(SITE, name);
    const type = name.endsWith('.js') ? 'text/javascript' : name.endsWith('.pagefind') ? 'application/wasm' : undefined;
    return route.fulfill({ body: readFileSync(file), ...(type ? { contentType: type } : {}) });
  });
  const page = await context.newPage();
  await page.goto('/search/');
  const theirs = await page.evaluate(
    async ({ base, keys }) => {
      // The index is in a language without segmentation; Pagefind reads <html lang> on init.
      document.documentElement.setAttribute('lang', 'zxx');
      const pf = (await import(`${base}pagefind.js`)) as {
        init: () => Promise<void>;
        search: (q: string) => Promise<{ results: { id: string; words: number[] }[] }>;
      };
      await pf.init();
      const out: string[] = [];
      for (const { key, prefix } of keys) {
        // Pagefind answers a missing word with a shorter one; a quoted search never does.
        const exact = await pf.search(`"${key}"`);
        if (!prefix && !exact.results.length) {
          out.push('');
          continue;
        }
        const { results } = await pf.search(key);
        out.push(
          results
            .map((r) => `${r.id}:${[...r.words].sort((a, b) => a - b).join(',')}`)
            .sort()
            .join(' '),
        );
      }
      return out;
    },
    { base: PREFIX, keys: all },
  );
  await context.close();

  // Exact keys: the same pages and positions. Prefix keys: Pagefind expands a prefix to a limited
  // number of words, and answers a prefix no word starts with by a shorter one (cnc as cn, from
  // gov.cn): every position it gives must be read here too, and an empty answer here must be right.
  const parse = (text: string | undefined) =>
    new Set(
      text
        ? text.split(' ').flatMap((p) => {
            const [page, at = ''] = p.split(':');
            return at.split(',').map((n) => `${page}:${n}`);
          })
        : [],
    );
  const differ = all.flatMap(({ key, prefix }, i) => {
    if (!prefix) return ours[i] === theirs[i] ? [] : [key];
    const mine = parse(ours[i]);
    if (!mine.size) return truth(key) ? [`${key} (missed)`] : [];
    return [...parse(theirs[i])].every((p) => mine.has(p)) ? [] : [key];
  });
  expect(differ, `${differ.length} of ${all.length} keys differ`).toEqual([]);
  expect(all.filter((k) => !k.prefix).length).toBeGreaterThan(100);
  // The comparison is not empty on both sides.
  expect(ours.filter((o) => o.length > 0).length).toBeGreaterThan(all.length / 2);
});
