/**
 * Comparisons: one result against an earlier one (change per dimension), and several respondents'
 * results side by side (spread per dimension, and where the two sides read the same practice very
 * differently).
 */
import type { Perspective } from './model.ts';
import type { DimensionScore } from './score.ts';

/** One dimension now and before. */
export interface Change {
  id: string;
  now: number | null;
  before: number | null;
  /** now − before, or null when either has no score. */
  delta: number | null;
}

/** The change per dimension; dimensions are matched by id, so a reordered edition still lines up. */
export function changeOverTime(now: readonly DimensionScore[], before: readonly DimensionScore[]): Change[] {
  const earlier = new Map(before.map((d) => [d.id, d.score]));
  return now.map((d) => {
    const b = earlier.get(d.id) ?? null;
    return { id: d.id, now: d.score, before: b, delta: d.score === null || b === null ? null : d.score - b };
  });
}

/** One respondent's result. */
export interface Respondent {
  label: string;
  perspective: Perspective;
  scores: readonly DimensionScore[];
}

/** One dimension across respondents. */
export interface Spread {
  id: string;
  /** Each respondent's score, in the order given. */
  scores: (number | null)[];
  min: number | null;
  max: number | null;
  /** max − min, or null with fewer than two scores. */
  spread: number | null;
  /** Mean score of the college respondents, and of the enterprise respondents. */
  school: number | null;
  enterprise: number | null;
  /** The college side reads as 已制度化 while the enterprise side reads as 起步 or less. */
  mismatch: boolean;
}

const mean = (list: readonly number[]) =>
  list.length ? Math.round(list.reduce((a, b) => a + b, 0) / list.length) : null;
/** The scale level (0–3) a score reads as. */
export const levelOf = (score: number) => Math.round((score * 3) / 100);

/** The spread of every dimension over `respondents` (dimension order from the first one). */
export function spreadOf(respondents: readonly Respondent[]): Spread[] {
  const first = respondents[0];
  if (!first) return [];
  return first.scores.map((d) => {
    const scores = respondents.map((r) => r.scores.find((s) => s.id === d.id)?.score ?? null);
    const known = scores.filter((s): s is number => s !== null);
    const side = (p: Perspective) =>
      mean(respondents.flatMap((r, i) => (r.perspective === p && scores[i] !== null ? [scores[i] as number] : [])));
    const school = side('school');
    const enterprise = side('enterprise');
    const min = known.length ? Math.min(...known) : null;
    const max = known.length ? Math.max(...known) : null;
    return {
      id: d.id,
      scores,
      min,
      max,
      spread: known.length > 1 && min !== null && max !== null ? max - min : null,
      school,
      enterprise,
      mismatch: school !== null && enterprise !== null && levelOf(school) === 3 && levelOf(enterprise) <= 1,
    };
  });
}
