/**
 * Builds the search index from a built site (build time only; src/integrations/search-index.ts runs
 * it on `astro:build:done`): reads every page that may be indexed (extract.ts), adds a record per
 * glossary term, and writes the files of the index format (index-format.ts, facet-file.ts) into
 * `<site>/search-index/`.
 *
 * Incremental: what a page gives the index (its postings, its fragment compressed, its facet values
 * and title place) is kept in a cache folder, keyed by a hash of the page's `<main>`, its URL and
 * title, the format version and the indexer's own source. A rebuild parses only the pages whose key
 * is new and assembles the index from the records; the output is byte for byte what a cold build
 * writes (tests/dist/search-index-cache.test.ts). Records no page used in a build are removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { gzipSync } from 'node:zlib';
import { readContentTree } from '../content/content-check.ts';
import { AUDIENCE_IDS, CONTENT_TYPE_IDS, INDUSTRY_IDS, MODEL_IDS, REGION_IDS } from '../enums.ts';
import { encodeFacetTable, FACETS_FILE, type TableFacet } from './facet-file.ts';
import { policyRefs, type PolicyEntry } from './policy-ref.ts';
import { decodeEntities, extractPage, wordKeys, wordsOf, type Extracted } from './extract.ts';
import { glossarySearchRecord, SEARCH_FACETS, type GlossaryEntry } from './fields.ts';
import {
  ByteWriter,
  compareKeys,
  encodeFragment,
  encodeMeta,
  FORMAT_VERSION,
  HASH_BYTES,
  shardFromBlob,
  type Fragment,
  type Meta,
} from './index-format.ts';
import { readIndexText } from './index-text.ts';

/** The index folder in the built site. */
export const INDEX_DIR = 'search-index';
/** The meta file's name in the index folder. */
export const META_FILE = 'meta.bin';
/** A shard is closed once it compresses to about this many bytes. */
export const SHARD_BYTES = 30 * 1024;

/** What one page (or glossary record) gives the index; the unit of the cache. */
export interface PageRecord {
  readonly url: string;
  /** Tokens (positions) on the page. */
  readonly words: number;
  /** Its keys, sorted (compareKeys). */
  readonly keys: readonly string[];
  /** Per key, how many positions (`positions` holds them key after key). */
  readonly counts: Uint32Array;
  readonly positions: Uint32Array;
  /** Its fragment file, compressed, and the file's name. */
  readonly fragment: Uint8Array;
  readonly fragmentName: string;
  /** Facet values (the search filters and the year). */
  readonly facets: Readonly<Record<string, readonly string[]>>;
  readonly titleStart: number;
  readonly titleLength: number;
}

/** A record as the cache keeps it and the index is assembled from: keys as numbers into a dictionary. */
export type StoredRecord = Omit<PageRecord, 'keys'> & {
  /** Its keys, as indices into the dictionary, in the order of `counts`. */
  readonly keyIds: Uint32Array;
};

/** Keys as numbers: one string per key for the whole site, not one per page. */
export class KeyDictionary {
  readonly keys: string[];
  private readonly ids: Map<string, number>;
  constructor(keys: string[] = []) {
    this.keys = keys;
    this.ids = new Map(keys.map((k, i) => [k, i]));
  }

  /** A record with its keys as numbers. */
  store(record: PageRecord): StoredRecord {
    const { keys, ...rest } = record;
    const keyIds = Uint32Array.from(keys, (key) => {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.keys.length;
        this.ids.set(key, id);
        this.keys.push(key);
      }
      return id;
    });
    return { ...rest, keyIds };
  }
}

const sha = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * Compresses a file of the index (deterministic: no name, no time). Shards at level 6: at 10,000
 * cases level 9 took 3.9 s for 0.25% fewer bytes.
 */
const gzip = (bytes: Uint8Array, level = 9) => new Uint8Array(gzipSync(bytes, { level }));

/** A word stripped of the marks at its edges, for comparing a title with the text. */
const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();

