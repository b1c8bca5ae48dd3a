import { describe, expect, test } from 'vitest';
import { FORMAT, exportAnswers, importAnswers } from './codec.ts';
import { makeBank, type Answers } from './model.ts';
import { DIMS, bank } from './test-bank.ts';

const answers: Answers = {
  'alpha-s1': { rating: 3, note: '理事会章程已印发' },
  'alpha-s2': { rating: 'na' },
  'gamma-s4': { rating: 0 },
  'alpha-e1': { rating: 2 },
};
const file = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ ...exportAnswers(bank, 'school', answers, '2026-11-30'), ...overrides });

test('an export carries format, version, edition, perspective, date and each answer with its wording', () => {
  const out = exportAnswers(bank, 'school', answers, '2026-11-30');
  expect(out).toMatchObject({
    format: FORMAT,
    version: 1,
    edition: bank.edition,
    perspective: 'school',
    date: '2026-11-30',
  });
  expect(out.answers).toEqual([
    { id: 'alpha-s1', text: 'alpha s 陈述1', rating: 3, note: '理事会章程已印发' },
    { id: 'alpha-s2', text: 'alpha s 陈述2', rating: 'na' },
    { id: 'gamma-s4', text: 'gamma s 陈述4', rating: 0 },
  ]);
});

test('export then import gives back the same answers, with nothing changed', () => {
  const result = importAnswers(file(), bank);
  expect(result).toEqual({
    ok: true,
    perspective: 'school',
    date: '2026-11-30',
    edition: bank.edition,
    answers: { 'alpha-s1': answers['alpha-s1'], 'alpha-s2': answers['alpha-s2'], 'gamma-s4': answers['gamma-s4'] },
    changes: { removed: [], reworded: [], added: [] },
  });
});

test('a file from an earlier edition still reads, and says what was removed, reworded and added', () => {
  const older = makeBank(
    DIMS.map((d) => (d.id === 'alpha' ? { ...d, school: [...d.school, { id: 'alpha-s9', text: '旧陈述' }] } : d)),
  );
  const text = JSON.stringify(
    exportAnswers(older, 'school', { 'alpha-s9': { rating: 1 }, 'alpha-s1': { rating: 2 } }, '2025-11-30'),
  );
  const newer = makeBank(
    DIMS.map((d) =>
      d.id === 'alpha'
        ? { ...d, school: d.school.map((s) => (s.id === 'alpha-s1' ? { ...s, text: '改写后的陈述' } : s)) }
        : d,
    ),
  );
  const result = importAnswers(text, newer);
  expect(result.ok).toBe(true);
  if (!result.ok) throw new Error('unreachable');
  expect(result.answers).toEqual({ 'alpha-s1': { rating: 2 } });
  expect(result.changes.removed).toEqual(['alpha-s9']);
  expect(result.changes.reworded).toEqual(['alpha-s1']);
  expect(result.changes.added).toHaveLength(11);
  expect(result.changes.added).not.toContain('alpha-s1');
});

describe('a malformed or hostile file is refused with the reason', () => {
  test.each([
    { what: 'not JSON', text: '{"format": ', error: 'not-json' },
    { what: 'JSON of another kind', text: '[1,2,3]', error: 'not-answers' },
    { what: 'another format marker', text: file({ format: 'something-else' }), error: 'not-answers' },
    { what: 'a later format version', text: file({ version: 2 }), error: 'version' },
    { what: 'no version', text: file({ version: undefined }), error: 'version' },
    { what: 'an unknown perspective', text: file({ perspective: 'admin' }), error: 'perspective' },
    { what: 'a bad date', text: file({ date: 'yesterday' }), error: 'date' },
    { what: 'larger than 1 MB', text: file({ pad: 'x'.repeat(1_000_001) }), error: 'too-big' },
    {
      what: 'an unknown id in the current edition',
      text: file({ answers: [{ id: 'alpha-s7', rating: 1 }] }),
      error: 'unknown-id',
    },
    { what: 'an id of another shape', text: file({ answers: [{ id: '__proto__', rating: 1 }] }), error: 'unknown-id' },
    {
      what: 'an id of the other perspective',
      text: file({ answers: [{ id: 'alpha-e1', rating: 1 }] }),
      error: 'unknown-id',
    },
    {
      what: 'an id twice',
      text: file({
        answers: [
          { id: 'alpha-s1', rating: 1 },
          { id: 'alpha-s1', rating: 2 },
        ],
      }),
      error: 'duplicate-id',
    },
    { what: 'a rating off the scale', text: file({ answers: [{ id: 'alpha-s1', rating: 4 }] }), error: 'rating' },
    { what: 'a rating as text', text: file({ answers: [{ id: 'alpha-s1', rating: '3' }] }), error: 'rating' },
    {
      what: 'a script in a note',
      text: file({ answers: [{ id: 'alpha-s1', rating: 1, note: 'ok<script>alert(1)</script>' }] }),
      error: 'note',
    },
    {
      what: 'an image tag in a note',
      text: file({ answers: [{ id: 'alpha-s1', rating: 1, note: '< img src=x onerror=1>' }] }),
      error: 'note',
    },
    {
      what: 'a note too long',
      text: file({ answers: [{ id: 'alpha-s1', rating: 1, note: '长'.repeat(501) }] }),
      error: 'note',
    },
  ])('$what → $error', ({ text, error }) => {
    const result = importAnswers(text, bank);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toBe(error);
  });
});

test.each(['到岗率 < 80%', '委员会换届 <b>注意</b>'])(
  'a note with harmless markup-like text is kept as text: %s',
  (note) => {
    const result = importAnswers(file({ answers: [{ id: 'alpha-s1', rating: 1, note }] }), bank);
    expect(result.ok && result.answers['alpha-s1']).toEqual({ rating: 1, note });
  },
);
