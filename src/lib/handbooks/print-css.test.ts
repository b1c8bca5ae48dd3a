import { expect, test } from 'vitest';
import { cssString, printCss } from './print-css.ts';

test.each([
  ['院校工作手册', '"院校工作手册"'],
  ['say "hi"', '"say \\"hi\\""'],
  ['a\\b', '"a\\\\b"'],
])('cssString(%j) is %s', (text, expected) => {
  expect(cssString(text)).toBe(expected);
});

test('a named page per handbook with its running head, page numbers, an illustrative page, a bare cover', () => {
  const css = printCss({ heads: { staff: '院校工作手册 · 知识库' }, illustrativeHead: '示例案例，非真实' });
  expect(css).toContain('@page handbook-staff {\n  @top-center { content: "院校工作手册 · 知识库";');
  expect(css).toContain('body:has(.handbook[data-handbook="staff"]) { page: handbook-staff; }');
  expect(css).toMatch(
    /@page handbook-staff:first \{\n {2}@top-center \{ content: none; \}\n {2}@bottom-center \{ content: none; \}/,
  );
  expect(css).toContain('@bottom-center { content: counter(page);');
  expect(css).toContain('@page illustrative {\n  @top-center { content: "示例案例，非真实";');
  expect(css).toMatch(/@page :first \{\n {2}@top-center \{ content: none; \}/);
  expect(css).toContain('size: A4;');
});
