/**
 * The open data of the built site: every /data/<set>.json validates against its published JSON
 * Schema (ajv, draft 2020-12), holds every entry the site has, and the /data/ page lists each file
 * with its true size, its schema and the licence.
 */
import { readFileSync, statSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { DATA_SETS } from '../../src/lib/open-data.ts';
import { filesBelow } from '../lib/files.ts';
import { readSite } from './site.ts';

const read = (path: string) => JSON.parse(readFileSync(`dist${path}`, 'utf8')) as { records: object[]; licence: string };

describe.each(DATA_SETS)('/data/%s.json', (set) => {
  const file = read(`/data/${set}.json`);

  test('validates against its published schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(read(`/data/${set}.schema.json`));
    const valid = validate(file);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
    expect(file.records.length).toBeGreaterThan(0);
    expect(file.licence).toBe('CC-BY-4.0');
  });
});

test('the schemas reject a record that breaks them (a case without its title)', () => {
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(read('/data/cases.schema.json'));
  const file = read('/data/cases.json') as { records: Record<string, unknown>[] };
  const [first, ...rest] = file.records;
  const broken = { ...first };
  delete broken['title'];
  expect(validate({ ...file, records: [first, ...rest] })).toBe(true);
  expect(validate({ ...file, records: [broken, ...rest] })).toBe(false);
});

test('each collection file holds every entry the site has a page for', () => {
  const pages = (dir: string) => filesBelow(`dist/${dir}`).filter((f) => /^[^/]+\/index\.html$/.test(f) && !f.startsWith('page/'));
  expect(read('/data/cases.json').records.length).toBe(pages('cases').length);
  expect(read('/data/policies.json').records.length).toBe(pages('policies').length);
  const indicatorRows = readSite('dist').find((p) => p.path === '/indicators/')?.root.querySelectorAll('tbody tr');
  expect(read('/data/indicators.json').records.length).toBe(indicatorRows?.length);
});

test('the /data/ page lists every file with its size, schema and version, and the licence', () => {
  const page = readSite('dist').find((p) => p.path === '/data/');
  expect(page).toBeDefined();
  for (const set of DATA_SETS) {
    const row = page?.root.querySelector(`tr[data-set="${set}"]`);
    const link = row?.querySelector(`a[href="/data/${set}.json"]`);
    expect(Number(link?.getAttribute('data-bytes')), set).toBe(statSync(`dist/data/${set}.json`).size);
    expect(row?.querySelector(`a[href="/data/${set}.schema.json"]`), set).not.toBeNull();
    expect(row?.querySelector('code')?.textContent, set).toBe((read(`/data/${set}.json`) as { version?: string }).version);
  }
  expect(page?.root.querySelector('a[rel="license"]')?.getAttribute('href')).toBe(
    'https://creativecommons.org/licenses/by/4.0/',
  );
});
