/**
 * `node scripts/bench-cases.mjs --cases 1000`: how the site scales with the number of cases.
 *
 * Copies src/content to .tmp/bench-content-<N>, adds N synthetic cases (valid against the schema,
 * labelled illustrative, never committed: .tmp is git-ignored), builds into .tmp/bench-dist-<N>
 * with `scripts/build.mjs` (CONTENT_DIR, DIST_DIR), then serves the build and measures in Chromium:
 * build time and the time of a rebuild after one case changes (and how many pages the search index
 * parsed again), pages, index size, the bytes downloaded to open /cases/, to filter it, and to run
 * a first and a second query (with the time from the end of the typing pause to the results on
 * screen, `search:answer`, and the engine's steps), the time stock Pagefind takes to index the same
 * pages (the baseline; the site's build does not run it), and the relevance suite
 * (tests/e2e/search-suite.ts) side by side with that stock index: recall on both halves, precision,
 * first-query bytes (tests/e2e/compare.ts). `--measure <folder>` measures an existing build (e.g.
 * `dist`) without building. Prints a JSON summary and writes it to .tmp/bench-<N>.json, and each
 * build's output to .tmp/bench-<N>-build.log and -rebuild.log. docs/benchmarks.md records results.
 *
 * Options: --cases N (default 1000) · --timeout-minutes M (default 90) · --keep (keep the build) ·
 * --no-compare (skip the side-by-side suite, which takes most of the time; stock Pagefind is still
 * built and timed) · --build-only (time the build and the rebuild, keep the build and its content
 * folder, for profiling; measure nothing in the browser).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { DIMENSION_GROUPS, INDUSTRIES, MODELS, REGIONS } from '../src/lib/enums.ts';
import { contentCacheDir } from '../src/lib/cache-dir.ts';
import { FACETS_FILE } from '../src/lib/search/facet-file.ts';
import { INDEX_DIR, META_FILE } from '../src/lib/search/indexer.ts';
import { buildStock, compare, median, sideBySide } from '../tests/e2e/compare.ts';

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    'timeout-minutes': { type: 'string', default: '90' },
    measure: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'build-only': { type: 'boolean', default: false },
    compare: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const N = Number(args.cases);
const tmp = resolve('.tmp');

/** A small deterministic PRNG, so two runs build the same synthetic cases. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIMENSIONS = [
  ['specialty', '专业共建'],
  ['talent', '人才共育'],
  ['faculty', '师资共培'],
  ['resources', '资源共享'],
  ['projects', '项目共立'],
  ['research', '科研共做'],
  ['internship', '实习共担'],
  ['employment', '就业共推'],
  ['process', '过程共管'],
  ['evaluation', '效果共评'],
];
const STRATEGIES = ['clarify-goals', 'strengthen-cooperation', 'build-institutions'];
const PROBLEMS = ['goal-divergence', 'loose-cooperation', 'weak-institutions'];
const SENTENCES = [
  '双方先开通线上沟通平台，按育人进度定期召开不同主题的会议。',
  '企业技术人员每周到校授课，学校教师分批到企业实践，带着任务下企业、带着案例回课堂。',
  '学生在企业师傅带领下完成真实任务，学校统筹安排并及时疏导学生的情绪。',
  '双方把岗位要求写进课程标准，每学期末共同修订培养方案。',
  '实训基地的设备由企业提供，学校负责日常维护和教学组织，运行规则写进管理办法。',
  '联合攻关项目由企业提出需求，教师带学生参与，成果归属事先在协议中约定。',
  '岗位实习前签订三方协议，明确岗位、时长、报酬和安全责任，企业为学生购买保险。',
  '企业考核学生时，学校提供平时成绩和专业成绩供参考，便于发现学生的优势。',
  '评价以学生的实际收获为导向，结果公开并据此改进，而不是只看做了多少场活动。',
  '毕业前双方共同举办专场招聘，企业优先录用表现突出的学生。',
];

function syntheticCase(i, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const industry = pick(INDUSTRIES);
  const region = pick(REGIONS);
  const model = pick(MODELS);
  const year = 2012 + Math.floor(rand() * 14);
  const dims = [...DIMENSIONS].sort(() => rand() - 0.5).slice(0, 1 + Math.floor(rand() * 3));
  const group = pick(DIMENSION_GROUPS);
  const id = `bench-${String(i).padStart(5, '0')}`;
  const title = `${region.label}某职业院校 × 某${industry.label}企业：${model.label}合成案例 ${i}`;
  const body = [
    '## 背景',
    `${pick(SENTENCES)}${pick(SENTENCES)}（合成案例，仅用于性能测试；分组：${group.label}）`,
    '## 各维度的做法',
    ...dims.flatMap(([, name]) => [`### ${name}`, `${pick(SENTENCES)}${pick(SENTENCES)}${pick(SENTENCES)}`]),
    '## 成效',
    `参与学生 ${10 + Math.floor(rand() * 90)} 人。${pick(SENTENCES)}`,
    '## 经验与启示',
    `${pick(SENTENCES)}双方互利：企业得到熟悉岗位的毕业生，学校得到真实任务。`,
  ].join('\n\n');
  const yaml = [
    '---',
    `title: '${title}'`,
    `summary: '合成案例 ${i}：${industry.label}领域的校企合作，合作模式为“${model.label}”，覆盖${dims.map((d) => d[1]).join('、')}。'`,
    `school: '${region.label}某职业院校'`,
    `enterprise: '某${industry.label}企业'`,
    `industry: ${industry.id}`,
    `region: ${region.id}`,
    `model: ${model.id}`,
    `year: ${year}`,
    'dimensions:',
    ...dims.map(([d]) => `  - ${d}`),
    'strategies:',
    `  - ${pick(STRATEGIES)}`,
    'problems:',
    `  - ${pick(PROBLEMS)}`,
    'outcomes:',
    `  - label: 参与学生`,
    `    value: ${10 + Math.floor(rand() * 90)}`,
    `    unit: 人`,
    'principle:',
    '  - aspect: huli',
    '    shows: true',
    "    note: '合成案例：企业得到熟悉岗位的毕业生，学校得到真实任务'",
    'provenance:',
    '  kind: illustrative',
    '---',
    '',
  ].join('\n');
  return { id, text: `${yaml}${body}\n` };
}

/** Files below `path` (or `path` itself when it is a file), with their full paths. */
function filesAt(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
function sizeOf(path) {
  return filesAt(path).reduce((n, file) => n + statSync(file).size, 0);
}
function countFiles(path, test) {
  return filesAt(path).filter((file) => test(basename(file))).length;
}

/** Bytes over the wire for an action, as served (raw) and as a gzip-serving host would send text. */
async function measure(page, action) {
  const seen = [];
  const onResponse = async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const url = response.url();
    const text = /\.(html|js|css|json|svg|xml)$|\/$|\.html\?|\/\?/.test(url.split('#')[0] ?? '');
    seen.push({ url, raw: body.length, gzip: text ? gzipSync(body).length : body.length });
  };
  page.on('response', onResponse);
  const start = Date.now();
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return {
    requests: seen.length,
    raw: seen.reduce((n, s) => n + s.raw, 0),
    gzip: seen.reduce((n, s) => n + s.gzip, 0),
    ms: Date.now() - start,
  };
}

