/**
 * How diagrams are drawn at build time: the Mermaid configuration, and the colours.
 *
 * Mermaid computes its CSS from hex colours, so it cannot be given `var(--…)` directly. Each
 * colour role gets a placeholder ("sentinel") colour no one would choose; after rendering,
 * `svg.ts` swaps every sentinel for the site's custom property. The drawing then follows the
 * light/dark theme and the print stylesheet with no redraw and no JavaScript.
 */

/** The Mermaid release whose bundle draws the diagrams (a test checks it is the installed one). */
export const MERMAID_VERSION = '12.3.0';

/** Bump when the renderer or the post-processing changes what ends up in a cached SVG. */
export const RENDERER_REVISION = 1;

/** Mermaid's colour roles → the custom property each stands for, and the sentinel drawn meanwhile. */
export const PALETTE = [
  { roles: ['primaryColor', 'mainBkg'], css: 'var(--accent-soft)', sentinel: '#0e0001' },
  {
    roles: ['primaryTextColor', 'textColor', 'nodeTextColor', 'titleColor', 'secondaryTextColor', 'tertiaryTextColor'],
    css: 'var(--text)',
    sentinel: '#0e0002',
  },
  { roles: ['primaryBorderColor', 'nodeBorder'], css: 'var(--accent)', sentinel: '#0e0003' },
  { roles: ['lineColor', 'arrowheadColor'], css: 'var(--muted)', sentinel: '#0e0004' },
  { roles: ['secondaryColor', 'tertiaryColor', 'clusterBkg'], css: 'var(--surface-2)', sentinel: '#0e0005' },
  {
    roles: ['secondaryBorderColor', 'tertiaryBorderColor', 'clusterBorder'],
    css: 'var(--border)',
    sentinel: '#0e0006',
  },
  { roles: ['background', 'edgeLabelBackground'], css: 'var(--surface)', sentinel: '#0e0007' },
] as const;

/**
 * The site's font stack, exactly as `--font-sans` in src/styles/global.css (a unit test compares
 * them), so Mermaid measures labels in the family a reader's browser picks first; the SVG's CSS
 * then refers to `var(--font-sans)` itself. With system-ui first, as it once was here, a label was
 * measured with the system's Latin punctuation and set in a CJK font: 互利·同强·齐荣 measured 106 px
 * and showed 128 px wide in Noto Sans CJK, clipped to 互利·同强·.
 */
export const FONT_FAMILY =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', system-ui, -apple-system, sans-serif";

/** Body text size in px; labels are drawn at the size the page's text has. */
const FONT_SIZE = 16;

/** Mermaid's `initialize()` options for every diagram. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  // A syntax error is thrown (and reported with the file), not drawn as an error picture.
  suppressErrorRendering: true,
  // Mermaid 12 defaults to the ELK layout; dagre draws these small flowcharts just as well.
  layout: 'dagre',
  // `base` is the one theme that derives everything from themeVariables.
  theme: 'base',
  // Mermaid 12's default "neo" look adds drop shadows in a fixed grey; "classic" takes the theme's colours.
  look: 'classic',
  fontFamily: FONT_FAMILY,
  themeVariables: {
    ...Object.fromEntries(PALETTE.flatMap((p) => p.roles.map((role) => [role, p.sentinel]))),
    fontFamily: FONT_FAMILY,
    fontSize: `${FONT_SIZE}px`,
  },
  flowchart: {
    // Natural size: a wide diagram scrolls inside its figure rather than shrinking to illegible.
    useMaxWidth: false,
    // Thirteen CJK characters (16 px each) to a line; Mermaid's 200 px wraps at twelve.
    wrappingWidth: 13 * FONT_SIZE,
    // No 120 px floor: a four-character dimension needs far less, so two columns fit a phone.
    minNodeWidth: 0,
    // Subgraphs lay out in the diagram's direction, so a column of nodes stays a column.
    inheritDir: true,
    // Tighter than Mermaid's 50 / 50 / 15 px, so problem and strategy diagrams fit beside the text.
    nodeSpacing: 28,
    rankSpacing: 44,
    padding: 12,
  },
} as const;
