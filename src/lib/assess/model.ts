/**
 * The self-assessment's data model, shared by the build (which prints the form) and the browser
 * (which scores it). Pure: no DOM, no Astro.
 */

/** The two perspectives that share one engine. */
export const PERSPECTIVES = ['school', 'enterprise'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** Ratings on the scale, lowest first: 未开始, 起步, 推进中, 已制度化. Their value is their index. */
export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];
/** A rating: a level, or 不适用 (`'na'`), which is excluded from every score. */
export type Rating = Level | 'na';
/** The highest level, the denominator of a statement's share. */
export const MAX_LEVEL = 3;

/** One statement as the engine sees it. */
export interface Statement {
  id: string;
  text: string;
}

/** One dimension with its statements for both perspectives. */
export interface BankDimension {
  id: string;
  name: string;
  group: string;
  school: readonly Statement[];
  enterprise: readonly Statement[];
}

/** The questions of one edition. `edition` changes whenever an id or a wording changes. */
export interface Bank {
  edition: string;
  dimensions: readonly BankDimension[];
}

/** One answer: the rating and an optional note. */
export interface Answer {
  rating: Rating;
  note?: string;
}

/** Answers keyed by statement id. */
export type Answers = Readonly<Record<string, Answer>>;

/** Longest note kept (characters); longer notes are refused on import. */
export const NOTE_MAX = 500;

/** The shape every statement id has (`process-s1`, `process-e2`). */
export const STATEMENT_ID = /^[a-z][a-z0-9-]{0,40}-[se]\d{1,2}$/;

/** FNV-1a over a string, as 8 hex digits: a short, stable fingerprint (not a security hash). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Builds a bank; its edition is the fingerprint of every id and wording, in order. */
export function makeBank(dimensions: readonly BankDimension[]): Bank {
  const all = dimensions.flatMap((d) => [...d.school, ...d.enterprise].map((s) => `${s.id}=${s.text}`));
  return { edition: fingerprint(all.join('\n')), dimensions };
}

/** The statements of one perspective, in bank order. */
export function statementsOf(bank: Bank, perspective: Perspective): Statement[] {
  return bank.dimensions.flatMap((d) => d[perspective]);
}
