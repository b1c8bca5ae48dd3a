/**
 * The committed cache of rendered diagrams: one file per diagram in `src/diagrams/rendered/`,
 * named by the SHA-256 of its source, the renderer's version and the theme. A build whose
 * diagrams did not change reads them and needs no browser. Each file starts with a comment that
 * records the hash and the source it was drawn from, so a test can tell a stale file.
 */
import { createHash } from 'node:crypto';
import { MERMAID_CONFIG, MERMAID_VERSION, RENDERER_REVISION } from './theme.ts';

/** Where rendered diagrams live, relative to the project root. */
export const RENDERED_DIR = 'src/diagrams/rendered';
/** The stylesheet holding the rules Mermaid wrote into the SVGs, shared by every diagram. */
export const STYLESHEET = 'diagrams.css';

/** What draws a diagram; part of its hash, so a new Mermaid or renderer redraws everything. */
export const RENDERER = `mermaid@${MERMAID_VERSION}+render@${RENDERER_REVISION}`;
/** The drawing configuration (colours, fonts, spacing), hashed. */
export const THEME = createHash('sha256').update(JSON.stringify(MERMAID_CONFIG)).digest('hex').slice(0, 16);

/** Line endings and trailing blank lines do not change a drawing. */
export function normaliseSource(source: string): string {
  return source.replace(/\r\n?/g, '\n').replace(/\s+$/, '') + '\n';
}

/** The cache key of a diagram: sha256 over its normalised source, the renderer and the theme. */
export function diagramHash(source: string, renderer = RENDERER, theme = THEME): string {
  return createHash('sha256')
    .update(JSON.stringify([normaliseSource(source), renderer, theme]))
    .digest('hex');
}

/** The file name of a cached diagram. */
export const cacheName = (hash: string) => `${hash}.svg`;

/** What a cached file records about itself. */
export interface CacheRecord {
  hash: string;
  renderer: string;
  theme: string;
  source: string;
}

const HEADER = /^<!-- diagram (\{[^\n]*\}) -->\n/;

/** A cached file: a one-line comment (the source base64-encoded, as `--` may not be in a comment), then the SVG. */
export function writeCacheFile(source: string, svg: string): string {
  const record = {
    hash: diagramHash(source),
    renderer: RENDERER,
    theme: THEME,
    source: Buffer.from(normaliseSource(source)).toString('base64'),
  };
  return `<!-- diagram ${JSON.stringify(record)} -->\n${svg}\n`;
}

/** Splits a cached file into its record and its SVG; undefined when the header is missing or broken. */
export function readCacheFile(text: string): { record: CacheRecord; svg: string } | undefined {
  const match = HEADER.exec(text);
  if (!match?.[1]) return undefined;
  try {
    const raw = JSON.parse(match[1]) as Record<string, unknown>;
    const { hash, renderer, theme, source } = raw;
    if (typeof hash !== 'string' || typeof renderer !== 'string' || typeof theme !== 'string') return undefined;
    if (typeof source !== 'string') return undefined;
    return {
      record: { hash, renderer, theme, source: Buffer.from(source, 'base64').toString('utf8') },
      svg: text.slice(match[0].length).trim(),
    };
  } catch {
    return undefined;
  }
}

/**
 * Why a cached file cannot be trusted, or undefined when it can: its name, its recorded hash and
 * the hash of its recorded source must agree under the current renderer and theme.
 */
export function staleReason(name: string, text: string): string | undefined {
  const parsed = readCacheFile(text);
  if (!parsed) return `${name}: no "<!-- diagram {…} -->" header`;
  const { record } = parsed;
  const expected = diagramHash(record.source);
  if (record.hash !== expected)
    return `${name}: recorded hash ${record.hash} is not the hash of its source (${expected})`;
  if (name !== cacheName(expected)) return `${name}: named for another hash than its source's (${expected})`;
  return undefined;
}
