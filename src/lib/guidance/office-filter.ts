/**
 * The state of the responsibility matrix's office filter: which office the URL asks for
 * (`?office=personnel`), and whether a row (its `data-offices`) involves that office. Pure, so the
 * browser element stays a few lines.
 */

/** The office in `search` when it is one of `known`; otherwise '' (all offices). */
export function readOffice(search: string, known: readonly string[]): string {
  const office = new URLSearchParams(search).get('office') ?? '';
  return known.includes(office) ? office : '';
}

/** `search` with the office set, or removed for '' (all), other parameters kept. */
export function writeOffice(search: string, office: string): string {
  const params = new URLSearchParams(search);
  if (office) params.set('office', office);
  else params.delete('office');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a row whose `data-offices` is `offices` (space-separated ids) shows under `office`. */
export function rowMatches(offices: string, office: string): boolean {
  return office === '' || offices.split(/\s+/).includes(office);
}
