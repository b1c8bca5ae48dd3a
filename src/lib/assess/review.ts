/**
 * 多方协同体检: the same engine as the self-assessment (the scale, `scoreOf`, `levelOf`,
 * `fingerprint`, the file-size limit and the refusal style of `codec.ts`), for five roles that each
 * answer their own statements about one partnership in one round.
 *
 * A round is named by the coordinator and travels in the URL fragment; each respondent's answers come
 * back as a file or a short code; the coordinator merges any number of them into a report per
 * dimension and role, with flags where the roles read the partnership differently. Pure: no DOM.
 */
import { REVIEW_ROLES, type ReviewRole } from '../enums.ts';
import { isObject, readJsonFile } from './codec.ts';
import { levelOf } from './compare.ts';
import { fingerprint, type Level, type Rating, type Statement } from './model.ts';
import { scoreOf } from './score.ts';

export { levelOf };
export const ROLE_IDS = REVIEW_ROLES.map((r) => r.id);

/** One dimension with each role's statements (a role may have none). */
export interface ReviewDimension {
  id: string;
  name: string;
  statements: Readonly<Record<ReviewRole, readonly Statement[]>>;
}

/** The statements of one edition; `edition` changes whenever an id or a wording changes. */
export interface ReviewBank {
  edition: string;
  dimensions: readonly ReviewDimension[];
}

/** Builds the bank; its edition is the fingerprint of every id and wording, in order. */
export function makeReviewBank(dimensions: readonly ReviewDimension[]): ReviewBank {
  const all = dimensions.flatMap((d) => ROLE_IDS.flatMap((r) => d.statements[r].map((s) => `${s.id}=${s.text}`)));
  return { edition: fingerprint(all.join('\n')), dimensions };
}

/** A role's statements, in bank order. */
export function roleStatements(bank: ReviewBank, role: ReviewRole): Statement[] {
  return bank.dimensions.flatMap((d) => d.statements[role]);
}

const roleByCode = new Map<string, ReviewRole>(REVIEW_ROLES.map((r) => [r.code, r.id]));
const codeOf = (role: ReviewRole) => REVIEW_ROLES.find((r) => r.id === role)?.code ?? '';

// ── The round ──

/** A review round: a random id, the partnership's name and the round's name (e.g. 2026 年度). */
export interface Round {
  id: string;
  partnership: string;
  name: string;
}

/** Longest partnership or round name kept (characters). */
export const NAME_MAX = 60;
/** A round id or a respondent id: 8 characters of [a-z0-9]. */
export const TOKEN = /^[a-z0-9]{8}$/;

/** A new random token (8 × base-36) from `random` bytes (crypto.getRandomValues in the browser). */
export function newToken(random: (n: number) => Uint8Array): string {
  return [...random(8)].map((b) => (b % 36).toString(36)).join('');
}

/**
 * Text from a link or a file, made safe to keep: control characters and angle brackets dropped
 * (names are only ever set as text, but a file carrying markup was not written by this site),
 * trimmed and cut to `max` characters.
 */
export function cleanText(v: unknown, max = NAME_MAX): string {
  if (typeof v !== 'string') return '';
  return [...v]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f' && c !== '<' && c !== '>')
    .join('')
    .trim()
    .slice(0, max);
}
const cleanName = (v: unknown) => cleanText(v);

/** A round from what the coordinator typed; null when a name is missing. */
export function makeRound(id: string, partnership: string, name: string): Round | null {
  const round = { id, partnership: cleanName(partnership), name: cleanName(name) };
  return TOKEN.test(id) && round.partnership && round.name ? round : null;
}

/** The fragment (without `#`) of a round, for one role's link or for the coordinator (no role). */
export function encodeRound(round: Round, role?: ReviewRole): string {
  const p = new URLSearchParams({ review: '1', id: round.id, p: round.partnership, r: round.name });
  if (role) p.set('role', role);
  return p.toString();
}

/** Reads a fragment; null for any fragment that is not a round (a heading anchor, a broken link). */
export function decodeRound(fragment: string): { round: Round; role: ReviewRole | null } | null {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  if (p.get('review') !== '1') return null;
  const round = makeRound(p.get('id') ?? '', p.get('p') ?? '', p.get('r') ?? '');
  if (!round) return null;
  const role = p.get('role');
  if (role !== null && !ROLE_IDS.includes(role as ReviewRole)) return null;
  return { round, role: role as ReviewRole | null };
}

// ── One respondent's answers: a file or a short code ──

/** Marks a file as one respondent's answers to a review round. */
export const RESPONSE_FORMAT = 'industry-college-review';
export const RESPONSE_VERSION = 1;

/** Answers by statement id: a level, or `'na'` (不适用/不了解, never counted). */
export type ReviewAnswers = Readonly<Record<string, Rating>>;

