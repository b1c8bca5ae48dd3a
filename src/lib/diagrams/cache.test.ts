import { describe, expect, test } from 'vitest';
import {
  cacheName,
  diagramHash,
  normaliseSource,
  readCacheFile,
  RENDERER,
  staleReason,
  THEME,
  writeCacheFile,
} from './cache.ts';

const source = 'flowchart TB\n  a["甲 --> 乙"] --> b\n';

describe('diagramHash', () => {
  test('ignores line endings and trailing blank lines', () => {
    expect(diagramHash('flowchart TB\r\n  a --> b\r\n\r\n')).toBe(diagramHash('flowchart TB\n  a --> b'));
  });

  test.each([
    ['the source', [source.replace('甲', '丙'), RENDERER, THEME]],
    ['the renderer', [source, 'mermaid@0.0.0+render@0', THEME]],
    ['the theme', [source, RENDERER, 'another-theme']],
  ] as const)('changes with %s', (_, [s, renderer, theme]) => {
    expect(diagramHash(s, renderer, theme)).not.toBe(diagramHash(source));
  });

  test('is 64 hex digits', () => {
    expect(diagramHash(source)).toMatch(/^[0-9a-f]{64}$/);
  });
});

test('normaliseSource ends with exactly one newline', () => {
  expect(normaliseSource('a\n\n  \n')).toBe('a\n');
});

describe('cache files', () => {
  const file = writeCacheFile(source, '<svg class="diagram-svg"></svg>');

  test('record their source (with `-->`, which a comment may not hold verbatim) and give back the SVG', () => {
    expect(file.split('\n')[0]).not.toContain('-->"');
    expect(readCacheFile(file)).toEqual({
      record: { hash: diagramHash(source), renderer: RENDERER, theme: THEME, source: normaliseSource(source) },
      svg: '<svg class="diagram-svg"></svg>',
    });
  });

  test('a fresh file is not stale', () => {
    expect(staleReason(cacheName(diagramHash(source)), file)).toBeUndefined();
  });

  test('a file whose recorded hash is not its source’s is stale', () => {
    const edited = file.replace(diagramHash(source), diagramHash('flowchart LR\n  x'));
    expect(staleReason(cacheName(diagramHash(source)), edited)).toMatch(
      /recorded hash .* is not the hash of its source/,
    );
  });

  test('a file named for another hash is stale', () => {
    expect(staleReason(cacheName('0'.repeat(64)), file)).toMatch(/named for another hash/);
  });

  test('a file without the header is stale', () => {
    expect(staleReason('x.svg', '<svg></svg>')).toMatch(/no "<!-- diagram/);
    expect(readCacheFile('<!-- diagram {broken -->\n<svg/>')).toBeUndefined();
  });
});
