/**
 * JSON-LD objects for search engines, built from plain data. The layout serialises them.
 */

/** One step of the breadcrumb trail; `href` is absolute. */
export interface Crumb {
  label: string;
  href: string;
}

/** schema.org BreadcrumbList for a trail of absolute URLs. */
export function breadcrumbList(crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href,
    })),
  };
}

/** schema.org Article for a guide or a case. */
export function article(input: {
  headline: string;
  description: string;
  url: string;
  dateModified?: string | undefined;
  inLanguage?: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage ?? 'zh-CN',
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">`. `<` is escaped so no string in
 * the data can close the script element.
 */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