/** A response as written to a file. Nothing personal: the respondent id is random. */
export interface ResponseFile {
  format: typeof RESPONSE_FORMAT;
  version: typeof RESPONSE_VERSION;
  edition: string;
  round: Round;
  role: ReviewRole;
  respondent: string;
  /** YYYY-MM-DD. */
  date: string;
  answers: { id: string; text: string; rating: Rating }[];
}

/** One response, read and checked. */
export interface Response {
  round: Round;
  role: ReviewRole;
  respondent: string;
  answers: ReviewAnswers;
}

export type ResponseError =
  | 'too-big'
  | 'not-json'
  | 'not-ours'
  | 'version'
  | 'round'
  | 'role'
  | 'respondent'
  | 'unknown-id'
  | 'duplicate-id'
  | 'rating'
  | 'checksum'
  | 'edition';

export type ResponseResult = ({ ok: true } & Response) | { ok: false; error: ResponseError; detail: string };

/** The file for one respondent; only the role's own statements are written. */
export function exportResponse(
  bank: ReviewBank,
  round: Round,
  role: ReviewRole,
  respondent: string,
  answers: ReviewAnswers,
  date: string,
): ResponseFile {
  return {
    format: RESPONSE_FORMAT,
    version: RESPONSE_VERSION,
    edition: bank.edition,
    round,
    role,
    respondent,
    date,
    answers: roleStatements(bank, role).flatMap((s) =>
      answers[s.id] === undefined ? [] : [{ id: s.id, text: s.text, rating: answers[s.id] as Rating }],
    ),
  };
}

const fail = (error: ResponseError, detail = ''): ResponseResult => ({ ok: false, error, detail });
const isRating = (v: unknown): v is Rating => v === 'na' || v === 0 || v === 1 || v === 2 || v === 3;

/** Reads a response file's text. */
export function importResponse(text: string, bank: ReviewBank): ResponseResult {
  const file = readJsonFile(text);
  if (!file.ok) return fail(file.error, file.detail);
  const data = file.data;
  if (!isObject(data) || data['format'] !== RESPONSE_FORMAT || !Array.isArray(data['answers'])) return fail('not-ours');
  if (data['version'] !== RESPONSE_VERSION) return fail('version', String(data['version']).slice(0, 20));
  const r = isObject(data['round']) ? data['round'] : {};
  const round = makeRound(String(r['id'] ?? ''), String(r['partnership'] ?? ''), String(r['name'] ?? ''));
  if (!round) return fail('round');
  const role = data['role'] as ReviewRole;
  if (!ROLE_IDS.includes(role)) return fail('role', String(role).slice(0, 40));
  const respondent = data['respondent'];
  if (typeof respondent !== 'string' || !TOKEN.test(respondent)) return fail('respondent');
  const list = data['answers'] as unknown[];
  if (list.length > 200) return fail('too-big', String(list.length));
  const sameEdition = data['edition'] === bank.edition;
  const current = new Set(roleStatements(bank, role).map((s) => s.id));
  const answers: Record<string, Rating> = {};
  for (const item of list) {
    if (!isObject(item)) return fail('not-ours');
    const id = item['id'];
    if (typeof id !== 'string' || !/^[a-z][a-z0-9-]{0,40}-(sl|t|el|m|st)\d{1,2}$/.test(id))
      return fail('unknown-id', String(id).slice(0, 60));
    if (Object.hasOwn(answers, id)) return fail('duplicate-id', id);
    if (!isRating(item['rating'])) return fail('rating', id);
    if (!current.has(id)) {
      // The same edition cannot hold an id this page does not ask this role: the file was made up.
      if (sameEdition) return fail('unknown-id', id);
      continue;
    }
    answers[id] = item['rating'];
  }
  return { ok: true, round, role, respondent, answers };
}

/** The short code of a response: `R1.<round>.<role>.<edition>.<respondent>.<ratings>.<check>`. */
export function encodeCode(
  bank: ReviewBank,
  round: Round,
  role: ReviewRole,
  respondent: string,
  answers: ReviewAnswers,
): string {
  const ratings = roleStatements(bank, role)
    .map((s) => {
      const r = answers[s.id];
      return r === undefined ? '-' : r === 'na' ? 'n' : String(r);
    })
    .join('');
  const body = `R1.${round.id}.${codeOf(role)}.${bank.edition}.${respondent}.${ratings}`;
  return `${body}.${fingerprint(body).slice(0, 4)}`;
}

/**
 * Reads a short code. It carries the round's id only, so it is read against the coordinator's
 * `round`; a code from another edition cannot be read (the order of its ratings is unknown).
 */
