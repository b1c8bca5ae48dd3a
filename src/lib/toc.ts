/**
 * Builds the on-page table of contents from headings: h2 entries with their h3 children.
 */

/** A heading as Astro's `render()` reports it, or as a page declares its own sections. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/**
 * Nests h3 under the preceding h2. Other depths are left out; an h3 before any h2 becomes a
 * top-level item so nothing is lost.
 */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) items.push({ slug, text, children: [] });
    else if (depth === 3) {
      const parent = items.at(-1);
      if (parent) parent.children.push({ slug, text });
      else items.push({ slug, text, children: [] });
    }
  }
  return items;
}
