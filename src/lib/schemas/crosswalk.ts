/**
 * The schema of the crosswalk (`src/content/crosswalk/crosswalk.yaml`): the ten dimensions, their
 * indicators and their templates set against the construction tasks of official documents (the
 * seven tasks of 《现代产业学院建设指南（试行）》, the 四个合作 of 教职成厅函〔2024〕20号). Every mapping is
 * the site's extension; the documents' facts come from their entries in the policies collection.
 * Rules that span files (a known dimension, indicator, template or policy; every task served, every
 * dimension serving) are checked by `crosswalkIssues()` in `src/lib/guidance/crosswalk.ts`.
 */
import { z } from 'astro/zod';
import { slug, text, unique } from './fields.ts';

/** An official document whose tasks the site maps its model onto. */
const framework = z.object({
  /** Readable id, used by the tasks. */
  id: slug(),
  /** The document's entry in `src/content/policies/`: title, issuers, number and date come from there. */
  policy: slug(),
  /** What the document's list is called (七项建设任务, 四个合作). */
  label: text(),
  /** Whom the document is written for, said plainly (the 建设指南 mainly for applied undergraduate universities). */
  scope: text(),
  /** How the task names are written, and that they are not the document's own headings where they are not. */
  naming: text(),
});

/** One dimension's part in a task. */
const serving = z.object({
  /** The dimension (an id of `src/content/dimensions/`). */
  dimension: slug(),
  /** Why this dimension serves the task, in a line. */
  note: text(),
  /** Indicators of the dimension's playbook that give evidence for the task. */
  indicators: z.array(slug()).default([]),
  /** Templates that produce the task's documents (ids of `src/content/templates/`). */
  templates: z.array(slug()).default([]),
});

/** A construction task of one framework, with the dimensions that serve it. */
const task = z
  .object({
    /** Readable id; the crosswalk page anchors on `task-<id>`. */
    id: slug(),
    /** The framework it belongs to. */
    framework: slug(),
    /** Its name, as the framework's `naming` says. */
    name: text(),
    /** The dimensions that serve it: at least one. */
    serves: z.array(serving).min(1, { error: '每项任务至少对应一个维度' }),
  })
  .superRefine((value, ctx) => unique(value.serves, (s) => s.dimension, 'serves', 'dimension', ctx));

/** The whole crosswalk file. */
export const crosswalk = z
  .object({
    /** The documents mapped onto. */
    frameworks: z.array(framework).min(1, { error: '至少需要一份文件' }),
    /** Their tasks, framework by framework, in the documents' order. */
    tasks: z.array(task).min(1, { error: '至少需要一项任务' }),
  })
  .strict()
  .superRefine((value, ctx) => {
    unique(value.frameworks, (f) => f.id, 'frameworks', 'id', ctx);
    unique(value.tasks, (t) => t.id, 'tasks', 'id', ctx);
    const ids = new Set(value.frameworks.map((f) => f.id));
    value.tasks.forEach((t, i) => {
      if (!ids.has(t.framework))
        ctx.addIssue({ code: 'custom', path: ['tasks', i, 'framework'], message: `未知的文件 ${t.framework}` });
    });
  });

/** The crosswalk, as parsed. */
export type Crosswalk = z.infer<typeof crosswalk>;
export type CrosswalkTask = Crosswalk['tasks'][number];
export type CrosswalkFramework = Crosswalk['frameworks'][number];
