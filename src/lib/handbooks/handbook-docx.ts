/**
 * Builds a handbook's Word document with the `docx` package: a cover (title, lead, edition date,
 * review status), a table-of-contents field, numbered sections as real heading styles (so Word and
 * WPS build a navigation pane), tables as tables, A4 pages with the running head above and the page
 * number below, 仿宋 for the body and 黑体 for headings, each named with a fallback. Pure: the same
 * model gives the same document; `src/pages/handbooks/[id].docx.ts` packs it at build time.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { A4_PAGE, headingStyle } from '../templates/template-docx.ts';
import type { Block, Inline } from './blocks.ts';

/**
 * Fonts by name: 仿宋 for the body and 黑体 for headings, the pair Chinese offices print with. Word
 * and WPS resolve the Chinese names; the `ascii`/`hAnsi` slots name the fonts Windows ships under
 * their Latin names (FangSong, SimHei), and the run's East Asian language (zh-CN) makes an office
 * suite without either fall back to its own CJK font rather than boxes.
 */
export const HANDBOOK_BODY_FONT = {
  ascii: 'FangSong',
  hAnsi: 'FangSong',
  eastAsia: '仿宋',
  cs: 'FangSong',
  hint: 'eastAsia',
};
export const HANDBOOK_HEADING_FONT = {
  ascii: 'SimHei',
  hAnsi: 'SimHei',
  eastAsia: '黑体',
  cs: 'SimHei',
  hint: 'eastAsia',
};
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };

/** A numbered section of the handbook. */
export interface HandbookSectionModel {
  number: number;
  title: string;
  blocks: Block[];
}

/** Everything the document says. */
export interface HandbookModel {
  title: string;
  lead: string;
  /** A note printed on the cover under the lead (what the handbook leaves out and where it is). */
  notice?: Inline[];
  /** Cover lines, label and value (版本日期, 复核状态, 出自 …). */
  cover: { label: string; value: string }[];
  /** The heading of the table of contents. */
  contentsTitle: string;
  /** The running head printed above every page after the cover. */
  runningHead: string;
  sections: HandbookSectionModel[];
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** The text of a numbered section's heading, as the HTML handbook writes it. */
export const sectionHeading = (s: { number: number; title: string }) => `${s.number} ${s.title}`;

const runs = (inlines: readonly Inline[], extra: { color?: string } = {}) =>
  inlines.map((r) => new TextRun({ text: r.text, bold: r.bold ?? false, italics: r.italic ?? false, ...extra }));

const cell = (text: string, header: boolean) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 18 })] })],
  });

function blockChildren(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], text: block.text })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.runs, block.muted ? { color: '555555' } : {}) })];
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            ...(block.ordered ? {} : { bullet: { level: 0 } }),
            children: block.ordered ? [new TextRun({ text: `${i + 1}. ` }), ...runs(item)] : runs(item),
          }),
      );
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((c) => cell(c, false)) })),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
  }
}

/** The Word document of a handbook. */
export function buildHandbookDocx(model: HandbookModel): Document {
  const cover = [
    new Paragraph({
      spacing: { before: 2400 },
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      text: model.title,
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480 }, text: model.lead }),
    ...(model.notice ? [new Paragraph({ spacing: { after: 480 }, children: runs(model.notice) })] : []),
    ...model.cover.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: `${line.label}：`, bold: true }), new TextRun({ text: line.value })],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: model.contentsTitle, bold: true, size: 32 })],
    }),
    new TableOfContents(model.contentsTitle, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  const body = model.sections.flatMap((section) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: sectionHeading(section) }),
    ...section.blocks.flatMap(blockChildren),
  ]);

  return new Document({
    title: model.title,
    description: model.lead,
    creator: model.cover.at(-1)?.value ?? model.title,
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: HANDBOOK_BODY_FONT, size: 24, language: LANGUAGE },
          paragraph: { spacing: { line: 360, after: 120 } },
        },
        title: { run: { font: HANDBOOK_HEADING_FONT, size: 48, bold: true, color: '000000' } },
        heading1: headingStyle(HANDBOOK_HEADING_FONT, 32, 240, 240),
        heading2: headingStyle(HANDBOOK_HEADING_FONT, 28, 240, 120),
        heading3: headingStyle(HANDBOOK_HEADING_FONT, 24, 200, 80),
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: A4_PAGE,
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: model.runningHead, size: 18 })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({ text: '' })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph({ text: '' })] }),
        },
        children: [...cover, ...body],
      },
    ],
  });
}
