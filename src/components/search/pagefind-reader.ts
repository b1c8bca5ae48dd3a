/**
 * Pagefind's index in the browser, read with src/lib/search/pagefind-format.ts: the entry file, the
 * meta file, and each index chunk and fragment when first needed (the browser keeps them for the
 * session; the service worker, for offline use). Files arrive gzip-compressed, as Pagefind writes
 * them, unless the host has decoded them already.
 */
import { url } from '../../lib/site.ts';
import { gunzipped as gunzip } from '../../lib/search/facet-file.ts';
import {
  chunksFor,
  entryLanguage,
  lookup,
  pagefindCbor,
  pagefindJson,
  readChunk,
  readMeta,
  type Meta,
  type WordPages,
} from '../../lib/search/pagefind-format.ts';

/** The part of a page's stored data the result cards use. */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface Reader {
  /** The language's meta file hash (the facet table names the one it was built with). */
  readonly language: string;
  readonly meta: Meta;
  /** Where a word stands, per page number; with `prefix`, every word it starts. */
  lookup(word: string, prefix: boolean): Promise<WordPages>;
  /** The stored data of page `page` (its number). */
  page(page: number): Promise<PageData>;
}

const folder = (path: string) => url(`/pagefind/${path}`);

async function fetchBytes(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(folder(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const cbor = async (path: string) => pagefindCbor(path, await gunzip(await fetchBytes(path)));

/** Opens the index: the entry file and the meta file of its only language. */
export async function openReader(): Promise<Reader> {
  // The entry file names the meta file; it is not hashed, so it is revalidated (a new build).
  const response = await fetch(folder('pagefind-entry.json'), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`pagefind-entry.json: ${response.status}`);
  const language = entryLanguage((await response.json()) as Parameters<typeof entryLanguage>[0]);
  const meta = readMeta('meta', await cbor(`pagefind.${language}.pf_meta`));

  const chunks = new Map<string, Promise<ReturnType<typeof readChunk>>>();
  const chunk = (hash: string) => {
    let loaded = chunks.get(hash);
    if (!loaded) {
      const path = `index/${hash}.pf_index`;
      loaded = cbor(path).then((c) => readChunk(path, c));
      loaded.catch(() => chunks.delete(hash));
      chunks.set(hash, loaded);
    }
    return loaded;
  };

  return {
    language,
    meta,
    async lookup(word, prefix) {
      const key = word.toLowerCase();
      return lookup(await Promise.all(chunksFor(meta.chunks, key, prefix).map((c) => chunk(c.hash))), key, prefix);
    },
    async page(number) {
      const info = meta.pages[number];
      if (!info) throw new Error(`no page ${number}`);
      const file = info.group || info.hash;
      const path = `fragment/${file}.pf_fragment`;
      const data = pagefindJson(path, await gunzip(await fetchBytes(path))) as PageData | Record<string, PageData>;
      const page = info.group ? (data as Record<string, PageData>)[info.hash] : (data as PageData);
      if (!page) throw new Error(`fragment ${file}: no page ${info.hash}`);
      return { ...page, url: url(page.url) };
    },
  };
}
