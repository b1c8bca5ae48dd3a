/**
 * Builds the Word document of a template (a clause checklist) with the `docx` package: headings,
 * clauses numbered by Word itself, blanks as underlined runs, the source of every clause, the
 * not-legal-advice notice, A4 pages and a CJK font that Word and WPS both resolve. Pure: the same
 * template gives the same document; `src/pages/templates/[id].docx.ts` packs it at build time.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import { t } from '../../i18n/index.ts';
import {
  SOURCE_KINDS,
  SOURCE_KIND_KEYS,
  parseClause,
  sourceLabel,
  type ClauseSource,
  type SourceWords,
  type TemplateInput,
} from './template-text.ts';

/** The numbering definition every clause uses, so Word numbers 1, 2, 3 … through the document. */
export const CLAUSE_NUMBERING = 'template-clauses';

/**
 * Fonts: SimSun (宋体) for body text and SimHei (黑体) for headings, the fonts Chinese offices expect.
 * Where they are missing, the run's East Asian language (zh-CN) makes Word, WPS and LibreOffice pick
 * their own CJK font instead of drawing boxes.
 */
export const BODY_FONT = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: 'SimSun', cs: 'SimSun', hint: 'eastAsia' };
export const HEADING_FONT = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: 'SimHei', cs: 'SimHei', hint: 'eastAsia' };
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };

/** A4 in twentieths of a point, with the margins of Chinese official paper (2.54 cm, 3.18 cm). */
export const A4 = { width: 11906, height: 16838, marginTopBottom: 1440, marginSides: 1800 };

/** The page setup of every Word file the site writes (templates, handbooks, review plans): A4. */
export const A4_PAGE = {
  size: { width: A4.width, height: A4.height },
  margin: { top: A4.marginTopBottom, bottom: A4.marginTopBottom, left: A4.marginSides, right: A4.marginSides },
};

/**
 * A heading style in black, bold, in `font` at `size` half-points, with space before and after
 * (twentieths of a point): one shape for every heading level of every Word file the site writes.
 */
export const headingStyle = (font: typeof HEADING_FONT, size: number, before: number, after: number) => ({
  run: { font, size, bold: true, color: '000000' },
  paragraph: { spacing: { before, after } },
});

/** What the builder needs besides the template: how to name sources and the dimensions served. */
export interface DocxOptions {
  words: SourceWords;
  /** Names of the dimensions the template serves, in order. */
  dimensionNames: readonly string[];
}

/** The runs of one clause: words as written, blanks as underlined runs that leave room to write. */
export function clauseRuns(text: string): TextRun[] {
  return parseClause(text).map((segment) =>
    segment.kind === 'text'
      ? new TextRun({ text: segment.text })
      : new TextRun({
          // Ideographic spaces keep the line long enough to write on after the name is read.
          text: `\u3000${segment.name}\u3000\u3000`,
          underline: { type: 'single' },
          color: '555555',
        }),
  );
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun({ text: value })],
  });
}

function sourceRun(source: ClauseSource, words: SourceWords, extra: IRunOptions = {}): TextRun {
  return new TextRun({
    text: `［${t('tpl.sourcePrefix')}${sourceLabel(source, words)}］`,
    size: 18,
    color: '555555',
    ...extra,
  });
}

/** The Word document of `template`. */
export function buildTemplateDocx(template: TemplateInput, options: DocxOptions): Document {
  const { words } = options;
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: template.title }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, text: t('tpl.kicker') }),
    new Paragraph({
      spacing: { after: 240 },
      border: {
        top: { style: BorderStyle.SINGLE, size: 6, color: '333333', space: 4 },
        bottom: { style: BorderStyle.SINGLE, size: 6, color: '333333', space: 4 },
        left: { style: BorderStyle.SINGLE, size: 6, color: '333333', space: 4 },
        right: { style: BorderStyle.SINGLE, size: 6, color: '333333', space: 4 },
      },
      children: [
        new TextRun({ text: `${t('tpl.noticeLabel')}：`, bold: true }),
        new TextRun({ text: t('tpl.notice') }),
      ],
    }),
    labelled(t('tpl.purpose'), template.purpose),
    new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${t('tpl.parties')}：`, bold: true })] }),
    ...template.parties.map((party) => new Paragraph({ bullet: { level: 0 }, children: clauseRuns(party) })),
    labelled(t('tpl.dimensions'), options.dimensionNames.join('、')),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: t('tpl.legend') }),
    new Paragraph({ text: `${t('tpl.legendLead')}${t('tpl.blanksNote')}` }),
    ...SOURCE_KINDS.map(
      (kind) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun({ text: `${words.kind[kind]}：`, bold: true }),
            new TextRun({ text: t(SOURCE_KIND_KEYS[kind].note) }),
          ],
        }),
    ),
  ];

  for (const section of template.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: section.title }));
    for (const clause of section.clauses) {
      children.push(
        new Paragraph({
          numbering: { reference: CLAUSE_NUMBERING, level: 0 },
          spacing: { after: 120 },
          children: [...clauseRuns(clause.text), sourceRun(clause.source, words, { break: 1 })],
        }),
      );
    }
  }
  children.push(
    new Paragraph({
      spacing: { before: 360 },
      children: [new TextRun({ text: `${t('tpl.notice')}${t('tpl.docxGenerated')}`, size: 18, color: '555555' })],
    }),
  );

  return new Document({
    title: template.title,
    description: template.summary,
    creator: t('site.name'),
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 22, language: LANGUAGE }, paragraph: { spacing: { line: 360 } } },
        title: { run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' } },
        heading1: headingStyle(HEADING_FONT, 28, 240, 120),
        heading2: headingStyle(HEADING_FONT, 24, 200, 80),
      },
    },
    numbering: {
      config: [
        {
          reference: CLAUSE_NUMBERING,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 480, hanging: 480 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: A4_PAGE,
        },
        children,
      },
    ],
  });
}
