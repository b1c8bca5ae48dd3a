/**
 * The search facet table (src/integrations/pagefind.ts writes it, the search engine reads it): every
 * indexed page's facet values and title position. It is shipped gzip-compressed under a name no host
 * takes for an encoding (a `.gz` file is sent by some with `Content-Encoding: gzip`), as Pagefind
 * ships its own files, so that it travels compressed everywhere, and the browser decompresses it
 * natively.
 */
export const FACETS_FILE = 'facets.pf_facets';

/** Whether bytes are gzip: a host that adds `Content-Encoding: gzip` for .gz has decoded them already. */
export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Bytes fetched, gzip-decompressed (unless the host has decoded them already). */
export async function gunzipped(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The table's JSON text from the bytes fetched. */
export async function facetText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return new TextDecoder().decode(await gunzipped(bytes));
}
