/**
 * Pagefind's index files, read directly: the search page needs, per lookup key, which pages hold it
 * and at which word positions — nothing of Pagefind's query parsing or ranking (this site does
 * both; see match.ts and rank.ts). Reading the files here spares every first query Pagefind's
 * runtime (pagefind.js, its worker and its WebAssembly: 145 KB) and the JSON it builds of every
 * result (10,000 results for a word on every page at 10,000 cases).
 *
 * The format is Pagefind 1.6.0's (pinned exactly in package.json): every file is gzip of the
 * signature `pagefind_dcd` and CBOR.
 * - meta (`pagefind.<language hash>.pf_meta`): `[version, pages, chunks, filters, sorts, fields]`,
 *   a page `[hash, word count, fragment group]`, a chunk `[from, to, hash]` (bounds that may be
 *   prefixes of its first and last words);
 * - a chunk (`index/<hash>.pf_index`): `[[word, pages, _]…]`, a page `[number, locations, _]`. Page
 *   numbers are gaps from the previous page's (the first from 0). A negative location −(w + 1) sets
 *   the weight w of the locations after it and restarts the count; each other location is a gap
 *   from the previous one, the first after a restart a position. `readChunk` keeps the positions
 *   and drops the weights: the ranking (rank.ts) does not use them.
 *
 * tests/e2e/pagefind-reader.spec.ts compares every lookup of the relevance suite with Pagefind's
 * own runtime over the same files, so a change of format fails a test rather than a reader's search.
 */

/** The signature at the start of every Pagefind file, once decompressed. */
export const SIGNATURE = 'pagefind_dcd';

/** A decoded CBOR value (the subset Pagefind writes). */
export type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | { [key: string]: Cbor };

/**
 * Decodes CBOR: unsigned and negative integers, byte and text strings, arrays and maps (fixed or
 * indefinite length), and the simple values. Hand-written rather than a library: this is the subset
 * Pagefind writes, a few hundred bytes, and it runs on every first query.
 */
export function decodeCbor(bytes: Uint8Array, start = 0): { value: Cbor; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = start;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++] ?? 0;
    if (info === 25) return ((at += 2), view.getUint16(at - 2));
    if (info === 26) return ((at += 4), view.getUint32(at - 4));
    if (info === 27) return ((at += 8), Number(view.getBigUint64(at - 8)));
    if (info === 31) return -1;
    throw new Error(`CBOR: unsupported length ${info} at byte ${at - 1}`);
  };
  const item = (): Cbor => {
    if (at >= bytes.length) throw new Error(`CBOR: ends early at byte ${at}`);
    const head = bytes[at++] ?? 0;
    const major = head >> 5;
    const n = length(head & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
        return bytes.subarray(at, (at += n));
      case 3:
        return text.decode(bytes.subarray(at, (at += n)));
      case 4: {
        const out: Cbor[] = [];
        if (n < 0) {
          while (bytes[at] !== 0xff) out.push(item());
          at++;
        } else for (let i = 0; i < n; i++) out.push(item());
        return out;
      }
      case 5: {
        const out: { [key: string]: Cbor } = {};
        for (let i = 0; n < 0 ? bytes[at] !== 0xff : i < n; i++) out[String(item())] = item();
        if (n < 0) at++;
        return out;
      }
      case 7:
        return (head & 31) === 20 ? false : (head & 31) === 21 ? true : null;
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
    }
  };
  const value = item();
  return { value, end: at };
}

/** A Pagefind file's content once decompressed, the signature checked and dropped. */
function unsigned(name: string, bytes: Uint8Array): Uint8Array {
  const head = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (head !== SIGNATURE) throw new Error(`${name}: not a Pagefind file (starts with "${head}")`);
  return bytes.subarray(SIGNATURE.length);
}

/** The CBOR of a Pagefind file (meta, index chunk), once decompressed. */
export function pagefindCbor(name: string, bytes: Uint8Array): Cbor {
  return decodeCbor(unsigned(name, bytes)).value;
}

/** The JSON of a Pagefind file (a fragment: one page, or pages keyed by hash), once decompressed. */
export function pagefindJson(name: string, bytes: Uint8Array): unknown {
  return JSON.parse(new TextDecoder().decode(unsigned(name, bytes)));
}

/** The hash of the only language in `pagefind-entry.json` (its meta file is `pagefind.<hash>.pf_meta`). */
export function entryLanguage(entry: { languages: Record<string, { hash: string }> }): string {
  const hashes = Object.values(entry.languages).map((l) => l.hash);
  const [language] = hashes;
  if (hashes.length !== 1 || !language)
    throw new Error(`pagefind-entry.json: expected one language, found ${hashes.join(', ') || 'none'}`);
  return language;
}

