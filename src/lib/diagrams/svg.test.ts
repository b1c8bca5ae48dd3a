import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  dropUnused,
  processSvg,
  readStylesheet,
  roundNumbers,
  splitRules,
  styleClass,
  stylesheet,
  svgWithBase,
  unwrapLabelParagraphs,
  themeColours,
} from './svg.ts';
import { FONT_FAMILY, PALETTE } from './theme.ts';

const [fillRole, textRole] = PALETTE;
const fill = fillRole.sentinel;
const text = textRole.sentinel;

const raw =
  `<svg id="d1" width="10" class="flowchart" height="10"><style>#d1{fill:${text};}#d1 .node rect{fill:${fill.toUpperCase()};}` +
  `#d1 .labelBkg{background-color:rgba(14, 0, 2, 0.5);}@keyframes dash{to{stroke-dashoffset:0;}}</style>` +
  `<g><marker id="d1_used"><path style="stroke-width: 1; stroke-dasharray: 1, 0;"></path></marker><marker id="d1_unused"><path></path></marker>` +
  `<path d="M0.123456,1L2,3" marker-end="url(#d1_used)" data-points="W3siIn0=" style="stroke-dasharray: 0 0 36 4;;"></path>` +
  `<a xlink:href="/model/"><g class="node" style=""><foreignObject><div xmlns="http://www.w3.org/1999/xhtml" style="display: table-cell; max-width: 208px;"><span>甲</span></div></foreignObject></g></a></g></svg>`;

describe('processSvg', () => {
  const { svg, rules } = processSvg(raw, 'd1');

  test('takes the <style> element and every style attribute out', () => {
    expect(svg).not.toMatch(/<style|\sstyle="/);
  });

  test('scopes Mermaid’s rules to .diagram-svg and themes their colours', () => {
    expect(rules).toContain('.diagram-svg{fill:var(--text);}');
    expect(rules).toContain(`.diagram-svg .node rect{fill:${fillRole.css};}`);
    expect(rules).toContain('@keyframes dash{to{stroke-dashoffset:0;}}');
    expect(rules.join('')).not.toContain('#d1');
  });

  test('an rgba() of a sentinel becomes a color-mix of the custom property', () => {
    expect(rules).toContain(
      `.diagram-svg .labelBkg{background-color:color-mix(in srgb, ${textRole.css} 50%, transparent);}`,
    );
  });

  test('turns paint and stroke declarations into attributes, the rest into a class with its rule', () => {
    expect(svg).toContain('<path stroke-width="1" stroke-dasharray="1, 0">');
    const cls = styleClass('display:table-cell;max-width:208px');
    expect(svg).toContain(`<div xmlns="http://www.w3.org/1999/xhtml" class="${cls}">`);
    expect(rules).toContain(`.diagram-svg .${cls}{display:table-cell;max-width:208px}`);
    expect(svg).toContain('<g class="node">');
  });

  test('marks the root, drops scripting attributes and unused markers, rounds coordinates', () => {
    expect(svg).toMatch(/^<svg id="d1" width="10" class="flowchart diagram-svg"/);
    expect(svg).not.toContain('data-points');
    expect(svg).toContain('d1_used');
    expect(svg).not.toContain('d1_unused');
    expect(svg).toContain('d="M0.12,1L2,3"');
  });
});

test('themeColours replaces every sentinel and the font stack', () => {
  const themed = themeColours(PALETTE.map((p) => p.sentinel).join(' ') + ` ${FONT_FAMILY.replace(/,\s+/g, ',')}`);
  expect(themed).toBe(PALETTE.map((p) => p.css).join(' ') + ' var(--font-sans)');
});

test('splitRules keeps an @-rule with its nested block', () => {
  expect(splitRules('a{b:c}@keyframes k{from{x:0}}d e{f:g}')).toEqual([
    'a{b:c}',
    '@keyframes k{from{x:0}}',
    'd e{f:g}',
  ]);
});

test('roundNumbers touches geometry, not text', () => {
  expect(roundNumbers('<rect x="1.23456" data-v="1.23456">1.23456</rect>')).toBe(
    '<rect x="1.23" data-v="1.23456">1.23456</rect>',
  );
});

test('dropUnused removes the empty label of a link without one', () => {
  const empty =
    '<g class="edgeLabel"><g class="label" data-id="L"><foreignObject width="0" height="0"><div></div></foreignObject></g></g>';
  expect(dropUnused(`<g>${empty}</g>`)).toBe('<g></g>');
});

test('svgWithBase prefixes root-relative links only', () => {
  const url = (p: string) => `/sub${p}`;
  expect(svgWithBase('<a xlink:href="/model/"></a><a href="https://e.org/"></a><a href="/x/">', url)).toBe(
    '<a xlink:href="/sub/model/"></a><a href="https://e.org/"></a><a href="/sub/x/">',
  );
});

test('the stylesheet keeps the first of duplicate rules in Mermaid’s order, and reads back', () => {
  const css = stylesheet(['b{x:1}', 'a{y:2}', 'b{x:1}']);
  expect(readStylesheet(css)).toEqual(['b{x:1}', 'a{y:2}']);
});

test('a label’s paragraph is unwrapped, so no <p> sits inside a <span>', () => {
  expect(unwrapLabelParagraphs('<span class="nodeLabel"><p>共治保障</p></span><p>keep</p>')).toBe(
    '<span class="nodeLabel">共治保障</span><p>keep</p>',
  );
});

test('diagrams are measured in the font stack the pages use (--font-sans in global.css)', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const stack = /--font-sans:\s*([^;]+);/.exec(css)?.[1];
  expect(stack).toBeDefined();
  const families = (s: string) => s.split(',').map((f) => f.trim().replace(/\s+/g, ' '));
  expect(families(FONT_FAMILY)).toEqual(families(stack ?? ''));
});
