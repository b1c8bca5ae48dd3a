/**
 * The three whole-guide handbooks (issue 30): which sections each has, in order, and the model of
 * each Word file, built from the same collections, playbooks and dictionary as the pages — no text
 * is written here. The pages (`src/pages/handbooks/*.astro`) render the same sections with the
 * site's own components; `tests/dist/handbooks.test.ts` checks that the Word file's headings are the
 * page's, in the same order.
 */
import { Packer } from 'docx';
import { t } from '../i18n/index.ts';
import type { UiKey } from '../i18n/zh-CN.ts';
import { HANDBOOKS, INDUSTRIES, MODELS, REGIONS, SCHOOL_TYPES, labelOf, type HandbookId } from '../lib/enums.ts';
import { heading, list, para, table, bodyBlocks, type Block } from '../lib/handbooks/blocks.ts';
import { buildHandbookDocx, type HandbookModel } from '../lib/handbooks/handbook-docx.ts';
import { HANDBOOK_CASE_LIMIT, caseLimitNote, handbookCases, type CaseLimitNote } from '../lib/handbooks/case-limit.ts';
import { url, routes } from '../lib/site.ts';
import {
  INDICATOR_COLUMNS,
  RESPONSIBILITY_COLUMNS,
  formulaText,
  indicatorRows,
  matrixTasks,
  officeLabel,
  provenanceLabel,
  responsibilityRows,
} from '../lib/guidance/playbook.ts';
import { markKind, shortSection } from '../lib/provenance.ts';
import { lastUpdated } from '../lib/git-dates.ts';
import type { Provenance, SourcedItem } from '../lib/schemas/index.ts';
import { cases, dimensions, getGuide, getPolicy, policies, templates, type Case, type Dimension } from './content.ts';
import { getPlaybook } from './playbooks.ts';
import { reviewOf } from './review.ts';

/** One numbered section of a handbook: its anchor, number and title (the page's `h2`). */
export interface HandbookSection {
  id: string;
  number: number;
  title: string;
}

/** A handbook's title, lead and sections. */
export interface HandbookOutline {
  id: HandbookId;
  title: string;
  lead: string;
  sections: HandbookSection[];
}

const TITLE_KEYS = {
  staff: ['handbook.staff.title', 'handbook.staff.lead'],
  enterprise: ['handbook.enterprise.title', 'handbook.enterprise.lead'],
  cases: ['handbook.cases.title', 'handbook.cases.lead'],
} as const satisfies Record<HandbookId, readonly [UiKey, UiKey]>;

/** The cases the case handbook holds (at most `HANDBOOK_CASE_LIMIT`, in the site's order), and how many there are. */
export const handbookCaseSelection = handbookCases(cases);

/**
 * The note of the case handbook's front matter when it leaves cases out (how many the site has,
 * how many it holds, the case browser for the rest); undefined for a handbook that holds everything.
 */
export function handbookNote(id: HandbookId): CaseLimitNote | undefined {
  return id === 'cases'
    ? caseLimitNote({ held: handbookCaseSelection.held.length, total: handbookCaseSelection.total })
    : undefined;
}

const numbered = (items: readonly { id: string; title: string }[]): HandbookSection[] =>
  items.map((s, i) => ({ ...s, number: i + 1 }));

const dimensionSections = (prefix: string) => dimensions.map((d) => ({ id: `${prefix}-${d.id}`, title: d.data.name }));

/** The sections of each handbook, in order. */
const SECTIONS: Record<HandbookId, () => { id: string; title: string }[]> = {
  staff: () => [
    { id: 'guide', title: t('handbook.guide') },
    ...dimensionSections('dimension'),
    { id: 'templates', title: t('handbook.templates') },
  ],
  enterprise: () => [
    { id: 'guide', title: t('handbook.enterpriseGuide') },
    ...dimensionSections('dimension'),
    { id: 'incentives', title: t('handbook.incentives') },
    { id: 'worksheet', title: t('handbook.worksheet') },
  ],
  cases: () => handbookCaseSelection.held.map((c) => ({ id: `case-${c.id}`, title: c.data.title })),
};

