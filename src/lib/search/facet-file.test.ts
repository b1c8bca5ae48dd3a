import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { facetText, isGzip } from './facet-file.ts';

const json = JSON.stringify({ ids: '010d064,0131069', prefix: 'zxx_', note: '现代学徒制' });

test('reads the table from the gzip the build writes', async () => {
  const bytes = new Uint8Array(gzipSync(json));
  expect(isGzip(bytes)).toBe(true);
  expect(await facetText(bytes)).toBe(json);
});

test('reads it as it is when a host has already decoded it', async () => {
  const bytes = new TextEncoder().encode(json);
  expect(isGzip(bytes)).toBe(false);
  expect(await facetText(bytes)).toBe(json);
});