export function decodeCode(code: string, bank: ReviewBank, round: Round): ResponseResult {
  const text = code.replace(/\s+/g, '');
  if (text.length > 400) return fail('too-big', String(text.length));
  const parts = text.split('.');
  if (parts[0] !== 'R1' || parts.length !== 7) return fail('not-ours');
  const [, roundId = '', code2 = '', edition = '', respondent = '', ratings = '', check = ''] = parts;
  if (fingerprint(parts.slice(0, 6).join('.')).slice(0, 4) !== check) return fail('checksum');
  if (roundId !== round.id) return fail('round', roundId);
  const role = roleByCode.get(code2);
  if (!role) return fail('role', code2);
  if (!TOKEN.test(respondent)) return fail('respondent');
  if (edition !== bank.edition) return fail('edition', edition);
  const statements = roleStatements(bank, role);
  if (ratings.length !== statements.length || !/^[0-3n-]*$/.test(ratings)) return fail('rating', ratings.slice(0, 40));
  const answers: Record<string, Rating> = {};
  statements.forEach((s, i) => {
    const c = ratings[i];
    if (c === 'n') answers[s.id] = 'na';
    else if (c && c !== '-') answers[s.id] = Number(c) as Level;
  });
  return { ok: true, round, role, respondent, answers };
}

// ── Merging ──

/** One input to merge: a file's name (or 代码 n) and its text. */
export interface MergeInput {
  name: string;
  text: string;
}

/** What the merge kept and what it set aside, with the reason for each. */
export interface Merged {
  round: Round | null;
  responses: Response[];
  skipped: { name: string; error: ResponseError | 'duplicate'; detail: string }[];
}

/**
 * Reads every input against the bank and the round (the coordinator's, or else the first readable
 * input's). A response from another round is set aside; the same respondent twice (the same file
 * sent twice, or a file and its code) counts once.
 */
export function mergeResponses(inputs: readonly MergeInput[], bank: ReviewBank, round: Round | null): Merged {
  const out: Merged = { round, responses: [], skipped: [] };
  const seen = new Set<string>();
  for (const { name, text } of inputs) {
    const trimmed = text.trim();
    let result: ResponseResult;
    if (trimmed.startsWith('R1.')) {
      result = out.round ? decodeCode(trimmed, bank, out.round) : fail('round', '');
    } else {
      result = importResponse(text, bank);
      if (result.ok && out.round && result.round.id !== out.round.id) result = fail('round', result.round.id);
    }
    if (!result.ok) {
      out.skipped.push({ name, error: result.error, detail: result.detail });
      continue;
    }
    out.round ??= result.round;
    if (seen.has(result.respondent)) {
      out.skipped.push({ name, error: 'duplicate', detail: result.respondent });
      continue;
    }
    seen.add(result.respondent);
    const { round: r, role, respondent, answers } = result;
    out.responses.push({ round: r, role, respondent, answers });
  }
  return out;
}

// ── The report ──

/** One role's view of one dimension. */
export interface RoleCell {
  role: ReviewRole;
  /** False when the role has no statement in this dimension. */
  asked: boolean;
  /** 0–100 over every counted rating of the role's respondents, or null when none counted. */
  score: number | null;
  /** Mean level 0–3, unrounded (the flags compare these), or null. */
  level: number | null;
  /** Ratings counted (levels). */
  counted: number;
  /** Answers 不适用/不了解. */
  unknown: number;
}

/** One dimension across roles. */
export interface DimensionReport {
  id: string;
  name: string;
  cells: RoleCell[];
  /** Mean of the roles' scores, or null. */
  overall: number | null;
  /** Highest minus lowest role score, or null with fewer than two scored roles. */
  spread: number | null;
}

export interface Report {
  /** Respondents per role. */
  counts: Record<ReviewRole, number>;
  dimensions: DimensionReport[];
}

const mean = (list: readonly number[]) =>
  list.length ? Math.round(list.reduce((a, b) => a + b, 0) / list.length) : null;

/** Scores every dimension for every role from the merged responses. */
export function makeReport(bank: ReviewBank, responses: readonly Response[]): Report {
  const counts = Object.fromEntries(ROLE_IDS.map((r) => [r, 0])) as Record<ReviewRole, number>;
  for (const r of responses) counts[r.role]++;
  const dimensions = bank.dimensions.map((d): DimensionReport => {
    const cells = ROLE_IDS.map((role): RoleCell => {
      const levels: number[] = [];
      let unknown = 0;
      for (const resp of responses) {
        if (resp.role !== role) continue;
        for (const s of d.statements[role]) {
          const a = resp.answers[s.id];
          if (a === 'na') unknown++;
          else if (a !== undefined) levels.push(a);
        }
      }
      return {
        role,
        asked: d.statements[role].length > 0,
        score: scoreOf(levels),
        level: levels.length ? levels.reduce((a, b) => a + b, 0) / levels.length : null,
        counted: levels.length,
        unknown,
      };
    });
    const scored = cells.flatMap((c) => (c.score === null ? [] : [c.score]));
    return {
      id: d.id,
      name: d.name,
      cells,
      overall: mean(scored),
      spread: scored.length > 1 ? Math.max(...scored) - Math.min(...scored) : null,
    };
  });
  return { counts, dimensions };
}