/** The outline of handbook `id`. */
export function handbookOutline(id: HandbookId): HandbookOutline {
  const [title, lead] = TITLE_KEYS[id];
  const limited = handbookNote(id) !== undefined;
  return {
    id,
    title: t(title),
    lead: limited ? t('handbook.cases.leadLimited', { limit: HANDBOOK_CASE_LIMIT }) : t(lead),
    sections: numbered(SECTIONS[id]()),
  };
}

/** The content files a handbook draws on, for its edition date. */
function handbookFiles(id: HandbookId): string[] {
  const files = (entries: readonly { filePath?: string | undefined }[]) =>
    entries.flatMap((e) => (e.filePath ? [e.filePath] : []));
  const playbooks = dimensions.map((d) => `src/content/playbooks/${d.id}.yaml`);
  switch (id) {
    case 'staff':
      return [...files([getGuide('staff-guide')]), ...files(dimensions), ...playbooks, ...files(templates)];
    case 'enterprise':
      return [...files([getGuide('enterprise-guide')]), ...files(dimensions), ...playbooks, ...files(policies)];
    case 'cases':
      return files(handbookCaseSelection.held);
  }
}

/**
 * The review line of a handbook's cover: the oldest review date of the entries it draws on and the
 * earliest next review (待复核 when that is past), from the same review dates the pages show. The
 * case handbook has none: cases are not reviewed entry by entry; public cases date each source.
 */
export function handbookReview(id: HandbookId): string {
  const playbooks = dimensions.map((d) => ({ data: getPlaybook(d.id).playbook }));
  const entries =
    id === 'staff'
      ? [getGuide('staff-guide'), ...dimensions, ...playbooks, ...templates]
      : id === 'enterprise'
        ? [getGuide('enterprise-guide'), ...dimensions, ...playbooks, ...policies]
        : [];
  if (entries.length === 0) return t('handbook.reviewCases');
  const state = reviewOf(...entries);
  return t(state.overdue ? 'handbook.reviewOverdue' : 'handbook.reviewCurrent', {
    reviewed: state.reviewed,
    next: state.next,
  });
}

/**
 * The edition date: the newest commit date of the files the handbook draws on (YYYY-MM-DD), or
 * undefined when git knows none of them.
 */
export function handbookEdition(id: HandbookId): string | undefined {
  const dates = handbookFiles(id).flatMap((f) => lastUpdated(f) ?? []);
  return dates.sort().at(-1);
}

/** The short visible label of a provenance marker, as SourceMark prints it. */
function markLabel(source: Provenance): string {
  const symbol = { paper: '◆', rule: '§', extension: '◇' }[markKind(source)];
  if (source.kind === 'paper') return `${symbol} ${t('prov.paperSection', { section: shortSection(source.section) })}`;
  if (source.kind === 'law')
    return `${symbol} ${source.article ? t('prov.ruleArticle', { article: source.article }) : t('prov.rule')}`;
  if (source.kind === 'policy') {
    const title = getPolicy(source.document).data.title;
    return `${symbol} ${source.article ? t('prov.policyArticle', { title, article: source.article }) : t('prov.policyTitle', { title })}`;
  }
  return `${symbol} ${t('prov.extension')}`;
}

const sourced = (items: readonly SourcedItem[]): Block => list(items.map((i) => `${i.text}（${markLabel(i.source)}）`));

const body = (entry: { body?: string | undefined; filePath?: string | undefined }) =>
  bodyBlocks(entry.body ?? '', { mdx: entry.filePath?.endsWith('.mdx') ?? false });

/** Columns of the indicator table in the Word file: name, definition, formula, record, frequency (A4 is narrow). */
const INDICATOR_PICK = [2, 3, 7, 9] as const;

