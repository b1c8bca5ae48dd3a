import { makeUrl } from '../lib/urls.ts';

/** The part of an mdast node this plugin reads. */
interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

/**
 * Remark plugin: root-relative links in Markdown and MDX (`[…](/dimensions/faculty/)`) get the
 * site's base path, so content links keep working in a sub-path build. Content authors write links
 * as at the site root; the content check verifies that they point at pages that exist.
 */
export function remarkBaseLinks({ base }: { base: string }) {
  const url = makeUrl(base);
  const visit = (node: Node) => {
    if (
      (node.type === 'link' || node.type === 'definition') &&
      node.url?.startsWith('/') &&
      !node.url.startsWith('//')
    ) {
      node.url = url(node.url);
    }
    node.children?.forEach(visit);
  };
  return () => (tree: Node) => visit(tree);
}
