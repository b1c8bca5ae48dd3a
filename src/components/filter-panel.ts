/**
 * What the two controllers of a FilterPanel (case-browser.ts on /cases/, search/search-page.ts on
 * /search/) read from their page the same way: the printed strings the page hands over as JSON, and
 * the facet fieldsets with the values each one offers.
 */

/** A formatter over the strings in `element` (JSON): `say('key', { n: 3 })` fills `{n}`. */
export function pageStrings(element: Element | null | undefined) {
  const strings = JSON.parse(element?.textContent ?? '{}') as Record<string, string>;
  return (key: string, vars: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** The facet fieldsets below `root`, and the values each facet offers (by its data-facet key). */
export function facetFieldsets(root: ParentNode) {
  const fieldsets = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')];
  const allowed: Record<string, string[]> = Object.fromEntries(
    fieldsets.map((fs) => [fs.dataset['facet'] ?? '', [...fs.querySelectorAll('input')].map((i) => i.value)]),
  );
  return { fieldsets, allowed };
}
