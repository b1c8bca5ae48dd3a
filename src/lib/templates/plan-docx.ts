/**
 * The Word document of a 多方协同体检 plan, with the same `docx` package, fonts and A4 page as the
 * templates (`template-docx.ts`): per focus dimension its action, owner and date, the leading office,
 * and the strategies, problems, templates and indicators (formula and target) the site links to it.
 * Pure: built in the reader's browser, nothing leaves the device.
 */
import { AlignmentType, Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import { A4_PAGE, BODY_FONT, HEADING_FONT, headingStyle } from './template-docx.ts';
import type { PlanEntry, PlanFile } from '../assess/plan.ts';

/** The words the document prints (from the dictionary, passed in so the builder stays pure). */
export interface PlanDocxWords {
  title: string;
  meta: string;
  action: string;
  owner: string;
  due: string;
  lead: string;
  score: string;
  strategies: string;
  problems: string;
  templates: string;
  indicators: string;
  formula: string;
  target: string;
  note: string;
  office: (id: string) => string;
}

const labelled = (label: string, value: string) =>
  new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun({ text: value || '＿＿＿＿' })],
  });
const bullets = (items: readonly string[]) => items.map((text) => new Paragraph({ bullet: { level: 0 }, text }));

/** The plan as a Word document; `catalogue` gives what the site offers for each focus dimension. */
export function buildPlanDocx(plan: PlanFile, catalogue: readonly PlanEntry[], words: PlanDocxWords): Document {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: words.title }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, text: words.meta }),
  ];
  for (const item of plan.items) {
    const entry = catalogue.find((c) => c.id === item.dimension);
    if (!entry) throw new Error(`No catalogue entry for dimension "${item.dimension}"`);
    const score = plan.baseline[item.dimension];
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: entry.name }),
      labelled(words.score, score === null || score === undefined ? '—' : String(score)),
      labelled(words.action, item.action),
      labelled(words.owner, item.owner),
      labelled(words.due, item.due),
      labelled(words.lead, words.office(entry.lead)),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: words.strategies }),
      ...bullets(entry.strategies.map((s) => s.name)),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: words.problems }),
      ...bullets(entry.problems.map((s) => s.name)),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: words.templates }),
      ...bullets(entry.templates.map((s) => s.name)),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: words.indicators }),
      ...bullets(
        entry.indicators.map((i) => `${i.name}（${words.formula}：${i.formula}；${words.target}：${i.target}）`),
      ),
    );
  }
  children.push(
    new Paragraph({
      spacing: { before: 360 },
      children: [new TextRun({ text: words.note, size: 18, color: '555555' })],
    }),
  );
  return new Document({
    title: words.title,
    creator: words.title,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 22 }, paragraph: { spacing: { line: 360 } } },
        title: { run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' } },
        heading1: headingStyle(HEADING_FONT, 28, 240, 120),
        heading2: headingStyle(HEADING_FONT, 22, 160, 60),
      },
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
