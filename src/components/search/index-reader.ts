/**
 * The search index in the browser, read with src/lib/search/index-format.ts: the meta file when
 * opened, then each shard and fragment when first needed (the browser keeps them for the session;
 * the service worker, for offline use). A shard's key directory is read once; of its postings,
 * only the keys looked up are decoded. Files arrive gzip-compressed and are decompressed natively,
 * unless the host has decoded them already.
 */
import { url } from '../../lib/site.ts';
import {
  gunzipped,
  lookupIn,
  readFragment,
  readMeta,
  readShard,
  shardsFor,
  type Meta,
  type PageData,
  type Shard,
  type WordPages,
} from '../../lib/search/index-format.ts';

export type { PageData };

export interface Reader {
  /** The build id of the index (the facet table names the one it was built with). */
  readonly build: string;
  readonly meta: Meta;
  /** Where a key stands, per page number; with `prefix`, every key it starts. */
  lookup(word: string, prefix: boolean): Promise<WordPages>;
  /** The stored data of page `page` (its number). */
  page(page: number): Promise<PageData>;
}

/** The index folder's files (`search-index/…`, below the site's base). */
export const indexUrl = (path: string) => url(`/search-index/${path}`);

async function fetchFile(path: string, init?: RequestInit): Promise<Uint8Array> {
  const response = await fetch(indexUrl(path), init);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return gunzipped(new Uint8Array(await response.arrayBuffer()));
}

/** Opens the index: its meta file (not hashed, so revalidated: a new build). */
export async function openReader(): Promise<Reader> {
  const meta = readMeta('meta.bin', await fetchFile('meta.bin', { cache: 'no-cache' }));

  const shards = new Map<string, Promise<Shard>>();
  const shard = (file: string) => {
    let loaded = shards.get(file);
    if (!loaded) {
      const path = `shard/${file}.bin`;
      loaded = fetchFile(path).then((bytes) => readShard(path, bytes));
      loaded.catch(() => shards.delete(file));
      shards.set(file, loaded);
    }
    return loaded;
  };

  return {
    build: meta.build,
    meta,
    async lookup(word, prefix) {
      const key = word.toLowerCase();
      return lookupIn(await Promise.all(shardsFor(meta.shards, key, prefix).map((s) => shard(s.file))), key, prefix);
    },
    async page(number) {
      const info = meta.pages[number];
      if (!info) throw new Error(`no page ${number}`);
      const path = `fragment/${info.fragment}.bin`;
      const { url: page, content, meta: data } = readFragment(path, await fetchFile(path));
      return { url: url(page), content, meta: data };
    },
  };
}
