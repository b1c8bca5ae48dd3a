/**
 * The text of a template clause: plain words with blanks to fill, written `{{甲方名称}}`. One parser
 * serves the page, the .docx builder, the content check and the tests, so a blank looks the same
 * everywhere and a malformed one is caught before the build.
 */
import type { UiKey } from '../../i18n/zh-CN.ts';

/** A run of a clause: words as written, or a blank the reader fills in. */
export type ClauseSegment = { kind: 'text'; text: string } | { kind: 'blank'; name: string };

/** Where a clause comes from (the shape of the `templates` schema, references reduced to ids). */
export type ClauseSource =
  | { kind: 'paper'; section: string; quote?: string | undefined }
  | { kind: 'law'; document: { id: string }; article: string }
  | { kind: 'policy'; document: { id: string }; article?: string | undefined }
  | { kind: 'extension' };

/** A template as the page and the .docx builder need it. */
export interface TemplateInput {
  id: string;
  title: string;
  summary: string;
  purpose: string;
  parties: readonly string[];
  sections: readonly { title: string; clauses: readonly { text: string; source: ClauseSource }[] }[];
}

const BLANK = /\{\{([^{}]*)\}\}/g;

/**
 * Why a clause's text is malformed, or `undefined` when it is sound: every `{{` closes, no brace is
 * left over, and a blank has a name (what to write there).
 */
export function clauseProblem(text: string): string | undefined {
  for (const [, name = ''] of text.matchAll(BLANK)) {
    if (!name.trim()) return '空白 {{}} 需要写明要填的内容，例如 {{甲方名称}}';
  }
  const rest = text.replace(BLANK, '');
  if (/[{}]/.test(rest)) return '花括号不成对：空白应写成 {{要填的内容}}';
  return undefined;
}

/** Splits a clause into words and blanks. Throws on a malformed clause, naming the problem. */
export function parseClause(text: string): ClauseSegment[] {
  const problem = clauseProblem(text);
  if (problem) throw new Error(`parseClause(): ${problem}: "${text}"`);
  const segments: ClauseSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(BLANK)) {
    const at = match.index;
    if (at > last) segments.push({ kind: 'text', text: text.slice(last, at) });
    segments.push({ kind: 'blank', name: (match[1] ?? '').trim() });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The names of a clause's blanks, in order. */
export function blankNames(text: string): string[] {
  return parseClause(text).flatMap((s) => (s.kind === 'blank' ? [s.name] : []));
}

/**
 * The clause as a reader sees it with its blanks shown by name and whitespace removed: what the
 * page and the .docx must both contain. Used by the tests that compare them.
 */
export function clauseReadingText(text: string): string {
  return parseClause(text)
    .map((s) => (s.kind === 'text' ? s.text : s.name))
    .join('')
    .replace(/[\s\u3000]+/g, '');
}

/** Numbers clauses through the whole template (1, 2, 3 … across sections), as Word numbers them. */
export function clauseNumbers(template: Pick<TemplateInput, 'sections'>): number[] {
  let n = 0;
  return template.sections.map((section) => {
    const first = n + 1;
    n += section.clauses.length;
    return first;
  });
}

/** The four kinds of source, in the order the legend lists them. */
export const SOURCE_KINDS = ['paper', 'law', 'policy', 'extension'] as const;

/** The dictionary keys that name each kind of source and explain it in the legend. */
export const SOURCE_KIND_KEYS = {
  paper: { label: 'tpl.kind.paper', note: 'tpl.kindNote.paper' },
  law: { label: 'tpl.kind.law', note: 'tpl.kindNote.law' },
  policy: { label: 'tpl.kind.policy', note: 'tpl.kindNote.policy' },
  extension: { label: 'tpl.kind.extension', note: 'tpl.kindNote.extension' },
} as const satisfies Record<ClauseSource['kind'], { label: UiKey; note: UiKey }>;

/** Words used to describe a source; the page and the builder pass the dictionary's strings. */
export interface SourceWords {
  /** The short marker of each kind (论文, 法律, 政策, 本站扩展). */
  kind: Record<ClauseSource['kind'], string>;
  /** The paper's title. */
  paper: string;
  /** A document's title from its id (a `policies` entry). */
  documentTitle: (id: string) => string;
  /** The status note of a document not in force (`（未核实）`), or '' (issue 27); none when absent. */
  documentStatus?: (id: string) => string;
}

/**
 * The full, readable source of a clause: `论文《…》三、2. 加强合作关系`, `《职业教育法》第三十条`,
 * `本站扩展`. Text, so the source never depends on colour.
 */
export function sourceLabel(source: ClauseSource, words: SourceWords): string {
  switch (source.kind) {
    case 'paper':
      // The paper's own words follow its section, so the reader sees exactly what the clause rests on.
      return `${words.kind.paper}《${words.paper.replace(/^《|》$/g, '')}》${source.section}${source.quote ? `：“${source.quote}”` : ''}`;
    case 'law':
      return `${words.kind.law}《${words.documentTitle(source.document.id)}》${source.article}${words.documentStatus?.(source.document.id) ?? ''}`;
    case 'policy':
      return `${words.kind.policy}《${words.documentTitle(source.document.id)}》${source.article ?? ''}${words.documentStatus?.(source.document.id) ?? ''}`;
    case 'extension':
      return words.kind.extension;
  }
}

/** How many clauses come from each kind of source (shown under the legend). */
export function sourceCounts(template: Pick<TemplateInput, 'sections'>): Record<ClauseSource['kind'], number> {
  const counts = { paper: 0, law: 0, policy: 0, extension: 0 };
  for (const section of template.sections) for (const clause of section.clauses) counts[clause.source.kind] += 1;
  return counts;
}
