/**
 * Turns the SVG Mermaid renders into markup a page can inline under a strict Content-Security-
 * Policy (no `'unsafe-inline'` for styles) and that follows the site's theme:
 *
 * - the `<style>` element Mermaid writes is taken out; its rules, scoped to `.diagram-svg` instead
 *   of the render id, go to a shared stylesheet the page loads like any other CSS;
 * - every sentinel colour (theme.ts) becomes the site's custom property;
 * - each `style` attribute becomes presentation attributes (SVG paint and stroke properties) or a
 *   class whose rule joins the shared stylesheet;
 * - attributes only Mermaid's own scripts read (`data-points`, `data-id`, …) are dropped.
 */
import { createHash } from 'node:crypto';
import { FONT_FAMILY, PALETTE } from './theme.ts';

/** The class every rendered diagram's root `<svg>` carries; the shared rules are scoped to it. */
export const SVG_CLASS = 'diagram-svg';

/** CSS properties SVG also accepts as attributes; they need no stylesheet. */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'opacity',
  'stroke',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'stroke-width',
]);

/** Attributes Mermaid adds for its interactive features; nothing reads them in a static drawing. */
const DROPPED = /\s(?:data-points|data-id|data-et|data-edge|data-node)="[^"]*"/g;

const hex = (s: string) => s.toLowerCase();
const rgb = (sentinel: string) => [1, 3, 5].map((i) => parseInt(sentinel.slice(i, i + 2), 16)).join(',\\s*');

/** Every sentinel colour (as hex or as `rgba(…)`) replaced by the custom property it stands for. */
export function themeColours(text: string): string {
  let out = text
    .split(FONT_FAMILY)
    .join('var(--font-sans)')
    .split(FONT_FAMILY.replace(/,\s+/g, ','))
    .join('var(--font-sans)');
  for (const { sentinel, css } of PALETTE) {
    out = out.replace(new RegExp(sentinel, 'gi'), css);
    out = out.replace(
      new RegExp(`rgba?\\(\\s*${rgb(hex(sentinel))}\\s*(?:,\\s*([\\d.]+)\\s*)?\\)`, 'g'),
      (_, alpha: string | undefined) =>
        alpha === undefined || Number(alpha) === 1
          ? css
          : `color-mix(in srgb, ${css} ${Math.round(Number(alpha) * 100)}%, transparent)`,
    );
  }
  return out;
}

/** Decimal places kept in coordinates: a hundredth of a CSS pixel is below what any screen shows. */
const PRECISION = 2;

/** Coordinates in geometry attributes rounded to PRECISION places (Mermaid writes up to 15). */
export function roundNumbers(svg: string): string {
  return svg.replace(
    /\s(d|points|transform|x|y|width|height|viewBox|cx|cy|r|rx|ry|refX|refY)="([^"]*)"/g,
    (_, name: string, value: string) =>
      ` ${name}="${value.replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(PRECISION))))}"`,
  );
}

/**
 * Leaves out what draws nothing: arrowhead markers no link refers to (Mermaid defines twelve per
 * diagram) and the empty label boxes of links without a label.
 */
export function dropUnused(svg: string): string {
  return svg
    .replace(/<marker id="([^"]+)"[\s\S]*?<\/marker>/g, (marker, id: string) =>
      svg.includes(`url(#${id})`) ? marker : '',
    )
    .replace(
      /<g class="edgeLabel"><g class="label"[^>]*><foreignObject width="0" height="0">[\s\S]*?<\/foreignObject><\/g><\/g>/g,
      '',
    );
}

/** Splits minified CSS into its top-level rules (an @-rule keeps its nested block). */
export function splitRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules.filter(Boolean);
}

/** A short class name for a set of declarations, stable across builds. */
export const styleClass = (declarations: string) =>
  `ds-${createHash('sha256').update(declarations).digest('hex').slice(0, 8)}`;

