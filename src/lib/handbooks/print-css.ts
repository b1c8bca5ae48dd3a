/**
 * The print stylesheet of the handbooks: A4 pages, the page number below and the running head
 * above every page but the first (the cover), and a named page for illustrative cases whose head
 * says they are illustrative. Generated, because a running head is visible text and comes from the
 * dictionary, and because the style policy allows no inline style. Chromium draws `@page` margin
 * boxes from version 131.
 */

/** A CSS string literal of `text` (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

export interface PrintCssOptions {
  /** Handbook id → its running head (`院校工作手册 · 产业学院协同育人知识库`). */
  heads: Readonly<Record<string, string>>;
  /** The running head of a page of an illustrative case. */
  illustrativeHead: string;
}

const BARE = '  @top-center { content: none; }\n  @bottom-center { content: none; }\n';

/** The stylesheet: one named page per handbook (the whole body of its page, site footer included), plus `illustrative`. */
export function printCss({ heads, illustrativeHead }: PrintCssOptions): string {
  const margin = (head: string) => `  @top-center { content: ${cssString(head)}; font-size: 9pt; color: #333; }\n`;
  const pages = Object.entries(heads).map(
    ([id, head]) =>
      `@page handbook-${id} {\n${margin(head)}}\n@page handbook-${id}:first {\n${BARE}}\n` +
      `body:has(.handbook[data-handbook=${cssString(id)}]) { page: handbook-${id}; }\n`,
  );
  return [
    `@page {\n  size: A4;\n  margin: 22mm 20mm 20mm;\n  @bottom-center { content: counter(page); font-size: 9pt; }\n}\n`,
    ...pages,
    `@page illustrative {\n${margin(illustrativeHead)}}\n`,
    // The cover has no running head and no number (a named page's :first outranks a bare :first).
    `@page :first {\n${BARE}}\n`,
  ].join('');
}
