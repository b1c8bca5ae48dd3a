/**
 * A remark plugin: every ```mermaid fence in an MDX file becomes the same `Diagram` component the
 * pages use for generated diagrams. The caption comes from the fence meta (```mermaid title="…"),
 * the source is passed on as written (root-relative `click` links get the base path in the drawing,
 * so the cached drawing does not depend on it), and a list written right after the fence becomes
 * the figure's text alternative (otherwise `Diagram` derives one from the flowchart). A fence
 * without a caption, or one whose text alternative cannot be derived and is not given, stops the
 * build with the file and line named.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { fenceCaption, outlineFromFlowchart } from '../lib/diagrams/fence.ts';

/** The few mdast shapes this plugin touches. */
interface Node {
  type: string;
  children?: Node[] | undefined;
  lang?: string | null | undefined;
  meta?: string | null | undefined;
  value?: string | undefined;
  position?: { start: { line: number } } | undefined;
  /** Set on the nodes this plugin creates (MDX ESM and JSX). */
  name?: string | undefined;
  attributes?: unknown[] | undefined;
  data?: unknown;
}

interface File {
  path?: string | undefined;
}

/** The local name the injected import binds; a capital letter makes MDX treat it as a component. */
const COMPONENT = 'MermaidDiagram__';
const COMPONENT_PATH = fileURLToPath(new URL('../components/Diagram.astro', import.meta.url));

/** `import MermaidDiagram__ from ".../Diagram.astro"` as an MDX ESM node. */
function importNode(): Node {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            attributes: [],
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: COMPONENT } }],
            source: { type: 'Literal', value: COMPONENT_PATH, raw: JSON.stringify(COMPONENT_PATH) },
          },
        ],
      },
    },
  };
}

function diagramNode(caption: string, source: string, alternative: Node[]): Node {
  return {
    type: 'mdxJsxFlowElement',
    name: COMPONENT,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'caption', value: caption },
      { type: 'mdxJsxAttribute', name: 'source', value: source },
    ],
    children: alternative,
  };
}

export function remarkMermaid() {
  return function attacher() {
    return function transformer(tree: Node, file: File) {
      let used = false;
      visit(tree as Parent, 'code', (found, index, parent) => {
        const node = found as Node;
        if (node.lang !== 'mermaid' || !parent || index === undefined) return;
        const siblings = parent.children as Node[];
        const where = `${file.path ? relative(process.cwd(), file.path) : '(unknown file)'}:${node.position?.start.line ?? '?'}`;
        if (file.path && !file.path.endsWith('.mdx')) {
          throw new Error(`${where}: mermaid diagrams are supported in .mdx files only`);
        }
        const caption = fenceCaption(node.meta);
        if (!caption) throw new Error(`${where}: a mermaid fence needs a caption: \`\`\`mermaid title="…"`);
        const source = node.value ?? '';
        const next = siblings[index + 1];
        const alternative = next?.type === 'list' ? siblings.splice(index + 1, 1) : [];
        if (!alternative.length && !outlineFromFlowchart(source)) {
          throw new Error(
            `${where}: no text alternative can be derived from this diagram; follow the fence with a list that says the same`,
          );
        }
        siblings[index] = diagramNode(caption, source, alternative);
        used = true;
        // The diagram node holds the list as its text alternative: nothing inside it to visit.
        return [SKIP, index + 1];
      });
      if (used) tree.children?.unshift(importNode());
    };
  };
}
