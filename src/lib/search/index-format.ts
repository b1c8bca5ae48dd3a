/**
 * The search index's file format: this project's own, versioned, read in the browser
 * (src/components/search/index-reader.ts) and in the tests, written at build time
 * (src/lib/search/indexer.ts). docs/search.md, "The index format", is the long form.
 *
 * Every file is gzip of: the signature `kbsx`, one byte naming the kind of file (M meta, S shard,
 * F fragment, T facet table), the format version (a varint, `FORMAT_VERSION`), then the body.
 * Numbers are unsigned LEB128 varints; a string is its UTF-8 byte length and bytes. A reader
 * refuses a file that is not one, of another kind or of another version, naming the file.
 *
 * - **meta** (`meta.bin`, not hashed): the build id; per page, in page-number order, its token count
 *   and its fragment's file name (6 bytes, 12 hex digits); per shard, its first key and file name.
 * - **shard** (`shard/<hash>.bin`): the postings of a contiguous range of keys (keys sorted by code
 *   point, so every key starting with one character is one range). A key directory first — per
 *   key its bytes shared with the previous key, the rest, and the byte length of its postings —
 *   then the postings one after another. A reader parses the directory and decodes only the
 *   postings of the keys it is asked for.
 * - **postings** of one key: the number of pages; per page the gap from the previous page number
 *   (the first from 0), the number of positions, the first position and the gaps between the rest.
 * - **fragment** (`fragment/<hash>.bin`): one page's stored data as JSON (`PageData` and filters).
 * - **facet table**: see facet-file.ts.
 *
 * A key is what the engine looks up (match.ts): a Han character with the next one when that is a
 * Han character too, the character alone otherwise, or any other token (tokens.ts). A position is
 * one word of the page's index text (extract.ts).
 */

/** The version of the format. Any change to what is written changes it; readers refuse others. */
export const FORMAT_VERSION = 1;

/** The first bytes of every file, once decompressed. */
export const SIGNATURE = 'kbsx';

/** The kinds of file, and the byte that names each after the signature. */
export const KINDS = { meta: 0x4d, shard: 0x53, fragment: 0x46, facets: 0x54 } as const;
export type FileKind = keyof typeof KINDS;

/** Bytes in a file name's hash (12 hex digits). */
export const HASH_BYTES = 6;

/** Per page number, the sorted positions of one key. */
export type WordPages = ReadonlyMap<number, readonly number[]>;

/** A growable byte buffer with varint and string writers. */
export class ByteWriter {
  private buffer = new Uint8Array(256);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  byte(n: number): this {
    this.room(1);
    this.buffer[this.length++] = n;
    return this;
  }

  varint(n: number): this {
    if (n >= 0 && n < 0x80 && (n | 0) === n) {
      // Most numbers written (gaps, counts) fit one byte.
      if (this.length === this.buffer.length) this.room(1);
      this.buffer[this.length++] = n;
      return this;
    }
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`varint: ${n} is not a non-negative integer`);
    this.room(8);
    while (n >= 0x80) {
      this.buffer[this.length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buffer[this.length++] = n;
    return this;
  }

  bytes(bytes: Uint8Array): this {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }

  string(text: string): this {
    const bytes = encoder.encode(text);
    return this.varint(bytes.length).bytes(bytes);
  }

  /** The bytes written so far, not copied (valid until the next write). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** The bytes written so far (a copy). */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads what ByteWriter writes; every read past the end or out of range throws, naming the file. */
export class ByteReader {
  readonly name: string;
  readonly bytes: Uint8Array;
  at: number;
  constructor(name: string, bytes: Uint8Array, at = 0) {
    this.name = name;
    this.bytes = bytes;
    this.at = at;
  }

  fail(what: string): never {
    throw new Error(`${this.name}: ${what} (byte ${this.at})`);
  }

  byte(): number {
    if (this.at >= this.bytes.length) this.fail('ends early');
    return this.bytes[this.at++] ?? 0;
  }

  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
      if (scale > 2 ** 49) this.fail('a number too long');
    }
  }

  take(length: number): Uint8Array {
    if (this.at + length > this.bytes.length) this.fail('ends early');
    return this.bytes.subarray(this.at, (this.at += length));
  }

