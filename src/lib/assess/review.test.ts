import { describe, expect, test } from 'vitest';
import type { ReviewRole } from '../enums.ts';
import {
  decodeCode,
  decodeRound,
  encodeCode,
  encodeRound,
  exportResponse,
  flagsOf,
  importResponse,
  makeReport,
  makeReviewBank,
  mergeResponses,
  proposeFocus,
  statementsBehind,
  type ReviewAnswers,
  type ReviewDimension,
  type Round,
} from './review.ts';
import type { Rating } from './model.ts';

const s = (dim: string, code: string, n = 1) =>
  Array.from({ length: n }, (_, i) => ({ id: `${dim}-${code}${i + 1}`, text: `${dim} ${code} 陈述${i + 1}` }));
const dim = (id: string, student = true): ReviewDimension => ({
  id,
  name: `维度${id}`,
  statements: {
    'school-leader': s(id, 'sl'),
    teacher: s(id, 't', 2),
    'enterprise-leader': s(id, 'el'),
    mentor: s(id, 'm'),
    student: student ? s(id, 'st') : [],
  },
});
const bank = makeReviewBank([dim('alpha'), dim('beta'), dim('gamma', false)]);
const round: Round = { id: 'abcd1234', partnership: '某产业学院 × 某企业', name: '2026 年度' };
const other: Round = { ...round, id: 'zzzz9999' };

/** Every statement of `role` rated `level`, except those in `except`. */
function rateAll(role: ReviewRole, level: Rating, except: Record<string, Rating> = {}): ReviewAnswers {
  const out: Record<string, Rating> = {};
  for (const d of bank.dimensions) for (const st of d.statements[role]) out[st.id] = except[st.id] ?? level;
  return out;
}
let n = 0;
const token = () => `resp${String(n++).padStart(4, '0')}`;
const file = (role: ReviewRole, answers: ReviewAnswers, r = round, respondent = token()) =>
  JSON.stringify(exportResponse(bank, r, role, respondent, answers, '2026-12-01'));

describe('the round travels in the fragment', () => {
  test('a role link round-trips, Chinese names included', () => {
    expect(decodeRound(`#${encodeRound(round, 'mentor')}`)).toEqual({ round, role: 'mentor' });
    expect(decodeRound(encodeRound(round))).toEqual({ round, role: null });
  });
  test.each([
    '#answer',
    '#review=1&id=short&p=x&r=y',
    '#review=1&id=abcd1234&p=&r=y',
    `#${encodeRound(round)}&role=parent`,
  ])('%s is not a round', (f) => expect(decodeRound(f)).toBeNull());
});

describe('a response as a file or a short code', () => {
  const answers = rateAll('student', 2, { 'alpha-st1': 'na' });
  test('the file round-trips and keeps only the role’s statements', () => {
    const text = file('student', { ...answers, 'alpha-t1': 3 }, round, 'stud0001');
    expect(importResponse(text, bank)).toEqual({ ok: true, round, role: 'student', respondent: 'stud0001', answers });
  });
  test('the code round-trips and is short', () => {
    const code = encodeCode(bank, round, 'student', 'stud0001', answers);
    expect(code.length).toBeLessThan(60);
    expect(decodeCode(code, bank, round)).toEqual({
      ok: true,
      round,
      role: 'student',
      respondent: 'stud0001',
      answers,
    });
  });
  test('a mistyped code fails its check', () => {
    const code = encodeCode(bank, round, 'student', 'stud0001', answers);
    expect(decodeCode(code.replace('.n2', '.n3'), bank, round)).toMatchObject({ ok: false, error: 'checksum' });
  });
});