function staffDimension(d: Dimension): Block[] {
  const { playbook, ...pb } = getPlaybook(d.id);
  const indicatorHeader = INDICATOR_COLUMNS();
  return [
    para(d.data.summary),
    ...body(d),
    heading(2, t('dimension.schoolRole')),
    sourced(d.data.schoolRole),
    heading(2, t('dimension.enterpriseRole')),
    sourced(d.data.enterpriseRole),
    heading(2, t('dimension.practices')),
    sourced(d.data.practices),
    heading(2, t('dimension.pitfalls')),
    sourced(d.data.pitfalls),
    heading(2, t('guidance.steps')),
    list(
      playbook.steps.map(
        (s) =>
          `${s.title}：${s.detail}（${t('guidance.stepLead')}：${officeLabel(s.lead)} · ${t('guidance.source')}：${provenanceLabel(s.provenance)}）`,
      ),
      true,
    ),
    heading(2, t('guidance.responsibilities')),
    table(
      RESPONSIBILITY_COLUMNS().slice(1),
      responsibilityRows(matrixTasks([{ ...pb, playbook }])).map((r) => r.slice(1)),
    ),
    heading(2, t('guidance.indicators')),
    table(
      [...INDICATOR_PICK.map((i) => indicatorHeader[i] ?? ''), t('guidance.formula')],
      indicatorRows([{ ...pb, playbook }]).map((row, n) => [
        ...INDICATOR_PICK.map((i) => row[i] ?? ''),
        formulaText(playbook.indicators[n]?.formula ?? {}),
      ]),
    ),
  ];
}

function enterpriseDimension(d: Dimension): Block[] {
  return [
    para(d.data.summary),
    heading(2, t('forEnterprises.invest')),
    sourced(d.data.enterpriseRole),
    heading(2, t('forEnterprises.gain')),
    sourced(d.data.enterpriseGains),
    heading(2, t('forEnterprises.concerns')),
    list(d.data.concerns.map((c) => `${c.concern}（${markLabel(c.source)}）：${c.answer}`)),
  ];
}

function caseBlocks(c: Case): Block[] {
  const { data } = c;
  const illustrative = data.provenance.kind === 'illustrative';
  const facts: [string, string][] = [
    [t('case.school'), data.school],
    [t('case.enterprise'), data.enterprise],
    ...(data.schoolType ? [[t('pub.schoolType'), labelOf(SCHOOL_TYPES, data.schoolType)] as [string, string]] : []),
    [t('case.industry'), labelOf(INDUSTRIES, data.industry)],
    [t('case.region'), labelOf(REGIONS, data.region)],
    [t('case.model'), labelOf(MODELS, data.model)],
    [t('case.year'), String(data.year)],
  ];
  const blocks: Block[] = [
    { kind: 'paragraph', runs: [{ text: illustrative ? t('case.illustrative') : t('pub.notice'), bold: true }] },
    heading(2, t('case.facts')),
    table(
      facts.map(([label]) => label),
      [facts.map(([, value]) => value)],
    ),
    heading(3, t(illustrative ? 'caseTruth.outcomesIllustrative' : 'case.outcomes')),
    table(
      [t('caseTruth.outcomeLabel'), t('caseTruth.outcomeValue')],
      data.outcomes.map((o) => [o.label, `${o.value}${o.unit}`]),
    ),
    ...body(c),
  ];
  if (data.provenance.kind === 'public') {
    blocks.push(
      heading(2, t('pub.sources')),
      list(
        data.provenance.sources.map(
          (s) =>
            `${s.authors.length ? `${s.authors.join('、')}：` : ''}《${s.title}》，${s.publisher}，${s.year}${s.issue ? `，${s.issue}` : ''}。${t('pub.read')}：${s.url}`,
        ),
        true,
      ),
    );
  }
  return blocks;
}

