/** A small question bank for the unit tests: three dimensions, four statements a side. */
import { makeBank, type Bank, type BankDimension } from './model.ts';

const side = (dim: string, s: 's' | 'e') =>
  [1, 2, 3, 4].map((n) => ({ id: `${dim}-${s}${n}`, text: `${dim} ${s} 陈述${n}` }));

export const DIMS: BankDimension[] = [
  { id: 'alpha', name: '甲', group: 'g1', school: side('alpha', 's'), enterprise: side('alpha', 'e') },
  { id: 'beta', name: '乙', group: 'g1', school: side('beta', 's'), enterprise: side('beta', 'e') },
  { id: 'gamma', name: '丙', group: 'g2', school: side('gamma', 's'), enterprise: side('gamma', 'e') },
];

export const bank: Bank = makeBank(DIMS);
