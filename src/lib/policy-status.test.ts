import { expect, test } from 'vitest';
import { policyStatusNote } from './policy-status.ts';

test.each([
  ['current', undefined, undefined],
  ['unverified', undefined, '未核实'],
  ['revised', '新办法', '已修订，已由《新办法》取代'],
  ['repealed', '新办法', '已废止，已由《新办法》取代'],
  ['repealed', undefined, '已废止'],
] as const)('a %s policy (replaced by %s) is noted as %s', (status, by, expected) => {
  expect(policyStatusNote(status, by)).toBe(expected);
});