function sectionBlocks(id: HandbookId, section: HandbookSection): Block[] {
  if (id === 'cases') return caseBlocks(handbookCaseSelection.held[section.number - 1] as Case);
  const dimension = dimensions.find((d) => section.id === `dimension-${d.id}`);
  if (dimension) return id === 'staff' ? staffDimension(dimension) : enterpriseDimension(dimension);
  switch (section.id) {
    case 'guide':
      return body(getGuide(id === 'staff' ? 'staff-guide' : 'enterprise-guide'));
    case 'templates':
      return [
        para(t('handbook.templatesNote'), true),
        list(templates.map((tpl) => `${tpl.data.title}：${tpl.data.summary}`)),
      ];
    case 'incentives':
      return incentiveBlocks();
    case 'worksheet':
      return worksheetBlocks();
    default:
      throw new Error(`handbook ${id}: no content for section "${section.id}"`);
  }
}

/** The incentives each dimension's worksheet names, with their conditions and source. */
export const incentivesByDimension = () =>
  dimensions
    .map((d) => ({ dimension: d, incentives: getPlaybook(d.id).playbook.worksheet.incentives }))
    .filter((x) => x.incentives.length > 0);

function incentiveBlocks(): Block[] {
  return [
    para(t('forEnterprises.incentivesNote'), true),
    list(
      policies
        .filter((p) => p.data.incentive)
        .map((p) => `${p.data.title}（${p.data.issuers.join('、')}，${p.data.date}）：${p.data.summary}`),
    ),
    ...incentivesByDimension().flatMap(({ dimension, incentives }) => [
      heading(2, dimension.data.name),
      ...incentives.flatMap((i) => [
        {
          kind: 'paragraph',
          runs: [{ text: i.name, bold: true }, { text: `（${provenanceLabel(i.provenance)}）` }],
        } as Block,
        list(i.conditions.map((c) => `${t('handbook.incentiveConditions')}：${c}`)),
      ]),
    ]),
  ];
}

function worksheetBlocks(): Block[] {
  return [
    para(t('handbook.worksheetNote'), true),
    ...dimensions.flatMap((d) => [
      heading(2, d.data.name),
      table(
        [t('handbook.worksheetInput'), t('handbook.worksheetUnit')],
        getPlaybook(d.id).playbook.worksheet.inputs.map((i) => [i.label, i.unit]),
      ),
    ]),
  ];
}

/** The Word model of handbook `id`. */
export function handbookModel(id: HandbookId): HandbookModel {
  const outline = handbookOutline(id);
  const edition = handbookEdition(id) ?? t('handbook.editionNone');
  const note = handbookNote(id);
  // The Word file cannot link relative to a page: it names the case browser's full address.
  const browser = new URL(url(routes.cases()), import.meta.env.SITE).href;
  return {
    title: outline.title,
    lead: outline.lead,
    ...(note ? { notice: [{ text: note.before }, { text: `${note.link}（${browser}）` }, { text: note.after }] } : {}),
    cover: [
      { label: t('handbook.edition'), value: edition },
      { label: t('handbook.review'), value: handbookReview(id) },
      { label: t('handbook.publisher'), value: t('site.name') },
    ],
    contentsTitle: t('handbook.contents'),
    runningHead: `${outline.title} · ${t('site.name')}`,
    sections: outline.sections.map((s) => ({ number: s.number, title: s.title, blocks: sectionBlocks(id, s) })),
  };
}

const packed = new Map<HandbookId, Promise<Uint8Array>>();

/** The bytes of handbook `id`'s Word file, packed once per build (the page prints the size). */
export function handbookDocx(id: HandbookId): Promise<Uint8Array> {
  let bytes = packed.get(id);
  if (!bytes) {
    bytes = Packer.toBuffer(buildHandbookDocx(handbookModel(id))).then((b) => new Uint8Array(b));
    packed.set(id, bytes);
  }
  return bytes;
}

export { HANDBOOKS };
