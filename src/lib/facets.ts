/**
 * Faceted filtering, shared by the case browser and the search page: which items a selection keeps,
 * how many each checkbox would keep, the selection in the URL, and the compact case index the case
 * browser downloads instead of the cases themselves.
 *
 * Semantics: values of one facet combine with OR (行业 = 新能源 or 新材料), facets combine with
 * AND (行业 … and 地区 …). A checkbox's count is the number of items the list would show if the
 * reader ticked it on top of what is selected in the other facets ("disjunctive" counts), so a count
 * never promises results that ticking would not deliver.
 */
import { AUDIENCES, CONTENT_TYPES, INDUSTRIES, MODELS, REGIONS, type EnumValue } from './enums.ts';

/** The facet values of one item: facet key → its values (a case has several dimensions). */
export type FacetValues = Readonly<Record<string, readonly string[]>>;
/** What the reader ticked: facet key → chosen values; an absent or empty list means "any". */
export type Selection = Readonly<Record<string, readonly string[]>>;
/** Per facet, per value: how many items ticking it would show. */
export type FacetCounts = Record<string, Map<string, number>>;

function selected(selection: Selection): [string, readonly string[]][] {
  return Object.entries(selection).filter(([, values]) => values.length > 0);
}

/** True when the item passes every facet with a selection, `except` one facet (for its counts). */
export function matchesSelection(values: FacetValues, selection: Selection, except?: string): boolean {
  return selected(selection).every(
    ([facet, chosen]) => facet === except || (values[facet] ?? []).some((v) => chosen.includes(v)),
  );
}

/** The items the selection keeps, in their order. */
export function filterBySelection<T>(
  items: readonly T[],
  valuesOf: (item: T) => FacetValues,
  selection: Selection,
): T[] {
  return items.filter((item) => matchesSelection(valuesOf(item), selection));
}

/**
 * Disjunctive counts for `facets`: for each value, the number of items that match the selection in
 * every other facet and have that value. One pass over the items.
 */