/** A `style` attribute's declarations as presentation attributes and, for the rest, a class. */
function convertStyle(style: string): { attributes: string; cls?: string; rule?: string } {
  const declarations = style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(':');
      return [d.slice(0, colon).trim().toLowerCase(), d.slice(colon + 1).trim()] as const;
    })
    .filter(([property, value]) => property && value);
  const attributes = declarations
    .filter(([property, value]) => PRESENTATION.has(property) && !/!important|var\(/.test(value))
    .map(([property, value]) => ` ${property}="${value.replace(/"/g, '&quot;')}"`)
    .join('');
  const rest = declarations
    .filter(([property, value]) => !PRESENTATION.has(property) || /!important|var\(/.test(value))
    .map(([property, value]) => `${property}:${value}`)
    .join(';');
  if (!rest) return { attributes };
  const cls = styleClass(rest);
  return { attributes, cls, rule: `.${SVG_CLASS} .${cls}{${rest}}` };
}

/**
 * Post-processes Mermaid's SVG rendered with `id`: returns the SVG to inline (no `<style>`, no
 * `style` attribute) and the CSS rules it needs, scoped to `.diagram-svg` and themed.
 */
export function processSvg(raw: string, id: string): { svg: string; rules: string[] } {
  const styles: string[] = [];
  let svg = raw.replace(/<style[^>]*>([\s\S]*?)<\/style>/g, (_, css: string) => {
    styles.push(css);
    return '';
  });
  const scope = new RegExp(`#${id.replace(/[-]/g, '\\-')}(?![\\w-])`, 'g');
  const rules = new Set(splitRules(themeColours(styles.join('').replace(scope, `.${SVG_CLASS}`))));

  svg = roundNumbers(dropUnused(themeColours(svg).replace(DROPPED, '')));
  svg = svg.replace(/<([a-zA-Z][\w:-]*)(\s[^<>]*?)?(\/?)>/g, (tag, name: string, attrs = '', close: string) => {
    const style = /\sstyle="([^"]*)"/.exec(attrs);
    if (!style) return tag;
    const converted = convertStyle(style[1] ?? '');
    let rest = attrs.replace(style[0], '') + converted.attributes;
    if (converted.cls && converted.rule) {
      rules.add(converted.rule);
      rest = /\sclass="/.test(rest)
        ? rest.replace(/\sclass="([^"]*)"/, (_, c: string) => ` class="${c} ${converted.cls}"`)
        : `${rest} class="${converted.cls}"`;
    }
    return `<${name}${rest}${close}>`;
  });
  // The root element: the shared class.
  svg = svg.replace(/^<svg([^>]*?)\sclass="([^"]*)"/, `<svg$1 class="$2 ${SVG_CLASS}"`);
  if (!svg.includes(SVG_CLASS)) svg = svg.replace(/^<svg/, `<svg class="${SVG_CLASS}"`);
  return { svg, rules: [...rules] };
}

/** Root-relative links in the drawing (`click … href "/x/"`) get the base path. */
/**
 * Mermaid wraps each HTML label in `<span class="nodeLabel"><p>…</p></span>`: a paragraph inside a
 * span is invalid HTML (the W3C checker reports it on every diagram page). The label's text is the
 * same without the paragraph, so it is unwrapped.
 */
export function unwrapLabelParagraphs(svg: string): string {
  return svg.replace(/(<span\b[^>]*>)<p>([\s\S]*?)<\/p>(<\/span>)/g, '$1$2$3');
}

export function svgWithBase(svg: string, url: (path: string) => string): string {
  return svg.replace(/(\s(?:xlink:)?href=")(\/[^"]*)(")/g, (_, head: string, path: string, tail: string) => {
    return head + url(path) + tail;
  });
}

/** The shared stylesheet from all rules, deduplicated, first occurrence first (the cascade keeps Mermaid's order). */
export function stylesheet(rules: Iterable<string>): string {
  const header = '/* Generated by scripts/render-diagrams.ts from the rules Mermaid writes; do not edit. */';
  return [header, ...new Set(rules)].join('\n') + '\n';
}

/** The rules of a stylesheet written by `stylesheet()`. */
export function readStylesheet(css: string): string[] {
  return splitRules(css.replace(/^\/\*[\s\S]*?\*\/\n?/, ''));
}
