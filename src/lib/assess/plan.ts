/**
 * From a review's findings to a plan: for each focus dimension, the site's strategies, problems,
 * templates, indicators (formula and target) and the office that leads the work, from the same
 * collections the dimension pages read; the coordinator's actions, owners and dates; the plan file
 * saved with the round; the next round's progress against it; the plan's calendar (`.ics`).
 * Pure: the build and the browser share it.
 */
import type { Office } from '../enums.ts';
import type { Report, Round } from './review.ts';
import { cleanText, makeRound } from './review.ts';

/** An entry linked from the plan. */
export interface PlanLink {
  id: string;
  name: string;
}

/** An indicator as the plan prints it. */
export interface PlanIndicator extends PlanLink {
  /** 分子 ÷ 分母, or the unit counted. */
  formula: string;
  /** The agreed target, or which direction is better. */
  target: string;
}

/** What the site offers for one dimension's plan. */
export interface PlanEntry {
  id: string;
  name: string;
  strategies: PlanLink[];
  problems: PlanLink[];
  templates: PlanLink[];
  indicators: PlanIndicator[];
  /** The playbook's steps, in order (the first is proposed as the plan's action). */
  steps: string[];
  /** The office that leads most of the dimension's tasks in the responsibility matrix. */
  lead: Office;
}

/** A collection entry as the catalogue needs it: id, name and the dimensions it serves. */
export interface Linked {
  id: string;
  name: string;
  dimensions: readonly string[];
}

/** A playbook as the catalogue needs it. */
export interface PlaybookLike {
  steps: readonly { title: string }[];
  indicators: readonly {
    id: string;
    name: string;
    formula: { numerator?: string | undefined; denominator?: string | undefined; unit?: string | undefined };
    better: 'higher' | 'lower' | 'target';
    target?: string | undefined;
  }[];
  responsibilities: readonly { lead: Office }[];
}

/** Words the catalogue prints, from the dictionary. */
export interface PlanWords {
  /** `{unit}` counted: e.g. "按{unit}计". */
  unit: string;
  better: Record<'higher' | 'lower' | 'target', string>;
}

/** The office leading most tasks; a tie goes to the office named first. */
export function leadOffice(responsibilities: readonly { lead: Office }[]): Office {
  const counts = new Map<Office, number>();
  for (const r of responsibilities) counts.set(r.lead, (counts.get(r.lead) ?? 0) + 1);
  let best: Office | undefined;
  for (const [office, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = office;
  if (!best) throw new Error('A playbook without responsibilities has no leading office');
  return best;
}

/** The formula of an indicator as one line. */
export function formulaText(f: PlaybookLike['indicators'][number]['formula'], words: PlanWords): string {
  if (f.numerator && f.denominator) return `${f.numerator} ÷ ${f.denominator}`;
  return words.unit.replace('{unit}', f.unit ?? '');
}

/** The catalogue entry of every dimension, in the order given. */
export function buildCatalogue(
  dimensions: readonly { id: string; name: string }[],
  lists: { strategies: readonly Linked[]; problems: readonly Linked[]; templates: readonly Linked[] },
  playbooks: ReadonlyMap<string, PlaybookLike>,
  words: PlanWords,
): PlanEntry[] {
  const serving = (list: readonly Linked[], id: string) =>
    list.filter((e) => e.dimensions.includes(id)).map((e) => ({ id: e.id, name: e.name }));
  return dimensions.map((d) => {
    const pb = playbooks.get(d.id);
    if (!pb) throw new Error(`No playbook for dimension "${d.id}" (src/content/playbooks/${d.id}.yaml)`);
    return {
      id: d.id,
      name: d.name,
      strategies: serving(lists.strategies, d.id),
      problems: serving(lists.problems, d.id),
      templates: serving(lists.templates, d.id),
      indicators: pb.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        formula: formulaText(i.formula, words),
        target: i.better === 'target' && i.target ? i.target : words.better[i.better],
      })),
      steps: pb.steps.map((s) => s.title),
      lead: leadOffice(pb.responsibilities),
    };
  });
}

// ── The plan file ──

export const PLAN_FORMAT = 'industry-college-review-plan';
export const PLAN_VERSION = 1;
/** Longest action or owner kept (characters). */
export const FIELD_MAX = 120;

/** One milestone: what is done in a focus dimension, by whom, by when. */
export interface PlanItem {
  dimension: string;
  action: string;
  owner: string;
  /** YYYY-MM-DD. */
  due: string;
}