  string(): string {
    const bytes = this.take(this.varint());
    try {
      return decoder.decode(bytes);
    } catch {
      return this.fail('a string that is not UTF-8');
    }
  }

  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

/** A file's header: the signature, its kind, the format version. */
export function writeHeader(out: ByteWriter, kind: FileKind): ByteWriter {
  return out.bytes(encoder.encode(SIGNATURE)).byte(KINDS[kind]).varint(FORMAT_VERSION);
}

/** Checks a file's header and returns a reader after it; the error names the file and the fault. */
export function readHeader(name: string, bytes: Uint8Array, kind: FileKind): ByteReader {
  const head = String.fromCharCode(...bytes.subarray(0, SIGNATURE.length));
  if (head !== SIGNATURE)
    throw new Error(`${name}: not a search index file (starts with ${JSON.stringify(head)}, expected "${SIGNATURE}")`);
  const reader = new ByteReader(name, bytes, SIGNATURE.length);
  const found = reader.byte();
  if (found !== KINDS[kind]) {
    const other = Object.entries(KINDS).find(([, b]) => b === found)?.[0] ?? `unknown (${found})`;
    throw new Error(`${name}: a ${other} file, expected a ${kind} file`);
  }
  const version = reader.varint();
  if (version !== FORMAT_VERSION)
    throw new Error(`${name}: format version ${version}; this build reads version ${FORMAT_VERSION} only`);
  return reader;
}

/** Compares keys by code point (as UTF-8 bytes sort), the order of keys in the index. */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort after every other UTF-16 unit in code point order.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string, name: string) => {
  if (!new RegExp(`^[0-9a-f]{${2 * HASH_BYTES}}$`).test(text))
    throw new Error(`${name}: "${text}" is not a file name of ${2 * HASH_BYTES} hex digits`);
  return Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));
};

// ---------------------------------------------------------------------------------------------
// Postings

/** One key's postings: per page number (ascending), its positions (ascending, distinct). */
export type Postings = readonly (readonly [page: number, positions: ArrayLike<number>])[];

/** Writes one key's postings. */
export function writePostings(out: ByteWriter, postings: Postings): void {
  out.varint(postings.length);
  let page = -1;
  for (const [number, positions] of postings) {
    if (number <= page) throw new Error(`postings: page ${number} after page ${page}`);
    if (!positions.length) throw new Error(`postings: page ${number} has no positions`);
    out.varint(number - Math.max(page, 0)).varint(positions.length);
    page = number;
    let last = -1;
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i] ?? 0;
      if (p <= last) throw new Error(`postings: position ${p} after ${last} on page ${number}`);
      out.varint(last < 0 ? p : p - last);
      last = p;
    }
  }
}

