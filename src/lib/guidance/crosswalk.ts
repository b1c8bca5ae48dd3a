/**
 * The crosswalk (对照表): parses `crosswalk/crosswalk.yaml`, checks it against the content that
 * exists, and turns it into the rows that the page `/crosswalk/` and `/crosswalk.csv` both print, so
 * the two cannot disagree. Pure: callers pass the ids and names they know.
 */
import yaml from 'js-yaml';
import { t } from '../../i18n/index.ts';
import { crosswalk, type Crosswalk, type CrosswalkFramework, type CrosswalkTask } from '../schemas/crosswalk.ts';

/** Where the crosswalk lives below the content root. */
export const CROSSWALK_FILE = 'crosswalk/crosswalk.yaml';

/** What the content holds, for checking and labelling the crosswalk's ids. */
export interface CrosswalkLookup {
  /** Dimension id → name, in the model's order. */
  dimensions: ReadonlyMap<string, string>;
  /** Dimension id → (indicator id → indicator name) of its playbook. */
  indicators: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Template id → title. */
  templates: ReadonlyMap<string, string>;
  /** Policy id → title. */
  policies: ReadonlyMap<string, string>;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Parses the YAML text of `file`; every problem is `<file>: <field>: <message>`. */
export function parseCrosswalk(source: string, file: string): { data?: Crosswalk; errors: string[] } {
  let raw: unknown;
  try {
    raw = yaml.load(source);
  } catch (error) {
    return { errors: [`${file}: (root): invalid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const result = crosswalk.safeParse(raw);
  if (!result.success) {
    return { errors: result.error.issues.map((i) => `${file}: ${fieldPath(i.path) || '(root)'}: ${i.message}`) };
  }
  return { data: result.data, errors: [] };
}

/**
 * The rules that span files: every id names something that exists (a dimension, an indicator of that
 * dimension's playbook, a template, a policy), every task has a dimension (the schema already says
 * so), and in every framework every dimension serves at least one task.
 */
export function crosswalkIssues(data: Crosswalk, lookup: CrosswalkLookup, file: string): string[] {
  const errors: string[] = [];
  data.frameworks.forEach((f, i) => {
    if (!lookup.policies.has(f.policy)) errors.push(`${file}: frameworks[${i}].policy: 未知的政策文件 ${f.policy}`);
  });
  data.tasks.forEach((task, i) => {
    task.serves.forEach((s, j) => {
      const at = `${file}: tasks[${i}].serves[${j}]`;
      const indicators = lookup.indicators.get(s.dimension);
      if (!lookup.dimensions.has(s.dimension)) errors.push(`${at}.dimension: 未知的维度 ${s.dimension}`);
      s.indicators.forEach((id, k) => {
        if (!indicators?.has(id)) errors.push(`${at}.indicators[${k}]: 维度 ${s.dimension} 没有指标 ${id}`);
      });
      s.templates.forEach((id, k) => {
        if (!lookup.templates.has(id)) errors.push(`${at}.templates[${k}]: 未知的文书 ${id}`);
      });
    });
  });
  data.frameworks.forEach((f, i) => {
    const tasks = data.tasks.filter((task) => task.framework === f.id);
    if (tasks.length === 0) errors.push(`${file}: frameworks[${i}]: 文件 ${f.id} 没有任务`);
    const serving = new Set(tasks.flatMap((task) => task.serves.map((s) => s.dimension)));
    for (const id of lookup.dimensions.keys()) {
      if (!serving.has(id)) errors.push(`${file}: tasks: 维度 ${id} 在 ${f.id}（${f.label}）中不服务任何任务`);
    }
  });
  return errors;
}

/** The tasks of one framework, in the file's order. */
export const tasksOf = (data: Crosswalk, framework: CrosswalkFramework): CrosswalkTask[] =>
  data.tasks.filter((task) => task.framework === framework.id);

/** The tasks a dimension serves, with their framework, in the file's order. */
export function tasksForDimension(
  data: Crosswalk,
  dimension: string,
): { task: CrosswalkTask; framework: CrosswalkFramework }[] {
  return data.tasks
    .filter((task) => task.serves.some((s) => s.dimension === dimension))
    .map((task) => {
      const framework = data.frameworks.find((f) => f.id === task.framework);
      if (!framework) throw new Error(`crosswalk: task "${task.id}" names no framework "${task.framework}"`);
      return { task, framework };
    });
}

/** The header of `/crosswalk.csv`; the page's table has the same columns. */
export const CROSSWALK_COLUMNS = (): string[] => [
  t('crosswalk.col.framework'),
  t('crosswalk.col.task'),
  t('crosswalk.col.dimension'),
  t('crosswalk.col.note'),
  t('crosswalk.col.indicators'),
  t('crosswalk.col.templates'),
  t('crosswalk.col.source'),
];

/** One row per (task, dimension), framework by framework: the cells the page and the CSV print. */
export function crosswalkRows(data: Crosswalk, lookup: CrosswalkLookup): string[][] {
  const name = (map: ReadonlyMap<string, string> | undefined, id: string) => {
    const found = map?.get(id);
    if (found === undefined) throw new Error(`crosswalk: unknown id "${id}"`);
    return found;
  };
  return data.frameworks.flatMap((f) =>
    tasksOf(data, f).flatMap((task) =>
      task.serves.map((s) => [
        f.label,
        task.name,
        name(lookup.dimensions, s.dimension),
        s.note,
        s.indicators.map((id) => name(lookup.indicators.get(s.dimension), id)).join('；') || t('guidance.none'),
        s.templates.map((id) => name(lookup.templates, id)).join('；') || t('guidance.none'),
        t('prov.extension'),
      ]),
    ),
  );
}
