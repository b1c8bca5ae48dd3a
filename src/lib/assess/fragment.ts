/**
 * The URL fragment that shares a set of answers (`#a1.s.<edition>.<ratings>`): one character per
 * statement of the perspective, in the edition's order — `0`–`3` a level, `n` 不适用, `-` unanswered.
 * Notes stay out (they can be long and private). A fragment is never sent to a server.
 */
import { statementsOf, type Answer, type Answers, type Bank, type Perspective } from './model.ts';

const PREFIX = 'a1';

/** The fragment (without `#`) for `answers`. */
export function encodeFragment(bank: Bank, perspective: Perspective, answers: Answers): string {
  const ratings = statementsOf(bank, perspective)
    .map((s) => {
      const r = answers[s.id]?.rating;
      return r === undefined ? '-' : r === 'na' ? 'n' : String(r);
    })
    .join('');
  return `${PREFIX}.${perspective === 'school' ? 's' : 'e'}.${bank.edition}.${ratings}`;
}

export type FragmentResult =
  { ok: true; perspective: Perspective; answers: Answers } | { ok: false; error: 'not-ours' | 'edition' | 'malformed' };

/** Reads a fragment (with or without `#`); `not-ours` for any other fragment, e.g. a heading anchor. */
export function decodeFragment(fragment: string, bank: Bank): FragmentResult {
  const parts = fragment.replace(/^#/, '').split('.');
  if (parts[0] !== PREFIX) return { ok: false, error: 'not-ours' };
  const [, side, edition, ratings = ''] = parts;
  if (parts.length !== 4 || (side !== 's' && side !== 'e')) return { ok: false, error: 'malformed' };
  if (edition !== bank.edition) return { ok: false, error: 'edition' };
  const perspective: Perspective = side === 's' ? 'school' : 'enterprise';
  const statements = statementsOf(bank, perspective);
  if (ratings.length !== statements.length || !/^[0-3n-]*$/.test(ratings)) return { ok: false, error: 'malformed' };
  const answers: Record<string, Answer> = {};
  statements.forEach((s, i) => {
    const c = ratings[i];
    if (c === 'n') answers[s.id] = { rating: 'na' };
    else if (c && c !== '-') answers[s.id] = { rating: Number(c) as 0 | 1 | 2 | 3 };
  });
  return { ok: true, perspective, answers };
}
