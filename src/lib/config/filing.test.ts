import { expect, test } from 'vitest';
import { MIIT_FILING_URL, readFiling } from './filing.ts';

test('nothing is configured by default, and blank values count as unset', () => {
  expect(readFiling({})).toEqual({});
  expect(readFiling({ ICP_FILING: ' ', PSB_FILING: '' })).toEqual({});
});

test('an ICP number links to the MIIT filing site', () => {
  expect(readFiling({ ICP_FILING: '京ICP备12345678号-1' })).toEqual({
    icp: { text: '京ICP备12345678号-1', href: MIIT_FILING_URL },
  });
});

test('a 公安联网备案 number links to its own record by its code', () => {
  expect(readFiling({ PSB_FILING: '浙公网安备33010602000001号' }).psb).toEqual({
    text: '浙公网安备33010602000001号',
    href: 'https://beian.mps.gov.cn/#/query/webSearch?code=33010602000001',
  });
});

test.each([
  ['ICP_FILING', 'ICP备12345678号'],
  ['ICP_FILING', '京ICP证12345678号'],
  ['ICP_FILING', '京ICP备12345678'],
  ['PSB_FILING', '京公网安备1101050200000号'],
  ['PSB_FILING', '京ICP备12345678号'],
])('a malformed %s (%s) fails, naming the variable', (name, value) => {
  expect(() => readFiling({ [name]: value })).toThrow(new RegExp(`^${name}: "${value}"`));
});
