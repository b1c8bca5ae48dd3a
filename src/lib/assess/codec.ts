/**
 * Export and import of answer files. A file is JSON with a format marker, a format `version`, the
 * question `edition` it was answered against, and every answer with its statement id and the
 * wording the respondent saw, so a later edition can still read it and say what changed.
 *
 * Import never trusts the file: size, JSON, marker, version, perspective, ids, ratings and notes are
 * checked before anything is returned; a refusal names what is wrong and changes nothing.
 */
import {
  NOTE_MAX,
  PERSPECTIVES,
  STATEMENT_ID,
  statementsOf,
  type Answer,
  type Answers,
  type Bank,
  type Perspective,
  type Rating,
} from './model.ts';

/** Marks a file as this site's self-assessment. */
export const FORMAT = 'industry-college-self-assessment';
/** The file format this code writes and reads. */
export const FORMAT_VERSION = 1;
/** Largest file accepted, in bytes (characters, for text already read). */
export const MAX_FILE_BYTES = 1_000_000;
/** Most answers a file may hold (far above any edition's count). */
const MAX_ANSWERS = 500;

/** One answer as written in a file. */
export interface FileAnswer {
  id: string;
  text: string;
  rating: Rating;
  note?: string;
}

/** An answer file, as written. */
export interface AnswerFile {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  edition: string;
  perspective: Perspective;
  /** The day it was exported, YYYY-MM-DD. */
  date: string;
  answers: FileAnswer[];
}

/** What changed between the file's edition and the current one. */
export interface EditionChanges {
  /** Ids answered in the file that this edition no longer asks (their answers are dropped). */
  removed: string[];
  /** Ids whose wording changed since the file was written (answers kept). */
  reworded: string[];
  /** Ids this edition asks that the file does not answer. */
  added: string[];
}

/** Why an import was refused; the page prints a message for each. */
export type ImportError =
  | 'too-big'
  | 'not-json'
  | 'not-answers'
  | 'version'
  | 'perspective'
  | 'unknown-id'
  | 'duplicate-id'
  | 'rating'
  | 'note'
  | 'date';

export type ImportResult =
  | { ok: true; perspective: Perspective; date: string; edition: string; answers: Answers; changes: EditionChanges }
  | { ok: false; error: ImportError; detail: string };

/** The file for `answers` of one perspective; only statements of that perspective are written. */
export function exportAnswers(bank: Bank, perspective: Perspective, answers: Answers, date: string): AnswerFile {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    edition: bank.edition,
    perspective,
    date,
    answers: statementsOf(bank, perspective).flatMap((s) => {
      const a = answers[s.id];
      if (!a) return [];
      return [{ id: s.id, text: s.text, rating: a.rating, ...(a.note ? { note: a.note } : {}) }];
    }),
  };
}

const fail = (error: ImportError, detail = ''): ImportResult => ({ ok: false, error, detail });

/** Whether a parsed JSON value is a plain object. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The first steps of reading any file the assessment engine accepts (answer files here, the
 * review round's response files in review.ts): refused when over MAX_FILE_BYTES, parsed as JSON.
 */
export function readJsonFile(
  text: string,
): { ok: true; data: unknown } | { ok: false; error: 'too-big' | 'not-json'; detail: string } {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'too-big', detail: String(text.length) };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'not-json', detail: '' };
  }
}
/**
 * Active markup in a note (a script, an embed, an event handler, a javascript: URL) is refused
 * outright: notes are only ever shown as text, but a file carrying these was not written by a
 * reader. Harmless text such as "<b>" or "< 80%" is kept, so a reader's own export always reads.
 */
const MARKUP =
  /<\s*\/?\s*(script|iframe|object|embed|img|svg|math|style|link|meta|base|form|frame)\b|\bon[a-z]+\s*=|javascript:/i;

/** Reads an answer file's text against the current `bank`. */
export function importAnswers(text: string, bank: Bank): ImportResult {
  const file = readJsonFile(text);
  if (!file.ok) return fail(file.error, file.detail);
  const data = file.data;
  if (!isObject(data) || data['format'] !== FORMAT || !Array.isArray(data['answers'])) return fail('not-answers');
  if (data['version'] !== FORMAT_VERSION) return fail('version', String(data['version']));
  const perspective = data['perspective'];
  if (!PERSPECTIVES.includes(perspective as Perspective)) return fail('perspective', String(perspective));
  const p = perspective as Perspective;
  const date = typeof data['date'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data['date']) ? data['date'] : null;
  if (!date) return fail('date');
  const edition = typeof data['edition'] === 'string' ? data['edition'].slice(0, 16) : '';
  const list = data['answers'] as unknown[];
  if (list.length > MAX_ANSWERS) return fail('too-big', String(list.length));

  const current = new Map(statementsOf(bank, p).map((s) => [s.id, s.text]));
  const suffix = p === 'school' ? '-s' : '-e';
  const answers: Record<string, Answer> = {};
  const seen = new Set<string>();
  const changes: EditionChanges = { removed: [], reworded: [], added: [] };
  for (const item of list) {
    if (!isObject(item)) return fail('not-answers');
    const id = item['id'];
    if (typeof id !== 'string' || !STATEMENT_ID.test(id) || !id.includes(suffix))
      return fail('unknown-id', String(id).slice(0, 60));
    if (seen.has(id)) return fail('duplicate-id', id);
    seen.add(id);
    const rating = item['rating'];
    if (rating !== 'na' && rating !== 0 && rating !== 1 && rating !== 2 && rating !== 3) return fail('rating', id);
    const note = item['note'];
    if (note !== undefined && (typeof note !== 'string' || note.length > NOTE_MAX || MARKUP.test(note)))
      return fail('note', id);
    const wording = current.get(id);
    if (wording === undefined) {
      // The same edition cannot hold an id this page does not know: the file was made up.
      if (edition === bank.edition) return fail('unknown-id', id);
      changes.removed.push(id);
      continue;
    }
    if (typeof item['text'] === 'string' && item['text'] !== wording) changes.reworded.push(id);
    answers[id] = note ? { rating, note } : { rating };
  }
  if (edition !== bank.edition) changes.added = [...current.keys()].filter((id) => !seen.has(id));
  return { ok: true, perspective: p, date, edition, answers, changes };
}
