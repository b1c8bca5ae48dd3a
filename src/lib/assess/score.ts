/**
 * Scoring. A statement rated at level L counts L of 3 points; 不适用 and unanswered statements are
 * left out. A dimension's score is round(100 × points ÷ (3 × statements counted)); a dimension with
 * nothing counted has no score (null). A group's score is the mean of its scored dimensions.
 */
import { MAX_LEVEL, type Answers, type Bank, type Perspective } from './model.ts';

/** One dimension's result. */
export interface DimensionScore {
  id: string;
  name: string;
  group: string;
  /** 0–100, or null when every statement is 不适用 or unanswered. */
  score: number | null;
  /** Statements answered with a level (不适用 excluded). */
  counted: number;
  /** Statements answered 不适用. */
  na: number;
  /** Statements of the dimension for this perspective. */
  total: number;
}

/** Score of a set of ratings, or null when none counts. */
export function scoreOf(levels: readonly number[]): number | null {
  if (!levels.length) return null;
  const sum = levels.reduce((a, b) => a + b, 0);
  return Math.round((100 * sum) / (MAX_LEVEL * levels.length));
}

/** Scores every dimension of `bank` from `answers`, for one perspective. */
export function scoreDimensions(bank: Bank, perspective: Perspective, answers: Answers): DimensionScore[] {
  return bank.dimensions.map((d) => {
    const levels: number[] = [];
    let na = 0;
    for (const s of d[perspective]) {
      const rating = answers[s.id]?.rating;
      if (rating === 'na') na++;
      else if (rating !== undefined) levels.push(rating);
    }
    return {
      id: d.id,
      name: d.name,
      group: d.group,
      score: scoreOf(levels),
      counted: levels.length,
      na,
      total: d[perspective].length,
    };
  });
}

/** Mean score of each group's scored dimensions (null when none is scored), keyed by group id. */
export function scoreGroups(scores: readonly DimensionScore[]): Map<string, number | null> {
  const groups = new Map<string, number[]>();
  for (const s of scores) {
    const list = groups.get(s.group) ?? [];
    if (s.score !== null) list.push(s.score);
    groups.set(s.group, list);
  }
  return new Map(
    [...groups].map(([g, list]) => [g, list.length ? Math.round(list.reduce((a, b) => a + b, 0) / list.length) : null]),
  );
}

/** Answered statements (a level or 不适用) out of all statements of the perspective. */
export function progress(bank: Bank, perspective: Perspective, answers: Answers): { answered: number; total: number } {
  const all = bank.dimensions.flatMap((d) => d[perspective]);
  return { answered: all.filter((s) => answers[s.id] !== undefined).length, total: all.length };
}

/**
 * The `n` weakest scored dimensions, lowest first; ties keep the model's order, so the result is
 * stable. Dimensions without a score are never called weak.
 */
export function weakest(scores: readonly DimensionScore[], n = 3): DimensionScore[] {
  return scores
    .map((s, i) => ({ s, i }))
    .filter((x) => x.s.score !== null)
    .sort((a, b) => (a.s.score ?? 0) - (b.s.score ?? 0) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.s);
}