const list = (name: string, value: Cbor | undefined): Cbor[] => {
  if (!Array.isArray(value)) throw new Error(`${name}: expected an array`);
  return value;
};
const str = (name: string, value: Cbor | undefined): string => {
  if (typeof value !== 'string') throw new Error(`${name}: expected a string`);
  return value;
};
const int = (name: string, value: Cbor | undefined): number => {
  if (typeof value !== 'number') throw new Error(`${name}: expected a number`);
  return value;
};

/** One page of the index, in Pagefind's page order. */
export interface MetaPage {
  /** The page hash: Pagefind's result id and fragment file name. */
  readonly hash: string;
  /** Word positions on the page. */
  readonly words: number;
  /** The fragment file holding the page when it is not its own (large sites), else ''. */
  readonly group: string;
}

/** A chunk of the word index: the words from `from` to `to` (inclusive). */
export interface MetaChunk {
  readonly from: string;
  readonly to: string;
  readonly hash: string;
}

export interface Meta {
  readonly version: string;
  readonly pages: readonly MetaPage[];
  readonly chunks: readonly MetaChunk[];
}

/** Reads the meta file. */
export function readMeta(name: string, cbor: Cbor): Meta {
  const [version, pages, chunks] = list(name, cbor);
  return {
    version: str(`${name} version`, version),
    pages: list(`${name} pages`, pages).map((p, i) => {
      const [hash, words, group] = list(`${name} page ${i}`, p);
      return {
        hash: str(`${name} page ${i}`, hash),
        words: int(`${name} page ${i}`, words),
        group: typeof group === 'string' ? group : '',
      };
    }),
    chunks: list(`${name} chunks`, chunks).map((c, i) => {
      const [from, to, hash] = list(`${name} chunk ${i}`, c);
      return {
        from: str(`${name} chunk ${i}`, from),
        to: str(`${name} chunk ${i}`, to),
        hash: str(`${name} chunk ${i}`, hash),
      };
    }),
  };
}

/** Per page number, the sorted word positions of one word. */
export type WordPages = ReadonlyMap<number, readonly number[]>;

/** Reads an index chunk: each word with the pages that hold it and where. */
export function readChunk(name: string, cbor: Cbor): Map<string, WordPages> {
  const [words] = list(name, cbor);
  const out = new Map<string, WordPages>();
  for (const entry of list(`${name} words`, words)) {
    const [word, pages] = list(name, entry);
    const key = str(`${name} word`, word);
    const byPage = new Map<number, number[]>();
    let page = 0;
    for (const p of list(`${name} ${key}`, pages)) {
      const [gap, locations] = list(`${name} ${key}`, p);
      page += int(`${name} ${key} page`, gap);
      const at: number[] = [];
      let position = -1;
      for (const l of list(`${name} ${key} locations`, locations)) {
        const n = int(`${name} ${key} location`, l);
        if (n < 0) position = -1;
        else at.push((position = position < 0 ? n : position + n));
      }
      byPage.set(
        page,
        at.sort((a, b) => a - b),
      );
    }
    out.set(key, byPage);
  }
  return out;
}

/** Compares words as Pagefind orders them (by code point, as Rust orders UTF-8 bytes). */
export function compareWords(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d) return d;
  }
  return x.length - y.length;
}

/** The largest word starting with `word` (followed by the last code point). */
const past = (word: string) => `${word}\u{10ffff}`;

/**
 * The chunks that may hold `word` or, with `prefix`, any word starting with it. Chunks are in word
 * order and a chunk's `from` is the shortest start of its first word that sorts after every word of
 * the chunk before (tests/dist/search.test.ts checks both), so a chunk holds the words from its
 * `from` up to the next chunk's: an exact word is in one chunk only. (`to` may be a start of the
 * chunk's last word, 涵 for 涵盖, so it bounds nothing.)
 */
export function chunksFor(chunks: readonly MetaChunk[], word: string, prefix: boolean): MetaChunk[] {
  const last = prefix ? past(word) : word;
  return chunks.filter((c, i) => {
    const next = chunks[i + 1];
    return compareWords(c.from, last) <= 0 && (!next || compareWords(word, next.from) < 0);
  });
}

/** Where `word` (or, with `prefix`, every word it starts) stands, from the chunks that may hold it. */
export function lookup(chunks: readonly ReadonlyMap<string, WordPages>[], word: string, prefix: boolean): WordPages {
  const merged = new Map<number, number[]>();
  for (const chunk of chunks) {
    const hits = prefix ? [...chunk].filter(([w]) => w.startsWith(word)) : [[word, chunk.get(word)] as const];
    for (const [, pages] of hits) {
      for (const [page, at] of pages ?? []) merged.set(page, [...(merged.get(page) ?? []), ...at]);
    }
  }
  // Words a prefix starts may stand at one position (1+x and 1): each position once, in order.
  if (prefix)
    for (const [page, at] of merged)
      merged.set(
        page,
        [...new Set(at)].sort((a, b) => a - b),
      );
  return merged;
}
