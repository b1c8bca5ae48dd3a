import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { makeUrl } from '../lib/urls.ts';

/**
 * Remark plugin: root-relative links in Markdown and MDX (`[…](/dimensions/faculty/)`) get the
 * site's base path, so content links keep working in a sub-path build. Content authors write links
 * as at the site root; the content check verifies that they point at pages that exist.
 */
export function remarkBaseLinks({ base }: { base: string }) {
  const url = makeUrl(base);
  return () => (tree: Parameters<typeof visit>[0]) => {
    visit(tree, ['link', 'definition'], (found) => {
      const node = found as Link | Definition;
      if (node.url.startsWith('/') && !node.url.startsWith('//')) node.url = url(node.url);
    });
  };
}
