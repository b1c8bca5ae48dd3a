/**
 * Draws the page's `Diagram` figures with Mermaid. Mermaid is imported only when a figure comes
 * near the viewport, so a page without diagrams, or a reader who never scrolls to one, downloads
 * none of it. Each drawing follows the site's theme (the toggle's `themechange` event, or the
 * system scheme when the reader has not chosen) and is redrawn when it changes.
 */
import type { Mermaid } from 'mermaid';

const root = document.documentElement;
const media = window.matchMedia('(prefers-color-scheme: dark)');
const figures = [...document.querySelectorAll<HTMLElement>('[data-diagram]')];

function isDark(): boolean {
  const chosen = root.dataset['theme'];
  return chosen ? chosen === 'dark' : media.matches;
}

/**
 * Mermaid's colours from the site's tokens in the current theme. The tokens are light-dark()
 * pairs, so each is resolved through a probe element's computed colour.
 */
function palette(): Record<string, string> {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const token = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const colours = {
    background: token('--surface'),
    primaryColor: token('--accent-soft'),
    primaryTextColor: token('--text'),
    primaryBorderColor: token('--accent'),
    mainBkg: token('--accent-soft'),
    nodeBorder: token('--accent'),
    nodeTextColor: token('--text'),
    textColor: token('--text'),
    lineColor: token('--muted'),
    secondaryColor: token('--surface-2'),
    tertiaryColor: token('--surface-2'),
    clusterBkg: token('--surface-2'),
    clusterBorder: token('--border'),
    titleColor: token('--text'),
    edgeLabelBackground: token('--surface'),
  };
  probe.remove();
  return colours;
}

let mermaid: Promise<Mermaid> | undefined;
const load = () => (mermaid ??= import('mermaid').then((m) => m.default));

// Mermaid's configuration is global, so drawings happen one after another.
let queue: Promise<void> = Promise.resolve();
const enqueue = (job: () => Promise<void>) => (queue = queue.then(job, job));

let count = 0;

async function draw(figure: HTMLElement): Promise<void> {
  const canvas = figure.querySelector<HTMLElement>('[data-diagram-canvas]');
  const source = figure.querySelector('[data-diagram-source]')?.textContent ?? '';
  const caption = figure.querySelector('figcaption');
  if (!canvas) return;
  const dark = isDark();
  const theme = dark ? 'dark' : 'light';
  if (figure.dataset['theme'] === theme) return;
  try {
    const m = await load();
    const font = getComputedStyle(root).getPropertyValue('--font-sans').trim();
    m.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      // Mermaid 12 defaults to the ELK layout, which adds ~440 KB (gzip) of JavaScript; dagre
      // draws these small flowcharts just as well.
      layout: 'dagre',
      theme: dark ? 'dark' : 'default',
      darkMode: dark,
      suppressErrorRendering: true,
      // The site's CJK stack, so Mermaid measures labels in the font they are drawn in.
      fontFamily: font,
      themeVariables: { ...palette(), fontFamily: font, fontSize: '16px' },
      flowchart: {
        // Natural size: a wide diagram scrolls inside its figure rather than shrinking to illegible.
        useMaxWidth: false,
        // Thirteen CJK characters to a line (Mermaid 12 wraps at 120 px, six or seven).
        wrappingWidth: 208,
        // No 120 px floor (Mermaid 12's default): a four-character dimension needs far less, and
        // two columns of them then fit a 390 px phone.
        minNodeWidth: 0,
        // Subgraphs lay out in the diagram's direction, so a column of nodes stays a column.
        inheritDir: true,
        nodeSpacing: 28,
        rankSpacing: 44,
        padding: 12,
      },
    });
    count += 1;
    // No bindFunctions(): under securityLevel 'strict' it would only add tooltip handlers, which
    // fail in this build (d3-transition is not bundled); node links are plain SVG <a> elements.
    const { svg } = await m.render(`${figure.id || 'diagram'}-svg-${count}`, source);
    canvas.innerHTML = svg;
    const drawing = canvas.querySelector('svg');
    if (drawing && caption?.id) drawing.setAttribute('aria-labelledby', caption.id);
    // Later redraws (a theme change) keep the space the first drawing took.
    canvas.style.setProperty('--diagram-height', `${canvas.offsetHeight}px`);
    canvas.dataset['state'] = 'rendered';
    figure.dataset['theme'] = theme;
  } catch (error) {
    canvas.dataset['state'] = 'error';
    figure.querySelector<HTMLElement>('[data-diagram-error]')?.removeAttribute('hidden');
    const details = figure.querySelector<HTMLDetailsElement>('[data-diagram-alternative]');
    if (details) details.open = true;
    console.error(`Diagram "${caption?.textContent ?? ''}" could not be drawn:`, error);
  }
}

if (figures.length) {
  // With JavaScript the text alternative folds away below the drawing; the reader can open it.
  for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-diagram-alternative]')) {
    details.open = false;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const figure = entry.target as HTMLElement;
        figure.dataset['visible'] = 'true';
        enqueue(() => draw(figure));
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const figure of figures) observer.observe(figure);

  const redraw = () => {
    for (const figure of figures) if (figure.dataset['visible']) enqueue(() => draw(figure));
  };
  document.addEventListener('themechange', redraw);
  media.addEventListener('change', () => {
    if (!root.dataset['theme']) redraw();
  });
}
