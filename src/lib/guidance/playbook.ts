/**
 * Turns the per-dimension playbooks into the rows the pages and the CSV downloads share, so a
 * downloaded file and the page it belongs to cannot disagree: both print `indicatorRows()` /
 * `responsibilityRows()`.
 */
import { t } from '../../i18n/index.ts';
import type { UiKey } from '../../i18n/zh-CN.ts';
import { OFFICES, type Better, type Frequency, type Office } from '../enums.ts';
import type { Playbook, PlaybookIndicator, PlaybookProvenance as Provenance } from '../schemas/index.ts';

/** A dimension with its playbook, in the model's order. */
export interface DimensionPlaybook {
  id: string;
  name: string;
  order: number;
  playbook: Playbook;
}

// Written out (not built with a template) so the dictionary test sees every key used, and so a
// new enum value without a label is a type error here.
const OFFICE_KEYS = {
  college: 'guidance.office.college',
  'academic-affairs': 'guidance.office.academic-affairs',
  'student-affairs': 'guidance.office.student-affairs',
  personnel: 'guidance.office.personnel',
  research: 'guidance.office.research',
  'admissions-employment': 'guidance.office.admissions-employment',
  'assets-finance': 'guidance.office.assets-finance',
  'ent-hr': 'guidance.office.ent-hr',
  'ent-technical': 'guidance.office.ent-technical',
  'ent-management': 'guidance.office.ent-management',
} as const satisfies Record<Office, UiKey>;
const FREQUENCY_KEYS = {
  'per-event': 'guidance.frequency.per-event',
  monthly: 'guidance.frequency.monthly',
  'per-term': 'guidance.frequency.per-term',
  'per-year': 'guidance.frequency.per-year',
} as const satisfies Record<Frequency, UiKey>;
const BETTER_KEYS = {
  higher: 'guidance.better.higher',
  lower: 'guidance.better.lower',
  target: 'guidance.better.target',
} as const satisfies Record<Better, UiKey>;
const SIDE_KEYS = { school: 'guidance.side.school', enterprise: 'guidance.side.enterprise' } as const;

/** The reader-facing label of an office. */
export const officeLabel = (office: Office): string => t(OFFICE_KEYS[office]);

/** The label of an indicator's frequency. */
export const frequencyLabel = (frequency: Frequency): string => t(FREQUENCY_KEYS[frequency]);

/** The label of a side (学校 / 企业). */
export const sideLabel = (side: 'school' | 'enterprise'): string => t(SIDE_KEYS[side]);

/** A list of offices as one line (`教务处、学生处`), or a dash when empty. */
export const officeList = (offices: readonly Office[]): string =>
  offices.length ? offices.map(officeLabel).join('、') : t('guidance.none');

/** Where an item comes from, in one short line: `论文 三、2…`, `职业教育法 第五十条`, `本站扩展`. */
export function provenanceLabel(p: Provenance): string {
  switch (p.kind) {
    case 'paper':
      return t('guidance.prov.paper', { section: p.section, quote: p.quote });
    case 'law':
    case 'policy':
      return t('guidance.prov.law', { document: p.document, article: p.article ?? '' }).trim();
    case 'extension':
      return t('guidance.prov.extension');
  }
}

/** The formula of an indicator as one line. */
export function formulaText(formula: PlaybookIndicator['formula']): string {
  if (formula.numerator !== undefined && formula.denominator !== undefined) {
    return t('guidance.formulaRatio', { numerator: formula.numerator, denominator: formula.denominator });
  }
  return t('guidance.formulaUnit', { unit: formula.unit ?? '' });
}

/** The better direction of an indicator, with the target where there is one. */
export function betterText(indicator: PlaybookIndicator): string {
  const base = t(BETTER_KEYS[indicator.better]);
  return indicator.target ? `${base}（${t('guidance.target', { target: indicator.target })}）` : base;
}

/** The columns of the indicator handbook, as the CSV header prints them. */
export const INDICATOR_COLUMNS = () => [
  t('guidance.csv.dimension'),
  t('guidance.csv.id'),
  t('guidance.indicator'),
  t('guidance.definition'),
  t('guidance.csv.numerator'),
  t('guidance.csv.denominator'),
  t('guidance.csv.unit'),
  t('guidance.csv.record'),
  t('guidance.keptBy'),
  t('guidance.frequency'),
  t('guidance.better'),
  t('guidance.csv.source'),
];

/** One handbook row per indicator, dimension by dimension, in the columns of `INDICATOR_COLUMNS`. */
export function indicatorRows(dimensions: readonly DimensionPlaybook[]): string[][] {
  return dimensions.flatMap((d) =>
    d.playbook.indicators.map((i) => [
      d.name,
      `${d.id}/${i.id}`,
      i.name,
      i.definition,
      i.formula.numerator ?? '',
      i.formula.denominator ?? '',
      i.formula.unit ?? '',
      i.dataSource.record,
      officeLabel(i.dataSource.keptBy),
      frequencyLabel(i.frequency),
      betterText(i),
      provenanceLabel(i.provenance),
    ]),
  );
}

/** The columns of the responsibility matrix. */
export const RESPONSIBILITY_COLUMNS = () => [
  t('guidance.csv.dimension'),
  t('guidance.task'),
  t('guidance.lead'),
  t('guidance.participants'),
  t('guidance.informed'),
  t('guidance.csv.source'),
];

/** One task of the site-wide matrix, with its dimension. */
export interface MatrixTask {
  dimension: string;
  dimensionName: string;
  task: string;
  lead: Office;
  participants: Office[];
  informed: Office[];
  source: string;
}

/** Every task of every dimension, in the model's order. */
export function matrixTasks(dimensions: readonly DimensionPlaybook[]): MatrixTask[] {
  return dimensions.flatMap((d) =>
    d.playbook.responsibilities.map((r) => ({
      dimension: d.id,
      dimensionName: d.name,
      task: r.task,
      lead: r.lead,
      participants: r.participants,
      informed: r.informed,
      source: provenanceLabel(r.provenance),
    })),
  );
}

/** Matrix rows in the columns of `RESPONSIBILITY_COLUMNS` (what the page's table and the CSV print). */
export function responsibilityRows(tasks: readonly MatrixTask[]): string[][] {
  return tasks.map((r) => [
    r.dimensionName,
    r.task,
    officeLabel(r.lead),
    officeList(r.participants),
    officeList(r.informed),
    r.source,
  ]);
}

/** The role an office has in a task, if any. */
export function roleOf(task: MatrixTask, office: Office): 'lead' | 'participants' | 'informed' | undefined {
  if (task.lead === office) return 'lead';
  if (task.participants.includes(office)) return 'participants';
  if (task.informed.includes(office)) return 'informed';
  return undefined;
}

/** Every office with its tasks by role, in the order of `OFFICES` (the matrix's "by office" view). */
export function tasksByOffice(tasks: readonly MatrixTask[]) {
  return OFFICES.map(({ id, side }) => {
    const roles = { lead: [] as MatrixTask[], participants: [] as MatrixTask[], informed: [] as MatrixTask[] };
    for (const task of tasks) {
      const role = roleOf(task, id);
      if (role) roles[role].push(task);
    }
    return { office: id, side, ...roles };
  });
}

/** Offices involved in a task, in any role (the filter's `data-offices`). */
export const officesOf = (task: MatrixTask): Office[] => [task.lead, ...task.participants, ...task.informed];
