/**
 * Places a page section, rendered by the site's own components, inside a whole-guide handbook:
 * every id (and every reference to one: `#` links, `aria-labelledby`, `for`) gets the section's
 * prefix, so ten dimensions' "steps" sections can share one page without a duplicate id, and
 * headings move down a level, so a section's `h2` becomes an `h3` under the handbook's numbered
 * `h2`. The markup is Astro's own output (attributes always double-quoted), so a pattern over
 * attributes is enough; nothing here reads text content.
 */

const ID_LIST_ATTRS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers'];

/**
 * `html` with its ids prefixed by `${prefix}-` and its headings `shift` levels lower (at most h6).
 * With `context` (the id of the handbook section's heading), every `aria-labelledby` names that
 * heading first, so the ten "steps" regions of a handbook are told apart by their dimension.
 */
export function scopeFragment(html: string, prefix: string, shift = 1, context?: string): string {
  const scoped = (id: string) => `${prefix}-${id}`;
  return html
    .replace(
      /(\s)(id|for)="([^"]+)"/g,
      (_, space: string, name: string, id: string) => `${space}${name}="${scoped(id)}"`,
    )
    .replace(
      new RegExp(`(\\s)(${ID_LIST_ATTRS.join('|')})="([^"]+)"`, 'g'),
      (_, space: string, name: string, ids: string) => {
        const list = ids.split(/\s+/).filter(Boolean).map(scoped);
        if (name === 'aria-labelledby' && context) list.unshift(context);
        return `${space}${name}="${list.join(' ')}"`;
      },
    )
    .replace(/(\shref=")#([^"]+)"/g, (_, start: string, id: string) => `${start}#${scoped(id)}"`)
    .replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, close: string, level: string) => {
      return `<${close}h${Math.min(6, Number(level) + shift)}`;
    });
}
