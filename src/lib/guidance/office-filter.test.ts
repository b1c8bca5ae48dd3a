import { describe, expect, test } from 'vitest';
import { readOffice, rowMatches, writeOffice } from './office-filter.ts';

const known = ['college', 'personnel', 'ent-hr'];

describe('readOffice', () => {
  test.each([
    ['?office=personnel', 'personnel'],
    ['?x=1&office=ent-hr', 'ent-hr'],
    ['', ''],
    ['?office=', ''],
    ['?office=registry', ''],
    ['?office=Personnel', ''],
  ])('%j → %j', (search, expected) => {
    expect(readOffice(search, known)).toBe(expected);
  });
});

describe('writeOffice', () => {
  test.each([
    ['', 'personnel', '?office=personnel'],
    ['?office=college', 'personnel', '?office=personnel'],
    ['?office=college', '', ''],
    ['?x=1', 'ent-hr', '?x=1&office=ent-hr'],
    ['?x=1&office=ent-hr', '', '?x=1'],
  ])('%j with %j → %j', (search, office, expected) => {
    expect(writeOffice(search, office)).toBe(expected);
  });
});

describe('rowMatches', () => {
  test.each([
    ['college ent-hr personnel', 'personnel', true],
    ['college ent-hr', 'personnel', false],
    ['college ent-hr', '', true],
    ['ent-hr', 'ent', false],
  ])('%j under %j → %j', (offices, office, expected) => {
    expect(rowMatches(offices, office)).toBe(expected);
  });
});