/**
 * Where the title stands in the page's words (the first place all its words stand in order,
 * compared bare: a block's closing mark may be glued to its last word), and how many words it has;
 * length 0 when the text does not hold it (no title bonus; tests/dist/search.test.ts refuses it).
 */
export function titlePlace(
  words: readonly string[],
  title: readonly string[],
): { titleStart: number; titleLength: number } {
  const wanted = title.map(bare);
  if (!wanted.length) return { titleStart: 0, titleLength: 0 };
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, k) => bare(words[i + k] ?? '') === w)) return { titleStart: i, titleLength: wanted.length };
  }
  return { titleStart: 0, titleLength: 0 };
}

/** Index text read back as the text a reader sees (index-text.ts), entities decoded. */
const plain = (text: string) => decodeEntities(readIndexText(text));

/** The record of a page from what was extracted of it. */
export function pageRecord(url: string, extracted: Extracted): PageRecord {
  const words = wordsOf(extracted.digest);
  const byKey = new Map<string, number[]>();
  const keysOf = new Map<string, string[]>();
  words.forEach((word, position) => {
    let keys = keysOf.get(word);
    if (!keys) keysOf.set(word, (keys = wordKeys(word)));
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(position);
      else byKey.set(key, [position]);
    }
  });
  const keys = [...byKey.keys()].sort(compareKeys);
  const counts = new Uint32Array(keys.length);
  const positions = new Uint32Array(words.length * 2);
  let at = 0;
  keys.forEach((key, i) => {
    const list = byKey.get(key) ?? [];
    counts[i] = list.length;
    for (const p of list) positions[at++] = p;
  });

  const sortedEntries = <T>(record: Readonly<Record<string, T>>) =>
    Object.entries(record).sort(([a], [b]) => compareKeys(a, b));
  const meta = Object.fromEntries(sortedEntries(extracted.meta).map(([k, v]) => [k, plain(v)]));
  const filters = Object.fromEntries(sortedEntries(extracted.filters).map(([k, v]) => [k, v.map(plain)]));
  const fragment: Fragment = { url, content: plain(extracted.digest), meta, filters };
  const raw = encodeFragment(fragment);
  const year = meta['year'];
  const facets: Record<string, readonly string[]> = Object.fromEntries(
    SEARCH_FACETS.map((f) => [f, filters[f] ?? []] as const),
  );
  facets['year'] = year ? [year] : [];
  return {
    url,
    words: words.length,
    keys,
    counts,
    positions: positions.slice(0, at),
    fragment: gzip(raw),
    fragmentName: sha(raw).slice(0, 2 * HASH_BYTES),
    facets,
    ...titlePlace(words, wordsOf(extracted.meta['title'] ?? '')),
  };
}

/** The record of a glossary term (no page of its own: /glossary/#id), with its readers' words. */
export function glossaryRecord(entry: GlossaryEntry): PageRecord {
  const record = glossarySearchRecord(entry);
  return pageRecord(record.url, {
    digest: record.content.replace(/\s+/g, ' ').trim(),
    meta: record.meta,
    filters: record.filters,
  });
}

/** The site-relative URL of a built HTML file: `a/b/index.html` → `/a/b/`. */
export function pageUrl(relativePath: string): string {
  return `/${relativePath
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The tag by which a built page asks not to be indexed (BaseLayout writes it). */
const NOINDEX = '<meta name="robots" content="noindex"';

/** Whether a built page asks not to be indexed. */
export function isNoindex(html: string): boolean {
  return html.includes(NOINDEX);
}

/**
 * The part of a page the index reads: its `<main>` (BaseLayout gives every page one, with
 * `data-pagefind-body`), or the whole page when it has none.
 */
export function mainOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return start < 0 || end < start ? html : html.slice(start, end + '</main>'.length);
}

/** The page's `<title>` as written (`head`: the page up to its `<main>`). */
const titleOf = (head: string) => /<title>([^<]*)<\/title>/.exec(head)?.[1];

/**
 * The HTML files of a built site in index order: by depth, then by path (the order Pagefind was
 * handed them, so page numbers, and the order of equally ranked results, stay as they were).
 */
export function htmlFiles(site: string): string[] {
  const depth = (file: string) => file.split('/').length;
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${INDEX_DIR}/`))
    .sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The files of the index (paths below the index folder, compressed bytes), from the records in page
 * order; a shard is closed once it would compress to about `shardBytes` (judged by how well the
 * shard before compressed, so each shard is compressed once).
 */
