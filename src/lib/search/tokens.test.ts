import { expect, test } from 'vitest';
import { isHan, tokenize } from './tokens.ts';

test.each([
  ['育人目标', ['育', '人', '目', '标']],
  ['1+X证书', ['1', 'x', '证', '书']],
  ['CNC 数控', ['cnc', '数', '控']],
  ['１＋Ｘ证书', ['1', 'x', '证', '书']],
  ['互利·同强·齐荣', ['互', '利', '同', '强', '齐', '荣']],
  ['2021年6月', ['2021', '年', '6', '月']],
  ['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
  ['🎉 ？！', []],
])('tokenize(%j) gives one token per Han character and per word', (text, tokens) => {
  expect(tokenize(text)).toEqual(tokens);
});

test('isHan is true for one Han character only', () => {
  expect(['育', '育人', 'x', '1', '·'].map(isHan)).toEqual([true, false, false, false, false]);
});