async function measureSite(dir) {
  const port = 4500 + Math.floor(Math.random() * 400);
  const server = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(port), '--host', '127.0.0.1', '--dir', dir],
    {
      stdio: 'ignore',
    },
  );
  await new Promise((r) => setTimeout(r, 800));
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: await findBrowser(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const results = {};
  try {
    const fresh = async () => {
      const context = await browser.newContext();
      // Everything in the page rather than a SharedWorker, so every request is counted.
      await context.addInitScript(() => Reflect.deleteProperty(window, 'SharedWorker'));
      return { context, page: await context.newPage() };
    };
    {
      const { context, page } = await fresh();
      results.openCases = await measure(page, () => page.goto(`${base}/cases/`));
      results.filterCases = await measure(page, async () => {
        await page.locator('fieldset[data-facet="industry"] [data-option]:not([hidden]) input').first().check();
        await page.locator('[data-case-browser] [data-status]').filter({ hasText: /\d/ }).waitFor();
      });
      results.filterCasesAgain = await measure(page, async () => {
        await page.locator('fieldset[data-facet="dimension"] [data-option]:not([hidden]) input').first().check();
        await page.waitForTimeout(300);
      });
      await context.close();
    }
    // A query typed into the box: bytes and time until the answer, with the engine's own steps.
    const query = async (page, q) => {
      await page.evaluate(() => performance.clearMeasures());
      const run = await measure(page, async () => {
        await page.locator('[data-search-input]').fill(q);
        await page.waitForFunction(() => performance.getEntriesByName('search:answer').length > 0, null, {
          timeout: 120_000,
        });
        await page
          .locator('[data-status]')
          .filter({ hasText: /\S/ })
          .filter({ hasNotText: '正在搜索' })
          .waitFor({ timeout: 120_000 });
      });
      const steps = Object.fromEntries(
        await page.evaluate(() =>
          performance
            .getEntriesByType('measure')
            .filter((m) => m.name.startsWith('search:'))
            .map((m) => [m.name.slice(7), Math.round(m.duration)]),
        ),
      );
      return { query: q, ...run, status: await page.locator('[data-status]').textContent(), steps };
    };
    for (const [name, q, second] of [
      ['queryName', '现代学徒制', '企业导师'],
      ['queryBroad', '企业', undefined],
    ]) {
      const { context, page } = await fresh();
      await page.goto(`${base}/search/`);
      results[name] = await query(page, q);
      if (second) results[`${name}Second`] = await query(page, second);
      await context.close();
    }
    // Stock Pagefind over the same pages: the baseline's indexing time, and the relevance suite
    // (tests/e2e/search-suite.ts) in both engines, each query in fresh pages, as the relevance test
    // runs it.
    const start = Date.now();
    const stockDir = await buildStock(dir);
    results.stockIndexSeconds = Math.round((Date.now() - start) / 100) / 10;
    if (args.compare) {
      const { rows, uncovered } = await sideBySide((options) => browser.newContext(options), stockDir, base);
      const { recall, precision, bytes, table, misses, heaviest } = compare(rows, uncovered);
      const scores = (engine) => ({
        recallTuning: recall(engine, 'tuning'),
        recallCheck: recall(engine, 'check'),
        precision: precision(engine),
        bytesMedian: median(bytes(engine)),
        bytesWorst: Math.max(...bytes(engine)),
      });
      results.suite = { site: scores('site'), stock: scores('stock'), table, misses, heaviest };
    }
    rmSync(stockDir, { recursive: true, force: true });
  } finally {
    await browser.close();
    server.kill();
  }
  const cases = readdirSync(join(dir, 'cases')).filter((n) => !n.includes('.') && n !== 'page' && n !== 'data').length;
  const largest = readdirSync(join(dir, 'dimensions'))
    .map((d) => ({ path: `/dimensions/${d}/`, size: sizeOf(join(dir, 'dimensions', d, 'index.html')) }))
    .sort((a, b) => b.size - a.size)[0];
  // Any page whose size grows with the number of cases shows here (/assess/ was 2.9 MB at 10,000).
  const largestPages = filesAt(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: `/${file.slice(dir.length + 1)}`.replace(/index\.html$/, ''), size: statSync(file).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 3);
  const index = join(dir, INDEX_DIR);
  return {
    cases,
    pages: countFiles(dir, (n) => n.endsWith('.html')),
    distBytes: sizeOf(dir),
    searchIndexBytes: sizeOf(index),
    searchShards: countFiles(join(index, 'shard'), () => true),
    searchShardBytes: sizeOf(join(index, 'shard')),
    searchFragmentBytes: sizeOf(join(index, 'fragment')),
    searchMeta: { gzip: sizeOf(join(index, META_FILE)), raw: gunzipSync(readFileSync(join(index, META_FILE))).length },
    searchFacets: {
      gzip: sizeOf(join(index, FACETS_FILE)),
      raw: gunzipSync(readFileSync(join(index, FACETS_FILE))).length,
    },
    facetsJson: {
      raw: sizeOf(join(dir, 'cases', 'facets.json')),
      gzip: gzipSync(readFileSync(join(dir, 'cases', 'facets.json'))).length,
    },
    assessCasesJson: {
      raw: sizeOf(join(dir, 'assess', 'cases.json')),
      gzip: gzipSync(readFileSync(join(dir, 'assess', 'cases.json'))).length,
    },
    casesPageHtml: sizeOf(join(dir, 'cases', 'index.html')),
    largestDimensionPage: largest,
    largestPages,
    ...results,
  };
}