export function assembleIndex(
  records: readonly StoredRecord[],
  keys: readonly string[],
  facets: readonly TableFacet[],
  shardBytes = SHARD_BYTES,
  policies: readonly PolicyEntry[] = [],
): { files: Map<string, Uint8Array>; meta: Meta } {
  // Per key its (page, positions) entries in page order, in flat arrays: at 10,000 cases there are
  // millions of entries, and an array per key and page kept the collector busy for seconds.
  const perKey = new Uint32Array(keys.length);
  for (const record of records) for (const id of record.keyIds) perKey[id] = (perKey[id] ?? 0) + 1;
  const first = new Uint32Array(keys.length + 1);
  for (let id = 0; id < keys.length; id++) first[id + 1] = (first[id] ?? 0) + (perKey[id] ?? 0);
  const total = first[keys.length] ?? 0;
  const entryPage = new Uint32Array(total);
  const entryAt = new Uint32Array(total);
  const entryCount = new Uint32Array(total);
  const fill = first.slice(0, keys.length);
  records.forEach((record, page) => {
    const own = record.keyIds;
    let at = 0;
    for (let i = 0; i < own.length; i++) {
      const id = own[i] ?? 0;
      const e = fill[id] ?? 0;
      fill[id] = e + 1;
      const count = record.counts[i] ?? 0;
      entryPage[e] = page;
      entryAt[e] = at;
      entryCount[e] = count;
      at += count;
    }
  });
  // The keys these records use (the dictionary may hold others), in key order.
  const order = Array.from(keys.keys())
    .filter((id) => perKey[id])
    .sort((a, b) => compareKeys(keys[a] ?? '', keys[b] ?? ''));

  const files = new Map<string, Uint8Array>();
  const shards: { from: string; file: string }[] = [];
  let blob = new ByteWriter();
  let open: string[] = [];
  let lengths: number[] = [];
  let directory = 0;
  let ratio = 0.5;
  const close = () => {
    const from = open[0];
    if (from === undefined) return;
    const raw = shardFromBlob(open, lengths, blob.finish());
    const packed = gzip(raw, 6);
    ratio = packed.length / raw.length;
    const file = sha(raw).slice(0, 2 * HASH_BYTES);
    files.set(`shard/${file}.bin`, packed);
    shards.push({ from, file });
    [blob, open, lengths, directory] = [new ByteWriter(), [], [], 0];
  };
  const postings = new ByteWriter();
  for (const id of order) {
    const key = keys[id] ?? '';
    // The key's postings (index-format.ts, `writePostings`), written from the flat arrays.
    postings.length = 0;
    const from = first[id] ?? 0;
    const to = first[id + 1] ?? 0;
    postings.varint(to - from);
    let previous = 0;
    for (let e = from; e < to; e++) {
      const page = entryPage[e] ?? 0;
      const count = entryCount[e] ?? 0;
      const positions = records[page]?.positions ?? new Uint32Array();
      const at = entryAt[e] ?? 0;
      postings.varint(page - previous).varint(count);
      previous = page;
      let last = positions[at] ?? 0;
      postings.varint(last);
      for (let k = at + 1; k < at + count; k++) {
        const p = positions[k] ?? 0;
        postings.varint(p - last);
        last = p;
      }
    }
    // A key that would take the shard past the size starts the next one (a key used on most pages
    // may fill a shard alone): a lookup then loads about `shardBytes`, not that plus a large key.
    const size = postings.length + key.length + 3;
    if (open.length && (blob.length + directory + size) * ratio > shardBytes) close();
    blob.bytes(postings.view());
    open.push(key);
    lengths.push(postings.length);
    directory += key.length + 3;
    if ((blob.length + directory) * ratio >= shardBytes) close();
  }
  close();

  const pages = records.map((r) => ({ words: r.words, fragment: r.fragmentName }));
  const names = new Map<string, string>();
  for (const r of records) {
    const other = names.get(r.fragmentName);
    if (other !== undefined && other !== r.url)
      throw new Error(`Search index: ${r.url} and ${other} have fragments of the same name ${r.fragmentName}`);
    names.set(r.fragmentName, r.url);
    files.set(`fragment/${r.fragmentName}.bin`, r.fragment);
  }
  const build = sha(
    String(FORMAT_VERSION),
    ...pages.map((p) => `${p.words} ${p.fragment}`),
    ...shards.map((s) => s.file),
  ).slice(0, 16);
  const meta: Meta = { build, pages, shards };
  files.set(META_FILE, gzip(encodeMeta(meta)));
  const rows = new Map(records.map((r, row) => [r.url, row]));
  files.set(
    FACETS_FILE,
    gzip(
      encodeFacetTable(
        build,
        facets,
        records.map((r) => ({ values: r.facets, titleStart: r.titleStart, titleLength: r.titleLength })),
        policyRefs(policies, (url) => rows.get(url)),
      ),
    ),
  );
  return { files, meta };
}