/** Two roles differ by one level of the scale or more (a third of the score range). */
export const DIVERGENCE_LEVELS = 1;
/** Students read a dimension half a level or more below the staff's mean. */
export const STUDENT_GAP_LEVELS = 0.5;

export type Flag =
  | { kind: 'divergence'; dimension: string; high: ReviewRole; low: ReviewRole; gap: number }
  | { kind: 'students-below'; dimension: string; student: number; staff: number; gap: number };

/**
 * Where the roles disagree: the highest and the lowest role of a dimension one level or more apart,
 * and students half a level or more below the staff roles' mean. Gaps are in levels, one decimal.
 */
export function flagsOf(report: Report): Flag[] {
  const staffRoles = new Set<ReviewRole>(REVIEW_ROLES.filter((r) => r.staff).map((r) => r.id));
  const flags: Flag[] = [];
  for (const d of report.dimensions) {
    const scored = d.cells.filter((c): c is RoleCell & { score: number; level: number } => c.level !== null);
    if (scored.length > 1) {
      const high = scored.reduce((a, b) => (b.level > a.level ? b : a));
      const low = scored.reduce((a, b) => (b.level < a.level ? b : a));
      const gap = high.level - low.level;
      if (gap >= DIVERGENCE_LEVELS - 1e-9)
        flags.push({ kind: 'divergence', dimension: d.id, high: high.role, low: low.role, gap: round1(gap) });
    }
    const student = scored.find((c) => c.role === 'student');
    const staff = scored.filter((c) => staffRoles.has(c.role));
    if (student && staff.length) {
      const staffLevel = staff.reduce((a, c) => a + c.level, 0) / staff.length;
      const gap = staffLevel - student.level;
      if (gap >= STUDENT_GAP_LEVELS - 1e-9)
        flags.push({
          kind: 'students-below',
          dimension: d.id,
          student: student.score,
          staff: Math.round((staffLevel * 100) / 3),
          gap: round1(gap),
        });
    }
  }
  return flags;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The roles a flag is about. */
export function flagRoles(flag: Flag): ReviewRole[] {
  return flag.kind === 'divergence'
    ? [flag.high, flag.low]
    : ROLE_IDS.filter((r) => REVIEW_ROLES.find((x) => x.id === r)?.staff || r === 'student');
}

/** One statement behind a flag: its mean level over the role's respondents. */
export interface StatementView {
  role: ReviewRole;
  id: string;
  text: string;
  /** Mean level 0–3, one decimal, or null when nobody rated it with a level. */
  mean: number | null;
  counted: number;
  unknown: number;
}

/** The statements of `roles` in one dimension, with how each was rated. */
export function statementsBehind(
  bank: ReviewBank,
  responses: readonly Response[],
  dimension: string,
  roles: readonly ReviewRole[],
): StatementView[] {
  const d = bank.dimensions.find((x) => x.id === dimension);
  if (!d) return [];
  return roles.flatMap((role) =>
    d.statements[role].map((s) => {
      const levels: number[] = [];
      let unknown = 0;
      for (const r of responses) {
        if (r.role !== role) continue;
        const a = r.answers[s.id];
        if (a === 'na') unknown++;
        else if (a !== undefined) levels.push(a);
      }
      const m = levels.length ? round1(levels.reduce((a, b) => a + b, 0) / levels.length) : null;
      return { role, id: s.id, text: s.text, mean: m, counted: levels.length, unknown };
    }),
  );
}

/**
 * The focus dimensions the report proposes: the two lowest overall, and the most disputed (largest
 * spread) when it is not one of them — two or three, in the model's order of scoring.
 */
export function proposeFocus(report: Report): string[] {
  const scored = report.dimensions.map((d, i) => ({ d, i })).filter((x) => x.d.overall !== null);
  const lowest = [...scored]
    .sort((a, b) => (a.d.overall ?? 0) - (b.d.overall ?? 0) || a.i - b.i)
    .slice(0, 2)
    .map((x) => x.d.id);
  const disputed = [...scored]
    .filter((x) => x.d.spread !== null)
    .sort((a, b) => (b.d.spread ?? 0) - (a.d.spread ?? 0) || a.i - b.i)[0]?.d.id;
  return disputed && !lowest.includes(disputed) ? [...lowest, disputed] : lowest;
}
