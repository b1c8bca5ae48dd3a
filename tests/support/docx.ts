/**
 * Reads a .docx the way a word processor starts to: unzip it, parse its XML parts, and read the
 * text of each paragraph. Shared by the builder's unit test and the check over `dist/`.
 */
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';

const parser = new new Window().DOMParser();

/** The parts of the package, by path; throws when the bytes are not a zip archive. */
export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** Parses one XML part; throws with the part's name when it is not well-formed. */
export function parseXml(xml: string, name: string): Document {
  const doc = parser.parseFromString(xml, 'application/xml') as unknown as Document;
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error || !doc.documentElement) throw new Error(`${name} is not well-formed XML: ${error?.textContent ?? ''}`);
  return doc;
}

/** One paragraph of the body: its text, its numbering (if any) and its underlined runs. */
export interface DocxParagraph {
  text: string;
  /** The numbering instance (`w:numId`) of a numbered or bulleted paragraph. */
  numId: string | undefined;
  underlined: string[];
}

/** The paragraphs of `word/document.xml`, in order. */
export function docxParagraphs(doc: Document): DocxParagraph[] {
  return [...doc.getElementsByTagName('w:p')].map((p) => {
    const runs = [...p.getElementsByTagName('w:r')];
    const text = (r: Element) => [...r.getElementsByTagName('w:t')].map((t) => t.textContent).join('');
    return {
      text: runs.map(text).join(''),
      numId: p.getElementsByTagName('w:numId')[0]?.getAttribute('w:val') ?? undefined,
      underlined: runs.filter((r) => r.getElementsByTagName('w:u').length > 0).map(text),
    };
  });
}

/** Text compared without whitespace (ideographic spaces included), as clauseReadingText() gives it. */
export const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '');

/** The numbering instances of `word/numbering.xml` whose first level counts 1, 2, 3 (not bullets). */
export function decimalNumIds(numbering: Document): Set<string> {
  const decimal = new Set(
    [...numbering.getElementsByTagName('w:abstractNum')]
      .filter((a) => a.getElementsByTagName('w:numFmt')[0]?.getAttribute('w:val') === 'decimal')
      .map((a) => a.getAttribute('w:abstractNumId')),
  );
  return new Set(
    [...numbering.getElementsByTagName('w:num')]
      .filter((n) => decimal.has(n.getElementsByTagName('w:abstractNumId')[0]?.getAttribute('w:val') ?? null))
      .map((n) => n.getAttribute('w:numId') ?? ''),
  );
}

/** The paragraphs Word numbers 1, 2, 3 …: the clauses of a template. */
export function numberedClauses(parts: Map<string, string>): DocxParagraph[] {
  const decimal = decimalNumIds(parseXml(parts.get('word/numbering.xml') ?? '', 'word/numbering.xml'));
  const body = parseXml(parts.get('word/document.xml') ?? '', 'word/document.xml');
  return docxParagraphs(body).filter((p) => p.numId !== undefined && decimal.has(p.numId));
}
