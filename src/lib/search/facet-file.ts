/**
 * The search facet table (src/lib/search/indexer.ts writes it, the search engine reads it): per
 * indexed page, in page-number order (row n is page n of the meta file, so no page ids), its facet
 * values and where its title stands, so the search page filters, counts, sorts and ranks any result
 * set locally without downloading a page.
 *
 * A file of the index format (index-format.ts: gzip, the signature, kind T, the version), laid out
 * in columns so that nothing is decoded up front: the build id it was made with; the number of
 * pages; the facets (key, one value or several, the value ids); then one column per facet and two
 * for the title (first position, length), each a byte width and then that many bytes per page,
 * little-endian; last, the policy references (policy-ref.ts: each policy's names, number and row) as
 * one JSON string. A single-valued facet stores value index + 1 (0: none), a multi-valued one a bit
 * mask. Reading a page's row is a few byte reads, done only for the pages a query matched (at
 * 10,000 cases, decoding every row up front took 0.58 s of the first query).
 */
import type { FacetValues } from '../facets.ts';
import type { PageInfo } from './rank.ts';
import { ByteWriter, readHeader, writeHeader, type ByteReader } from './index-format.ts';
import type { PolicyRef } from './policy-ref.ts';

/** The facet table's file name in the index folder. */
export const FACETS_FILE = 'facets.bin';

/** A facet of the table: its key, whether a page may have several values, its value ids. */
export interface TableFacet {
  readonly key: string;
  readonly multi: boolean;
  readonly values: readonly string[];
}

/** What the table records of one page. */
export interface FacetRow {
  readonly values: FacetValues;
  readonly titleStart: number;
  readonly titleLength: number;
}

/** Values a bit mask holds at most (six bytes stay exact in a JavaScript number). */
const MAX_MULTI = 48;

const widthFor = (max: number) => {
  let width = 1;
  while (max >= 2 ** (8 * width)) width++;
  return width;
};

function writeColumn(out: ByteWriter, codes: readonly number[]): void {
  const width = widthFor(Math.max(0, ...codes));
  out.byte(width);
  for (let n of codes) {
    for (let b = 0; b < width; b++) {
      out.byte(n % 256);
      n = Math.floor(n / 256);
    }
  }
}

/** Encodes the table (before compression); throws on a value its facet does not list. */
export function encodeFacetTable(
  build: string,
  facets: readonly TableFacet[],
  rows: readonly FacetRow[],
  policies: readonly PolicyRef[] = [],
): Uint8Array {
  const out = writeHeader(new ByteWriter(), 'facets').string(build).varint(rows.length).varint(facets.length);
  for (const f of facets) {
    if (f.multi && f.values.length > MAX_MULTI)
      throw new Error(`facet "${f.key}": at most ${MAX_MULTI} values fit a mask`);
    out
      .string(f.key)
      .byte(f.multi ? 1 : 0)
      .varint(f.values.length);
    for (const v of f.values) out.string(v);
  }
  for (const f of facets) {
    writeColumn(
      out,
      rows.map((row) => {
        const indices = (row.values[f.key] ?? []).map((v) => {
          const i = f.values.indexOf(v);
          if (i < 0) throw new Error(`facet "${f.key}": unknown value "${v}"; expected one of ${f.values.join(', ')}`);
          return i;
        });
        if (f.multi) return [...new Set(indices)].reduce((mask, i) => mask + 2 ** i, 0);
        if (indices.length > 1) throw new Error(`facet "${f.key}" holds one value per page, got ${indices.length}`);
        return indices.length ? (indices[0] ?? 0) + 1 : 0;
      }),
    );
  }
  writeColumn(
    out,
    rows.map((r) => r.titleStart),
  );
  writeColumn(
    out,
    rows.map((r) => r.titleLength),
  );
  out.string(JSON.stringify(policies));
  return out.finish();
}

/** The table, read lazily: a page's row is decoded when asked for. */
export interface FacetTable {
  /** The build id of the index it was made with (the meta file's). */
  readonly build: string;
  readonly pages: number;
  readonly facets: readonly TableFacet[];
  /** The policies a query may name, at their pages' rows. */
  readonly policies: readonly PolicyRef[];
  /** Page `page`'s facet values. */
  values(page: number): FacetValues;
  /** The index of page `page`'s value in facet `key`'s list (undefined: none), for sorting. */
  rank(page: number, key: string): number | undefined;
  /** Where page `page`'s title stands, with its token count from the meta file. */
  info(page: number, words: number): PageInfo;
}

interface Column {
  readonly width: number;
  readonly at: number;
}

function readColumn(reader: ByteReader, pages: number, what: string): Column {
  const width = reader.byte();
  if (width < 1 || width > 6) reader.fail(`${what}: a column ${width} bytes wide`);
  const at = reader.at;
  reader.take(width * pages);
  return { width, at };
}

function parsePolicies(reader: ByteReader): PolicyRef[] {
  const text = reader.string();
  try {
    const refs = JSON.parse(text) as unknown;
    if (Array.isArray(refs)) return refs as PolicyRef[];
  } catch {
    // reported below
  }
  return reader.fail('the policy references are not a JSON list');
}

/** Reads the table (decompressed); only the header and the facets' value lists are decoded. */
export function readFacetTable(name: string, bytes: Uint8Array): FacetTable {
  const reader = readHeader(name, bytes, 'facets');
  const build = reader.string();
  const pages = reader.varint();
  const facets: TableFacet[] = Array.from({ length: reader.varint() }, () => {
    const key = reader.string();
    const multi = reader.byte() === 1;
    const values = Array.from({ length: reader.varint() }, () => reader.string());
    return { key, multi, values };
  });
  const columns = facets.map((f) => readColumn(reader, pages, `facet "${f.key}"`));
  const [titleStart, titleLength] = [
    readColumn(reader, pages, 'title start'),
    readColumn(reader, pages, 'title length'),
  ];
  const policies = parsePolicies(reader);
  if (!reader.done) reader.fail('bytes after the policy references');
  const cell = (column: Column, page: number) => {
    if (!Number.isInteger(page) || page < 0 || page >= pages) throw new Error(`${name}: no page ${page}`);
    let n = 0;
    for (let b = column.width - 1; b >= 0; b--) n = n * 256 + (bytes[column.at + page * column.width + b] ?? 0);
    return n;
  };
  const index = new Map(facets.map((f, k) => [f.key, k]));
  return {
    build,
    pages,
    facets,
    policies,
    values(page) {
      const out: Record<string, string[]> = {};
      facets.forEach((f, k) => {
        const code = cell(columns[k] as Column, page);
        out[f.key] = f.multi
          ? f.values.filter((_, i) => Math.floor(code / 2 ** i) % 2 === 1)
          : code && f.values[code - 1] !== undefined
            ? [f.values[code - 1] as string]
            : [];
      });
      return out;
    },
    rank(page, key) {
      const k = index.get(key);
      const f = k === undefined ? undefined : facets[k];
      if (k === undefined || !f || f.multi) return undefined;
      const code = cell(columns[k] as Column, page);
      return code ? code - 1 : undefined;
    },
    info(page, words) {
      return { titleStart: cell(titleStart, page), titleLength: cell(titleLength, page), words };
    },
  };
}
