/**
 * The arithmetic of the enterprise worksheet: totals are products of what the enterprise enters,
 * and the surcharge offset is a share of a qualifying investment capped by what is due that year
 * (the rest carries forward), as 财税〔2019〕46号 states it in `shared/source/policies.md`. Pure,
 * and small: the browser bundle of the worksheet imports it.
 */

/** A computed figure, as the worksheet's markup describes it. */
export type WorksheetTotal =
  | { op: 'product'; of: readonly string[] }
  | { op: 'offset-now' | 'offset-carry'; of: string; share: number; cap: string };

/**
 * Reads one input's text as a number the worksheet accepts: finite and not negative; a blank or
 * anything else gives `undefined` (the total then waits for it rather than printing a wrong 0).
 */
export function readAmount(text: string): number | undefined {
  const trimmed = text.trim().replace(/[,，\s]/g, '');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The value of a total, or `undefined` while an input it needs is missing. */
export function computeTotal(
  total: WorksheetTotal,
  values: ReadonlyMap<string, number | undefined>,
): number | undefined {
  if (total.op === 'product') {
    let product = 1;
    for (const id of total.of) {
      const value = values.get(id);
      if (value === undefined) return undefined;
      product *= value;
    }
    return product;
  }
  const base = values.get(total.of);
  const cap = values.get(total.cap);
  if (base === undefined || cap === undefined) return undefined;
  const share = base * total.share;
  return total.op === 'offset-now' ? Math.min(share, cap) : Math.max(0, share - cap);
}

/** A figure for reading: at most two decimals, digits grouped (12,345.5). */
export function formatAmount(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
