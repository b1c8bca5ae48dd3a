/**
 * The schema of a dimension's playbook (`playbooks/<dimension>.yaml`): steps, indicators,
 * responsibilities by office and the enterprise's worksheet.
 */
import { z } from 'astro/zod';
import { BETTER, FREQUENCIES } from '../enums.ts';
import { list, office, review, slug, text, unique } from './fields.ts';
import { playbookProvenance } from './provenance.ts';

/** One step of the work, in the order a team does it. */
export const step = z.object({
  /** What is done, as a short imperative line. */
  title: text(),
  /** How, in a sentence or two. */
  detail: text(),
  /** The office that leads the step. */
  lead: office(),
  /** Where it comes from. */
  provenance: playbookProvenance(),
});

/** An indicator a college and an enterprise can count the same way. */
export const indicator = z
  .object({
    /** Readable id, unique within the dimension; the handbook anchors on it. */
    id: slug(),
    /** Short name. */
    name: text(),
    /** What is counted, precisely enough that two people get the same number. */
    definition: text(),
    /** Numerator and denominator of a ratio, or the unit counted. */
    formula: z.object(
      {
        /** What is counted on top of the ratio. */
        numerator: text().optional(),
        /** What it is divided by. */
        denominator: text().optional(),
        /** For a count or a duration rather than a ratio: the unit (次, 人, 小时 …). */
        unit: text().optional(),
      },
      { error: '缺少计算公式（写明分子和分母，或计数单位）' },
    ),
    /** Which record the figure is taken from, and which office keeps that record. */
    dataSource: z.object({ record: text(), keptBy: office() }),
    /** How often it is counted. */
    frequency: z.enum(FREQUENCIES),
    /** Which direction is better; `target` needs `target` text. */
    better: z.enum(BETTER),
    /** For `better: target`: the target, as agreed between the two sides. */
    target: text().optional(),
    /** Where it comes from: the site's extension, or a law or policy; never the paper, which has no metrics. */
    provenance: z
      .looseObject({ kind: z.string() })
      .refine((p) => p.kind !== 'paper', {
        path: ['kind'],
        message: '指标不能标为论文：论文没有提出任何指标，指标是本站扩展（kind: extension）',
        abort: true,
      })
      .pipe(playbookProvenance()),
  })
  .superRefine((value, ctx) => {
    const { numerator, denominator, unit } = value.formula;
    const ratio = numerator !== undefined && denominator !== undefined;
    if (!ratio && unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['formula'], message: '缺少计算公式（写明分子和分母，或计数单位）' });
    }
    if ((numerator === undefined) !== (denominator === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['formula'], message: '分子和分母要同时写明' });
    }
    if (value.better === 'target' && value.target === undefined) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'better 为 target 时要写明目标' });
    }
  });

/** One task of the responsibility matrix: who leads, who takes part, who is informed. */
export const responsibility = z
  .object({
    /** The task. */
    task: text(),
    /** The one office that leads it. */
    lead: office(),
    /** Offices that take part. */
    participants: z.array(office()).default([]),
    /** Offices kept informed. */
    informed: z.array(office()).default([]),
    /** Where it comes from. */
    provenance: playbookProvenance(),
  })
  .superRefine((value, ctx) => {
    const roles = [[value.lead], value.participants, value.informed].flat();
    roles.forEach((o, i) => {
      if (roles.indexOf(o) !== i)
        ctx.addIssue({ code: 'custom', path: ['participants'], message: `部门 ${o} 在同一任务中只能有一种角色` });
    });
  });

/** A number the enterprise decides on its worksheet. */
const worksheetInput = z.object({
  /** Readable id, used by the totals. */
  id: slug(),
  /** What the enterprise decides. */
  label: text(),
  /** Unit (人, 小时/周, 个月, 元 …). */
  unit: text(),
});

/** A figure the worksheet computes from the inputs. */
const worksheetTotal = z.discriminatedUnion('op', [
  z.object({
    /** The product of two or more inputs (mentors × hours a week × weeks). */
    op: z.literal('product'),
    label: text(),
    unit: text(),
    of: z.array(slug()).min(2, { error: '乘积至少需要两个输入' }),
  }),
  z.object({
    /**
     * A share of one input, capped by another (`offset-now`), or what is left of the share above
     * the cap (`offset-carry`): the 30 % offset against the surcharges due in the year.
     */
    op: z.enum(['offset-now', 'offset-carry']),
    label: text(),
    unit: text(),
    of: slug(),
    share: z.number().gt(0).max(1),
    cap: slug(),
  }),
]);

/** An incentive that may apply, with its conditions, only as `policies.md` states it. */
const worksheetIncentive = z.object({
  /** What it gives. */
  name: text(),
  /** Who qualifies and what must be true. */
  conditions: list(text(), 1),
  /** The document (and article) it comes from. */
  provenance: playbookProvenance(),
});

/** The per-dimension guidance: steps, indicators, responsibilities and the enterprise worksheet. */
export const playbook = z
  .object({
    ...review(),
    /** The steps, in the order a team would do them. */
    steps: list(step, 4),
    /** At least five indicators, none restating a law. */
    indicators: z.array(indicator).min(5, { error: '每个维度至少需要 5 项指标' }),
    /** Who does what, by office. */
    responsibilities: list(responsibility, 4),
    /** What the enterprise decides and what it implies. */
    worksheet: z
      .object({
        inputs: list(worksheetInput, 2),
        totals: list(worksheetTotal, 1),
        incentives: z.array(worksheetIncentive).default([]),
      })
      .superRefine((value, ctx) => {
        const ids = new Set(value.inputs.map((i) => i.id));
        unique(value.inputs, (i) => i.id, 'inputs', 'id', ctx);
        value.totals.forEach((total, i) => {
          const used = total.op === 'product' ? total.of : [total.of, total.cap];
          used.forEach((id, j) => {
            if (!ids.has(id)) {
              const path = total.op === 'product' ? ['totals', i, 'of', j] : ['totals', i, j === 0 ? 'of' : 'cap'];
              ctx.addIssue({ code: 'custom', path, message: `未知的输入 ${id}` });
            }
          });
        });
      }),
  })
  .superRefine((value, ctx) => unique(value.indicators, (i) => i.id, 'indicators', 'id', ctx));

/** One dimension's playbook, as parsed. */
export type Playbook = z.infer<typeof playbook>;
export type PlaybookIndicator = Playbook['indicators'][number];
export type PlaybookResponsibility = Playbook['responsibilities'][number];
export type PlaybookWorksheet = Playbook['worksheet'];
