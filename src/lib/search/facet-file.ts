/**
 * The search facet table (src/integrations/pagefind.ts writes it, the search engine reads it): every
 * indexed page's id, facet values and title position. It is shipped gzip-compressed, as Pagefind
 * ships its own index files, so that a host that does not compress JSON does not send it whole
 * (10,000 cases: 253 KB as JSON, 102 KB compressed). The browser decompresses it natively.
 */
export const FACETS_FILE = 'facets.json.gz';

/** Whether bytes are gzip: a host that adds `Content-Encoding: gzip` for .gz has decoded them already. */
export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The table's JSON text from the bytes fetched. */
export async function facetText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  if (!isGzip(bytes)) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}
