import { expect, test } from 'vitest';
import { decodeFragment, encodeFragment } from './fragment.ts';
import { makeBank, type Answers } from './model.ts';
import { DIMS, bank } from './test-bank.ts';

const answers: Answers = { 'alpha-s1': { rating: 3 }, 'alpha-s2': { rating: 'na' }, 'gamma-s4': { rating: 0 } };

test('the fragment holds one character per statement, in order', () => {
  expect(encodeFragment(bank, 'school', answers)).toBe(`a1.s.${bank.edition}.3n---------0`);
});

test('a fragment round-trips for both perspectives (notes are left out)', () => {
  expect(
    decodeFragment(
      `#${encodeFragment(bank, 'school', { ...answers, 'alpha-s1': { rating: 3, note: '不进链接' } })}`,
      bank,
    ),
  ).toEqual({
    ok: true,
    perspective: 'school',
    answers,
  });
  const ent: Answers = { 'beta-e2': { rating: 1 } };
  expect(decodeFragment(encodeFragment(bank, 'enterprise', ent), bank)).toEqual({
    ok: true,
    perspective: 'enterprise',
    answers: ent,
  });
});

test.each([
  { what: 'a heading anchor', fragment: '#results', error: 'not-ours' },
  { what: 'an empty fragment', fragment: '', error: 'not-ours' },
  { what: 'another edition', fragment: `a1.s.${makeBank(DIMS.slice(1)).edition}.${'-'.repeat(12)}`, error: 'edition' },
  { what: 'too few ratings', fragment: `a1.s.${bank.edition}.33`, error: 'malformed' },
  { what: 'a character off the scale', fragment: `a1.s.${bank.edition}.9${'-'.repeat(11)}`, error: 'malformed' },
  { what: 'an unknown perspective', fragment: `a1.x.${bank.edition}.${'-'.repeat(12)}`, error: 'malformed' },
  { what: 'script in the fragment', fragment: `a1.s.${bank.edition}.<script>`, error: 'malformed' },
])('$what is refused ($error)', ({ fragment, error }) => {
  expect(decodeFragment(fragment, bank)).toEqual({ ok: false, error });
});