let summary;
if (args.measure) {
  summary = { build: 'existing', ...(await measureSite(resolve(args.measure))) };
} else {
  const content = join(tmp, `bench-content-${N}`);
  const dist = join(tmp, `bench-dist-${N}`);
  rmSync(content, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  cpSync('src/content', content, { recursive: true });
  const rand = random(N);
  for (let i = 1; i <= N; i++) {
    const { id, text } = syntheticCase(i, rand);
    writeFileSync(join(content, 'cases', `${id}.md`), text);
  }
  console.log(`Wrote ${N} synthetic cases to ${content}; building into ${dist} …`);
  /**
   * Builds the synthetic site into `dist`; returns the seconds it took and how many pages Astro
   * restored from the last build (its incremental build), or exits naming the step.
   */
  const build = (step) => {
    const start = Date.now();
    const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: Number(args['timeout-minutes']) * 60_000,
      env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, NODE_OPTIONS: '--max-old-space-size=8192' },
    });
    const seconds = Math.round((Date.now() - start) / 100) / 10;
    writeFileSync(join(tmp, `bench-${N}-${step.toLowerCase()}.log`), run.stdout ?? '');
    if (run.status !== 0) {
      console.error(
        `${step} failed or timed out after ${seconds} s (status ${run.status}, ${run.signal ?? 'no signal'}).`,
      );
      process.exit(1);
    }
    const parsed = /search-index\] (\d+) pages \((\d+) parsed/.exec(run.stdout);
    return {
      seconds,
      restored: (run.stdout.match(/\(restored\)/g) ?? []).length,
      indexed: Number(parsed?.[1] ?? 0),
      parsed: Number(parsed?.[2] ?? 0),
    };
  };
  // A cold build: no content-layer cache from an earlier run over the same folder.
  rmSync(contentCacheDir(content), { recursive: true, force: true });
  const { seconds: buildSeconds } = build('Build');
  // A rebuild after one case changes: the content layer keeps what did not change, and Astro copies
  // the case pages whose cache key is unchanged (src/pages/cases/[id].astro).
  const file = readdirSync(join(content, 'cases')).find((f) => f.startsWith('bench-')) ?? '';
  const changed = join(content, 'cases', file);
  const marker = '本案例在基准测试中修改过一次。';
  writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n${marker}\n`);
  const { seconds: rebuildSeconds, restored, indexed, parsed } = build('Rebuild');
  const page = join(dist, 'cases', file.replace(/\.md$/, ''), 'index.html');
  if (!readFileSync(page, 'utf8').includes(marker)) {
    console.error(`Rebuild: ${page} does not show the change: a stale page was restored.`);
    process.exit(1);
  }
  summary = {
    syntheticCases: N,
    buildSeconds,
    rebuildSeconds,
    rebuildRestoredPages: restored,
    rebuildSearchIndex: { pages: indexed, parsed },
    ...(args['build-only'] ? { dist } : await measureSite(dist)),
  };
  if (!args.keep && !args['build-only']) rmSync(dist, { recursive: true, force: true });
  if (!args['build-only']) rmSync(content, { recursive: true, force: true });
}
const out = join(tmp, `bench-${args.measure ? 'site' : N}.json`);
writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));
console.log(`Written to ${out}`);