export function countFacets<T>(
  items: readonly T[],
  valuesOf: (item: T) => FacetValues,
  selection: Selection,
  facets: readonly string[],
): FacetCounts {
  const counts: FacetCounts = Object.fromEntries(facets.map((f) => [f, new Map<string, number>()]));
  const active = selected(selection);
  for (const item of items) {
    const values = valuesOf(item);
    const failing = active.filter(([facet, chosen]) => !(values[facet] ?? []).some((v) => chosen.includes(v)));
    if (failing.length > 1) continue;
    const only = failing[0]?.[0];
    for (const facet of only === undefined ? facets : facets.filter((f) => f === only)) {
      const map = counts[facet];
      if (!map) continue;
      for (const v of new Set(values[facet] ?? [])) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  return counts;
}

/** True when nothing is selected. */
export function isEmptySelection(selection: Selection): boolean {
  return selected(selection).length === 0;
}

/** The selection with one value ticked or unticked. */
export function toggleValue(selection: Selection, facet: string, value: string, on: boolean): Selection {
  const current = selection[facet] ?? [];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  return { ...selection, [facet]: next };
}

/**
 * Reads a selection from URL parameters (`?industry=new-energy&industry=new-materials`), keeping
 * only known values, once each, in the order of `allowed` — so a hand-edited or stale URL can
 * never select something that does not exist.
 */
export function readSelection(
  params: URLSearchParams,
  allowed: Readonly<Record<string, readonly string[]>>,
): Selection {
  return Object.fromEntries(
    Object.entries(allowed).map(([facet, values]) => {
      const asked = new Set(params.getAll(facet));
      return [facet, values.filter((v) => asked.has(v))];
    }),
  );
}

/** Writes a selection into `params` (replacing those facets), facets in the order given. */
export function writeSelection(params: URLSearchParams, selection: Selection, facets: readonly string[]): void {
  for (const facet of facets) {
    params.delete(facet);
    for (const value of selection[facet] ?? []) params.append(facet, value);
  }
}

/** A 1-based page number from `?page=`, or 1 when absent or not a positive integer. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get('page') ?? '';
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

// ---------------------------------------------------------------------------------------------
// The compact case index (/cases/facets.json)

/** One facet of the case index. */
export interface IndexFacet {
  readonly key: string;
  /** A case may have several values (dimensions), stored as a bit mask. */
  readonly multi: boolean;
  /** Value ids, in display order. */
  readonly values: readonly string[];
  /** What readers see for each value. */
  readonly labels: readonly string[];
}

/** A facet whose values are a closed list of enums.ts, with the list's labels. */
export function enumFacet(key: string, list: readonly EnumValue[], multi = false): IndexFacet {
  return { key, multi, values: list.map((v) => v.id), labels: list.map((v) => v.label) };
}

/**
 * The search facets whose values are closed lists, in the order the search page shows them; the
 * one list the page and the search index both read. `dimension` (shown after `type`) and `year`
 * take their values from the content at build time.
 */
// Marked pure so that browser code importing this module (the case browser) leaves it, and the
// enums it reads, out of its bundle.
export const SEARCH_FACETS: readonly IndexFacet[] = [
  /* @__PURE__ */ enumFacet('type', CONTENT_TYPES),
  /* @__PURE__ */ enumFacet('industry', INDUSTRIES),
  /* @__PURE__ */ enumFacet('region', REGIONS),
  /* @__PURE__ */ enumFacet('model', MODELS),
  /* @__PURE__ */ enumFacet('audience', AUDIENCES),
];

/** What /cases/facets.json holds: per case a few base-36 digits, nothing else. */
export interface CaseIndex {
  readonly version: 1;
  /** Cases per result page and per card shard (/cases/data/<n>.json). */
  readonly pageSize: number;
  readonly facets: readonly IndexFacet[];
  /** Digits per facet, in the order of `facets`. */
  readonly widths: readonly number[];
  /** The cases, newest first, each `sum(widths)` characters. */
  readonly codes: string;
}

/** A card shard row: id, title, summary. */
export type CardRow = readonly [id: string, title: string, summary: string];

/** A facet's code for an item: a bit mask, or the value's index (`values.length` when it has none). */
function codeOf(facet: IndexFacet, values: readonly string[]): number {
  const indices = values.map((v) => {
    const i = facet.values.indexOf(v);
    if (i < 0)
      throw new Error(`facet "${facet.key}": unknown value "${v}"; expected one of ${facet.values.join(', ')}`);
    return i;
  });
  if (facet.multi) return indices.reduce((mask, i) => mask | (1 << i), 0);
  if (indices.length > 1) throw new Error(`facet "${facet.key}" holds one value per item, got ${indices.length}`);
  return indices[0] ?? facet.values.length;
}

/** Digits needed for the largest code a facet can hold. */
function widthOf(facet: IndexFacet): number {
  if (facet.multi && facet.values.length > 30) throw new Error(`facet "${facet.key}": at most 30 values fit a mask`);
  const max = facet.multi ? 2 ** facet.values.length - 1 : facet.values.length;
  return Math.max(1, max.toString(36).length);
}

/** Encodes items' facet values (cases in listing order; pages of the search index) compactly. */
export function encodeCaseIndex(
  items: readonly FacetValues[],
  facets: readonly IndexFacet[],
  pageSize: number,
): CaseIndex {
  const widths = facets.map(widthOf);
  const codes = items
    .map((item) =>
      facets
        .map((f, k) =>
          codeOf(f, item[f.key] ?? [])
            .toString(36)
            .padStart(widths[k] ?? 1, '0'),
        )
        .join(''),
    )
    .join('');
  return { version: 1, pageSize, facets, widths, codes };
}

/** Decodes the compact index back into facet values, one entry per case in listing order. */
export function decodeCaseIndex(index: CaseIndex): FacetValues[] {
  const stride = index.widths.reduce((a, b) => a + b, 0);
  if (stride === 0 || index.codes.length % stride !== 0) throw new Error('case index: codes do not fit the widths');
  const out: FacetValues[] = [];
  for (let at = 0; at < index.codes.length; at += stride) {
    const item: Record<string, string[]> = {};
    let offset = at;
    index.facets.forEach((facet, k) => {
      const width = index.widths[k] ?? 1;
      const code = parseInt(index.codes.slice(offset, offset + width), 36);
      offset += width;
      const single = facet.values[code];
      item[facet.key] = facet.multi
        ? facet.values.filter((_, i) => code & (1 << i))
        : single === undefined
          ? []
          : [single];
    });
    out.push(item);
  }
  return out;
}