/** The facets of the table: the search filters, the dimensions in their order, the years newest first. */
export function tableFacets(
  records: readonly Pick<PageRecord, 'facets'>[],
  dimensionIds: readonly string[],
): TableFacet[] {
  const years = [...new Set(records.flatMap((r) => r.facets['year'] ?? []))].sort((a, b) => b.localeCompare(a));
  const values: Record<string, readonly string[]> = {
    type: CONTENT_TYPE_IDS,
    dimension: dimensionIds,
    industry: INDUSTRY_IDS,
    region: REGION_IDS,
    model: MODEL_IDS,
    audience: AUDIENCE_IDS,
    year: years,
  };
  return Object.entries(values).map(([key, list]) => ({ key, multi: key === 'dimension', values: [...list] }));
}

/**
 * The source files whose change changes a record: part of every cache key. (The HTML parser is a
 * dependency: `npm ci` starts node_modules, and the cache in it, afresh.)
 */
const SOURCES = ['extract.ts', 'index-text.ts', 'tokens.ts', 'fields.ts', 'indexer.ts', 'index-format.ts'];

/** The format version and the indexer's source, hashed: records made by other code are not reused. */
export function indexerVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return sha(String(FORMAT_VERSION), ...SOURCES.map((file) => readFileSync(join(here, file)))).slice(0, 16);
}

/** The cache file in the cache folder. */
const PACK = 'records.v8';

/**
 * The records of the last build, in one file (a file per page cost more in opening files than in
 * reading them, at 10,000 pages): what each cache key gave, with the key dictionary they share.
 */
export class RecordCache {
  readonly dictionary: KeyDictionary;
  private readonly file: string;
  private readonly version: string;
  private readonly stored: Map<string, StoredRecord>;
  private readonly used = new Map<string, StoredRecord>();
  private added = false;