/** Reads one key's postings: per page, its positions. */
export function readPostings(reader: ByteReader): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const pages = reader.varint();
  let page = 0;
  for (let i = 0; i < pages; i++) {
    const gap = reader.varint();
    if (i > 0 && gap === 0) reader.fail(`page ${page} twice`);
    page += gap;
    const count = reader.varint();
    if (count === 0) reader.fail(`page ${page} without positions`);
    const list = new Array<number>(count);
    let position = reader.varint();
    list[0] = position;
    for (let k = 1; k < count; k++) {
      const step = reader.varint();
      if (step === 0) reader.fail(`position ${position} twice on page ${page}`);
      list[k] = position += step;
    }
    out.set(page, list);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Shards

/** Writes a shard: `keys` sorted, each with its postings. */
export function encodeShard(keys: readonly (readonly [key: string, postings: Postings])[]): Uint8Array {
  const blob = new ByteWriter();
  const lengths = keys.map(([, postings]) => {
    const start = blob.length;
    writePostings(blob, postings);
    return blob.length - start;
  });
  return shardFromBlob(
    keys.map(([key]) => key),
    lengths,
    blob.finish(),
  );
}

/**
 * Writes a shard from its keys (sorted, distinct), the byte length of each key's postings and the
 * postings one after another (`blob`).
 */
export function shardFromBlob(keys: readonly string[], lengths: readonly number[], blob: Uint8Array): Uint8Array {
  const out = writeHeader(new ByteWriter(), 'shard').varint(keys.length);
  let previous = new Uint8Array(0);
  let previousKey: string | undefined;
  keys.forEach((key, i) => {
    if (previousKey !== undefined && compareKeys(previousKey, key) >= 0)
      throw new Error(`shard: key "${key}" after "${previousKey}" (keys must be sorted and distinct)`);
    const k = encoder.encode(key);
    let shared = 0;
    while (shared < k.length && shared < previous.length && k[shared] === previous[shared]) shared++;
    out
      .varint(shared)
      .varint(k.length - shared)
      .bytes(k.subarray(shared))
      .varint(lengths[i] ?? 0);
    previous = k;
    previousKey = key;
  });
  return out.bytes(blob).finish();
}

/** A decoded shard directory; postings are decoded only when asked for. */
export interface Shard {
  readonly name: string;
  /** Its keys, sorted. */
  readonly keys: readonly string[];
  /** The postings of key `i`. */
  postings(i: number): WordPages;
}

/** Reads a shard's directory (the file decompressed); the postings stay bytes until asked for. */
export function readShard(name: string, bytes: Uint8Array): Shard {
  const reader = readHeader(name, bytes, 'shard');
  const count = reader.varint();
  const keys: string[] = [];
  const lengths: number[] = [];
  let previous = new Uint8Array(0);
  for (let i = 0; i < count; i++) {
    const shared = reader.varint();
    if (shared > previous.length) reader.fail(`key ${i} shares more bytes than the key before has`);
    const rest = reader.take(reader.varint());
    const key = new Uint8Array(shared + rest.length);
    key.set(previous.subarray(0, shared));
    key.set(rest, shared);
    let text = '';
    try {
      text = decoder.decode(key);
    } catch {
      reader.fail(`key ${i} is not UTF-8`);
    }
    const last = keys.at(-1);
    if (last !== undefined && compareKeys(last, text) >= 0) reader.fail(`key "${text}" out of order after "${last}"`);
    keys.push(text);
    lengths.push(reader.varint());
    previous = key;
  }
  const offsets: number[] = [];
  let at = reader.at;
  for (const length of lengths) {
    offsets.push(at);
    at += length;
  }
  if (at !== bytes.length)
    reader.fail(`the postings take ${at - reader.at} bytes, the file has ${bytes.length - reader.at}`);
  const decoded = new Map<number, WordPages>();
  return {
    name,
    keys,
    postings(i) {
      let pages = decoded.get(i);
      if (!pages) {
        const start = offsets[i];
        const length = lengths[i];
        if (start === undefined || length === undefined) throw new Error(`${name}: no key ${i}`);
        const part = new ByteReader(`${name} "${keys[i]}"`, bytes.subarray(0, start + length), start);
        pages = readPostings(part);
        if (!part.done) part.fail('postings shorter than the directory says');
        decoded.set(i, pages);
      }
      return pages;
    },
  };
}

/** The index of the first key in sorted `keys` not before `key` (binary search). */
export function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(keys[mid] ?? '', key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The largest string starting with `prefix`, for range ends. */
const past = (prefix: string) => `${prefix}\u{10ffff}`;

/** The indices of a shard's keys equal to `key` or, with `prefix`, starting with it. */
export function keysFor(shard: Pick<Shard, 'keys'>, key: string, prefix: boolean): number[] {
  const from = lowerBound(shard.keys, key);
  if (!prefix) return shard.keys[from] === key ? [from] : [];
  const to = lowerBound(shard.keys, past(key));
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/**
 * Where `key` (or, with `prefix`, every key it starts) stands, from the shards that may hold it: per
 * page, its positions, each once and in order (keys a prefix starts may share a position).
 */
export function lookupIn(shards: readonly Shard[], key: string, prefix: boolean): WordPages {
  const found = shards.flatMap((s) => keysFor(s, key, prefix).map((i) => s.postings(i)));
  if (found.length === 1 && found[0]) return found[0];
  const merged = new Map<number, number[]>();
  for (const pages of found) {
    for (const [page, at] of pages) merged.set(page, [...(merged.get(page) ?? []), ...at]);
  }
  for (const [page, at] of merged)
    merged.set(
      page,
      [...new Set(at)].sort((a, b) => a - b),
    );
  return new Map([...merged].sort((a, b) => a[0] - b[0]));
}

// ---------------------------------------------------------------------------------------------
// Meta

/** One page of the index, in page-number order. */
export interface MetaPage {
  /** Tokens (positions) on the page. */
  readonly words: number;
  /** Its fragment's file name (`fragment/<name>.bin`). */
  readonly fragment: string;
}

/** A shard: the keys from `from` up to the next shard's `from`. */
export interface MetaShard {
  readonly from: string;
  /** Its file name (`shard/<name>.bin`). */
  readonly file: string;
}

export interface Meta {
  /** Names this build's index; the facet table names the one it was built with. */
  readonly build: string;
  readonly pages: readonly MetaPage[];
  readonly shards: readonly MetaShard[];
}

/** Writes the meta file. */
export function encodeMeta(meta: Meta): Uint8Array {
  const out = writeHeader(new ByteWriter(), 'meta').string(meta.build).varint(meta.pages.length);
  for (const page of meta.pages) out.varint(page.words);
  for (const page of meta.pages) out.bytes(unhex(page.fragment, 'meta'));
  out.varint(meta.shards.length);
  meta.shards.forEach((shard, i) => {
    const previous = meta.shards[i - 1];
    if (previous && compareKeys(previous.from, shard.from) >= 0)
      throw new Error(`meta: shard ${i} starts at "${shard.from}", not after "${previous.from}"`);
    out.string(shard.from).bytes(unhex(shard.file, 'meta'));
  });
  return out.finish();
}

/** Reads the meta file (decompressed). */
export function readMeta(name: string, bytes: Uint8Array): Meta {
  const reader = readHeader(name, bytes, 'meta');
  const build = reader.string();
  const count = reader.varint();
  const words = Array.from({ length: count }, () => reader.varint());
  const pages = words.map((w) => ({ words: w, fragment: hex(reader.take(HASH_BYTES)) }));
  const shards: MetaShard[] = [];
  const shardCount = reader.varint();
  for (let i = 0; i < shardCount; i++) {
    const from = reader.string();
    const previous = shards.at(-1);
    if (previous && compareKeys(previous.from, from) >= 0) reader.fail(`shard ${i} out of order`);
    shards.push({ from, file: hex(reader.take(HASH_BYTES)) });
  }
  if (!reader.done) reader.fail('bytes after the last shard');
  return { build, pages, shards };
}

/**
 * The shards that may hold `key` or, with `prefix`, any key starting with it: a shard holds the
 * keys from its `from` up to the next shard's, so an exact key is in one shard, a prefix's keys in
 * a contiguous run of them.
 */
export function shardsFor(shards: readonly MetaShard[], key: string, prefix: boolean): MetaShard[] {
  const last = prefix ? past(key) : key;
  return shards.filter((s, i) => {
    const next = shards[i + 1];
    return compareKeys(s.from, last) <= 0 && (!next || compareKeys(key, next.from) < 0);
  });
}

// ---------------------------------------------------------------------------------------------
// Fragments

/** A page's stored data: what a result card shows, and the filters (for the tests). */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

/** A fragment as stored: the page's data and its filter values. */
export interface Fragment extends PageData {
  filters: Record<string, string[] | undefined>;
}

/** Writes a fragment file (before compression). */
export function encodeFragment(fragment: Fragment): Uint8Array {
  return writeHeader(new ByteWriter(), 'fragment')
    .bytes(encoder.encode(JSON.stringify(fragment)))
    .finish();
}

/** Reads a fragment file (decompressed). */
export function readFragment(name: string, bytes: Uint8Array): Fragment {
  const reader = readHeader(name, bytes, 'fragment');
  let data: unknown;
  try {
    data = JSON.parse(decoder.decode(bytes.subarray(reader.at)));
  } catch {
    return reader.fail('a fragment that is not JSON');
  }
  const f = data as Partial<Fragment> | null;
  if (!f || typeof f.url !== 'string' || typeof f.content !== 'string' || typeof f.meta !== 'object' || !f.meta)
    return reader.fail('a fragment without url, content and meta');
  return { url: f.url, content: f.content, meta: f.meta, filters: f.filters ?? {} };
}

// ---------------------------------------------------------------------------------------------
// Compression

/** Whether bytes are gzip: a host that adds `Content-Encoding: gzip` for .gz has decoded them already. */
export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Bytes fetched, gzip-decompressed (unless the host has decoded them already), natively. */
export async function gunzipped(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