/** The plan, saved with its round. */
export interface PlanFile {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  round: Round;
  /** YYYY-MM-DD. */
  made: string;
  /** Each focus dimension's overall score when the plan was made. */
  baseline: Record<string, number | null>;
  items: PlanItem[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const clean = (v: unknown) => cleanText(v, FIELD_MAX);

/** The plan file for `items`, with each focus dimension's score now as the baseline. */
export function makePlan(round: Round, report: Report, items: readonly PlanItem[], made: string): PlanFile {
  const baseline: Record<string, number | null> = {};
  for (const item of items)
    baseline[item.dimension] = report.dimensions.find((d) => d.id === item.dimension)?.overall ?? null;
  return { format: PLAN_FORMAT, version: PLAN_VERSION, round, made, baseline, items: items.map((i) => ({ ...i })) };
}

export type PlanResult =
  { ok: true; plan: PlanFile } | { ok: false; error: 'not-json' | 'not-ours' | 'version' | 'invalid' };

/** Reads a plan file against the dimensions this site knows; never trusts it. */
export function importPlan(text: string, dimensionIds: readonly string[]): PlanResult {
  if (text.length > 100_000) return { ok: false, error: 'invalid' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const o = data as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || o['format'] !== PLAN_FORMAT) return { ok: false, error: 'not-ours' };
  if (o['version'] !== PLAN_VERSION) return { ok: false, error: 'version' };
  const r = (o['round'] ?? {}) as Record<string, unknown>;
  const round = makeRound(String(r['id'] ?? ''), String(r['partnership'] ?? ''), String(r['name'] ?? ''));
  const rawItems = o['items'];
  if (
    !round ||
    !Array.isArray(rawItems) ||
    rawItems.length > 10 ||
    typeof o['made'] !== 'string' ||
    !DATE.test(o['made'])
  )
    return { ok: false, error: 'invalid' };
  const items: PlanItem[] = [];
  const baseline: Record<string, number | null> = {};
  const rawBase = (o['baseline'] ?? {}) as Record<string, unknown>;
  for (const raw of rawItems as Record<string, unknown>[]) {
    const dimension = String(raw?.['dimension'] ?? '');
    const due = String(raw?.['due'] ?? '');
    if (!dimensionIds.includes(dimension) || (due && !DATE.test(due))) return { ok: false, error: 'invalid' };
    items.push({ dimension, action: clean(raw['action']), owner: clean(raw['owner']), due });
    const b = Object.hasOwn(rawBase, dimension) ? rawBase[dimension] : null;
    baseline[dimension] = typeof b === 'number' && b >= 0 && b <= 100 ? Math.round(b) : null;
  }
  return { ok: true, plan: { format: PLAN_FORMAT, version: PLAN_VERSION, round, made: o['made'], baseline, items } };
}

/** One focus dimension of the earlier plan, then and now. */
export interface PlanProgress {
  dimension: string;
  before: number | null;
  now: number | null;
  delta: number | null;
}

/** The change of each of the plan's focus dimensions in this round's report (one row per dimension). */
export function planProgress(plan: PlanFile, report: Report): PlanProgress[] {
  const dims = [...new Set(plan.items.map((i) => i.dimension))];
  return dims.map((id) => {
    const before = plan.baseline[id] ?? null;
    const now = report.dimensions.find((d) => d.id === id)?.overall ?? null;
    return { dimension: id, before, now, delta: before === null || now === null ? null : now - before };
  });
}

// ── Calendar ──

/** Escapes text for an iCalendar value (RFC 5545 §3.3.11). */
const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * The plan's milestones as an iCalendar file: one all-day event per dated item, on its due date.
 * `stamp` is the moment of export (UTC, `YYYYMMDDTHHMMSSZ`), `names` the dimension names.
 */
export function planCalendar(
  plan: PlanFile,
  names: ReadonlyMap<string, string>,
  stamp: string,
  ownerWord: string,
): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//industry-college-kb//review//ZH', 'CALSCALE:GREGORIAN'];
  plan.items.forEach((item, i) => {
    if (!item.due) return;
    const day = item.due.replace(/-/g, '');
    const next = new Date(`${item.due}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const name = names.get(item.dimension) ?? item.dimension;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${plan.round.id}-${i + 1}-${item.dimension}@review`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replace(/-/g, '')}`,
      `SUMMARY:${icsText(`${name}：${item.action}`)}`,
      `DESCRIPTION:${icsText(`${plan.round.partnership} · ${plan.round.name}${item.owner ? `\n${ownerWord}：${item.owner}` : ''}`)}`,
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
