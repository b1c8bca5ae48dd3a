import { expect, test } from 'vitest';
import { BOUNDARY, isHan, markBoundaries, markHtmlBoundaries, stripBoundaries, tokenize } from './tokens.ts';

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

test('markBoundaries puts one boundary around each Han character and nowhere else', () => {
  const B = BOUNDARY;
  expect(markBoundaries('1+X证书 ok')).toBe(`1+X${B}证${B}书${B} ok`);
  expect(stripBoundaries(markBoundaries('明确育人目标'))).toBe('明确育人目标');
});

test('markHtmlBoundaries leaves tags, attributes and scripts untouched', () => {
  const html = '<p title="育人">育人<script>var a="育人"</script><b>目标</b></p>';
  const marked = markHtmlBoundaries(html);
  expect(marked).toContain('title="育人"');
  expect(marked).toContain('<script>var a="育人"</script>');
  expect(stripBoundaries(marked)).toBe(html);
  expect(marked).toContain(`<b>${BOUNDARY}目${BOUNDARY}标${BOUNDARY}</b>`);
});