  constructor(dir: string, version: string) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, PACK);
    this.version = version;
    let pack: { version?: string; keys?: string[]; records?: Map<string, StoredRecord> } = {};
    try {
      if (existsSync(this.file)) pack = deserialize(readFileSync(this.file)) as typeof pack;
    } catch {
      pack = {};
    }
    const valid = pack.version === version && Array.isArray(pack.keys) && pack.records instanceof Map;
    this.dictionary = new KeyDictionary(valid ? pack.keys : []);
    this.stored = valid && pack.records ? pack.records : new Map();
  }

  /** The number of records the cache file holds. */
  get size(): number {
    return this.stored.size;
  }

  get(key: string): StoredRecord | undefined {
    const record = this.stored.get(key);
    if (record) this.used.set(key, record);
    return record;
  }

  add(key: string, record: PageRecord): StoredRecord {
    const stored = this.dictionary.store(record);
    this.used.set(key, stored);
    this.added = true;
    return stored;
  }

  /** Writes the records this build used, and only those, with the keys they use. */
  save(): void {
    if (!this.added && this.used.size === this.stored.size) return;
    const renumbered = new Int32Array(this.dictionary.keys.length).fill(-1);
    const keys: string[] = [];
    const records = new Map<string, StoredRecord>();
    for (const [key, record] of this.used) {
      const keyIds = record.keyIds.map((id) => {
        let next = renumbered[id] ?? -1;
        if (next < 0) {
          next = renumbered[id] = keys.length;
          keys.push(this.dictionary.keys[id] ?? '');
        }
        return next;
      });
      records.set(key, { ...record, keyIds });
    }
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ version: this.version, keys, records }));
    renameSync(tmp, this.file);
  }
}

export interface IndexSummary {
  pages: number;
  /** Pages parsed in this build (the others came from the cache). */
  parsed: number;
  glossary: number;
  shards: number;
  bytes: number;
}

/**
 * Indexes the built site in `site` into `site/search-index/`, with the glossary of `contentDir`,
 * reusing the records in `cacheDir`.
 */
export function indexSite(site: string, contentDir: string, cacheDir: string): IndexSummary {
  const version = indexerVersion();
  const cache = new RecordCache(cacheDir, version);
  let parsed = 0;
  const records: StoredRecord[] = [];
  for (const file of htmlFiles(site)) {
    // Bytes, not text: most pages come from the cache, and only their <main> is hashed.
    const html = readFileSync(join(site, file));
    if (html.includes(NOINDEX)) continue;
    const url = pageUrl(file);
    const start = html.indexOf('<main');
    const end = html.lastIndexOf('</main>');
    const main = start < 0 || end < start ? html : html.subarray(start, end + '</main>'.length);
    const title = titleOf(html.subarray(0, start < 0 ? html.length : start).toString('utf8'));
    const key = sha(version, url, title ?? '', main);
    let record = cache.get(key);
    if (!record) {
      const extracted = extractPage(main.toString('utf8'), title);
      if (!extracted) continue;
      record = cache.add(key, pageRecord(url, extracted));
      parsed++;
    }
    records.push(record);
  }
  const pages = records.length;
  if (!pages) throw new Error(`Search index: no page of ${site} has a data-pagefind-body element`);

  const { files: content, errors } = readContentTree(contentDir, ['glossary', 'dimensions', 'policies']);
  if (errors.length) throw new Error(`Search index: cannot read ${contentDir}: ${errors.join('; ')}`);
  // In file order, as the content check reads them.
  const glossary = content.filter((f) => f.collection === 'glossary');
  // The content check (content-guard, at config set-up) has validated every entry's schema.
  for (const entry of glossary) records.push(cache.dictionary.store(glossaryRecord(entry as unknown as GlossaryEntry)));
  const dimensionIds = content
    .filter((f) => f.collection === 'dimensions')
    .sort((a, b) => Number(a.data['order']) - Number(b.data['order']))
    .map((f) => f.id);

  const policies: PolicyEntry[] = content
    .filter((f) => f.collection === 'policies')
    .map((f) => ({ id: f.id, title: String(f.data['title']), docNumber: f.data['docNumber'] as string | undefined }));
  const { files, meta } = assembleIndex(
    records,
    cache.dictionary.keys,
    tableFacets(records, dimensionIds),
    SHARD_BYTES,
    policies,
  );
  const out = join(site, INDEX_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'shard'), { recursive: true });
  mkdirSync(join(out, 'fragment'), { recursive: true });
  let bytes = 0;
  for (const [path, data] of files) {
    writeFileSync(join(out, path), data);
    bytes += data.length;
  }
  cache.save();
  return { pages, parsed, glossary: glossary.length, shards: meta.shards.length, bytes };
}