describe('merging', () => {
  test('the same respondent twice (file and code) counts once; another round is set aside', () => {
    const a = rateAll('teacher', 2);
    const merged = mergeResponses(
      [
        { name: 'a.json', text: file('teacher', a, round, 'teach001') },
        { name: '代码 1', text: encodeCode(bank, round, 'teacher', 'teach001', a) },
        { name: 'b.json', text: file('mentor', rateAll('mentor', 1), other) },
        { name: 'c.json', text: file('mentor', rateAll('mentor', 1)) },
      ],
      bank,
      round,
    );
    expect(merged.responses.map((r) => r.role)).toEqual(['teacher', 'mentor']);
    expect(merged.skipped).toEqual([
      { name: '代码 1', error: 'duplicate', detail: 'teach001' },
      { name: 'b.json', error: 'round', detail: 'zzzz9999' },
    ]);
  });
  test('without the coordinator’s round, the first readable file names it', () => {
    const merged = mergeResponses(
      [
        { name: 'x', text: 'nope' },
        { name: 'a', text: file('student', {}, other) },
      ],
      bank,
      null,
    );
    expect(merged.round).toEqual(other);
  });

  const good = () => JSON.parse(file('teacher', rateAll('teacher', 1))) as Record<string, unknown>;
  test.each([
    { what: 'larger than 1 MB', text: JSON.stringify({ ...good(), pad: 'x'.repeat(1_000_001) }), error: 'too-big' },
    { what: 'not JSON', text: '{"format":', error: 'not-json' },
    {
      what: 'a self-assessment file',
      text: JSON.stringify({ format: 'industry-college-self-assessment', answers: [] }),
      error: 'not-ours',
    },
    { what: 'a newer version', text: JSON.stringify({ ...good(), version: 2 }), error: 'version' },
    { what: 'an unknown role', text: JSON.stringify({ ...good(), role: 'parent' }), error: 'role' },
    {
      what: 'a respondent id with markup',
      text: JSON.stringify({ ...good(), respondent: '<script>' }),
      error: 'respondent',
    },
    { what: 'a round without a name', text: JSON.stringify({ ...good(), round: { id: 'abcd1234' } }), error: 'round' },
    {
      what: 'a __proto__ id',
      text: JSON.stringify({ ...good(), answers: [{ id: '__proto__', rating: 1 }] }),
      error: 'unknown-id',
    },
    {
      what: 'another role’s statement',
      text: JSON.stringify({ ...good(), answers: [{ id: 'alpha-st1', rating: 1 }] }),
      error: 'unknown-id',
    },
    {
      what: 'a statement twice',
      text: JSON.stringify({
        ...good(),
        answers: [
          { id: 'alpha-t1', rating: 1 },
          { id: 'alpha-t1', rating: 2 },
        ],
      }),
      error: 'duplicate-id',
    },
    {
      what: 'a rating off the scale',
      text: JSON.stringify({ ...good(), answers: [{ id: 'alpha-t1', rating: 4 }] }),
      error: 'rating',
    },
    {
      what: 'too many answers',
      text: JSON.stringify({ ...good(), answers: Array.from({ length: 201 }, () => ({})) }),
      error: 'too-big',
    },
  ])('$what is set aside with its reason', ({ text, error }) => {
    const merged = mergeResponses([{ name: 'f.json', text }], bank, round);
    expect(merged.responses).toEqual([]);
    expect(merged.skipped[0]).toMatchObject({ name: 'f.json', error });
  });
  test('a file from an earlier edition keeps the answers this edition still asks', () => {
    const older = makeReviewBank([
      { ...dim('alpha'), statements: { ...dim('alpha').statements, teacher: s('alpha', 't', 3) } },
    ]);
    const text = JSON.stringify(
      exportResponse(older, round, 'teacher', 'teach009', { 'alpha-t3': 1, 'alpha-t1': 2 }, '2025-12-01'),
    );
    const merged = mergeResponses([{ name: 'old.json', text }], bank, round);
    expect(merged.responses[0]?.answers).toEqual({ 'alpha-t1': 2 });
  });
  test('a code from another edition is refused rather than misread', () => {
    const older = makeReviewBank([dim('alpha')]);
    const code = encodeCode(older, round, 'mentor', 'ment0001', { 'alpha-m1': 2 });
    expect(decodeCode(code, bank, round)).toMatchObject({ ok: false, error: 'edition' });
  });
});

describe('the report and its flags', () => {
  const staff: ReviewRole[] = ['school-leader', 'teacher', 'enterprise-leader', 'mentor'];
  const everyone = (studentOn: Record<string, Rating> = {}) =>
    mergeResponses(
      [
        ...staff.map((r) => ({ name: r, text: file(r, rateAll(r, 2)) })),
        { name: 'student', text: file('student', rateAll('student', 2, studentOn)) },
      ],
      bank,
      round,
    ).responses;

  test('counts, scores, and 不了解 never counted', () => {
    const responses = [
      ...everyone(),
      ...mergeResponses([{ name: 't2', text: file('teacher', rateAll('teacher', 'na')) }], bank, round).responses,
    ];
    const report = makeReport(bank, responses);
    expect(report.counts).toEqual({ 'school-leader': 1, teacher: 2, 'enterprise-leader': 1, mentor: 1, student: 1 });
    const alpha = report.dimensions[0];
    expect(alpha?.cells.find((c) => c.role === 'teacher')).toMatchObject({ score: 67, counted: 2, unknown: 2 });
    expect(report.dimensions[2]?.cells.find((c) => c.role === 'student')).toMatchObject({ asked: false, score: null });
  });

  test('agreement raises no flag', () => {
    expect(flagsOf(makeReport(bank, everyone()))).toEqual([]);
  });

  test('students a level or more below flag both kinds, on that dimension only, with the statements behind', () => {
    const responses = everyone({ 'beta-st1': 0 });
    const flags = flagsOf(makeReport(bank, responses));
    expect(flags).toEqual([
      { kind: 'divergence', dimension: 'beta', high: 'school-leader', low: 'student', gap: 2 },
      { kind: 'students-below', dimension: 'beta', student: 0, staff: 67, gap: 2 },
    ]);
    expect(statementsBehind(bank, responses, 'beta', ['student'])).toEqual([
      { role: 'student', id: 'beta-st1', text: 'beta st 陈述1', mean: 0, counted: 1, unknown: 0 },
    ]);
  });

  test.each([
    { level: 1 as Rating, flags: ['divergence', 'students-below'] },
    { level: 3 as Rating, flags: ['divergence'] },
  ])('a student at level $level against staff at 2 flags $flags', ({ level, flags }) => {
    expect(flagsOf(makeReport(bank, everyone({ 'alpha-st1': level }))).map((f) => f.kind)).toEqual(flags);
  });

  test('half a level apart between staff roles is not a divergence', () => {
    const responses = mergeResponses(
      [
        { name: 'a', text: file('teacher', rateAll('teacher', 2, { 'alpha-t1': 1 })) },
        { name: 'b', text: file('mentor', rateAll('mentor', 2)) },
      ],
      bank,
      round,
    ).responses;
    expect(flagsOf(makeReport(bank, responses))).toEqual([]);
  });

  test('the proposed focus is the two lowest and the most disputed', () => {
    const responses = everyone({ 'beta-st1': 0 });
    const extra = mergeResponses(
      [{ name: 'x', text: file('teacher', rateAll('teacher', 2, { 'gamma-t1': 0, 'gamma-t2': 0 })) }],
      bank,
      round,
    ).responses;
    const report = makeReport(bank, [...responses, ...extra]);
    expect(proposeFocus(report)).toEqual(['beta', 'gamma']);
    const disputedOnly = makeReport(bank, everyone({ 'alpha-st1': 0 }));
    expect(proposeFocus(disputedOnly)).toEqual(['alpha', 'beta']);
  });
});
