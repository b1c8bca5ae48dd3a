import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { DATA_SETS, dataFile, jsonSchema, jsonSchemaText, plainData, recordSchemas } from './open-data.ts';

test.each(DATA_SETS)(
  'the published schema of %s is the one its zod schema gives (run `node scripts/data-schemas.ts` and review)',
  (set) => {
    expect(readFileSync(`public/data/${set}.schema.json`, 'utf8')).toBe(jsonSchemaText(set));
  },
);

test('a field added to a collection’s schema changes its published schema', () => {
  const before = JSON.stringify(jsonSchema('policies'));
  const changed = z.toJSONSchema(recordSchemas.policies.extend({ extra: z.string() }));
  expect(JSON.stringify(changed)).toContain('"extra"');
  expect(before).not.toContain('"extra"');
});

test('every record schema names its fields, and the file schema its licence and data set', () => {
  for (const set of DATA_SETS) {
    const schema = jsonSchema(set) as {
      properties: Record<string, { const?: string; items?: { properties: object } }>;
    };
    expect(schema.properties['dataset']?.const).toBe(set);
    expect(schema.properties['licence']?.const).toBe('CC-BY-4.0');
    expect(Object.keys(schema.properties['records']?.items?.properties ?? {}).length).toBeGreaterThan(3);
  }
});

test('references become the id they point at; everything else is kept', () => {
  expect(
    plainData({
      dimensions: [{ collection: 'dimensions', id: 'faculty' }],
      policy: { collection: 'policies', id: 'law' },
      note: { collection: 'x', id: 'y', other: 1 },
      n: 2,
    }),
  ).toEqual({ dimensions: ['faculty'], policy: 'law', note: { collection: 'x', id: 'y', other: 1 }, n: 2 });
});

test('a file’s version changes with its records and carries the site’s version', () => {
  const a = dataFile('glossary', [{ id: 'a' }], '1.0.0');
  const b = dataFile('glossary', [{ id: 'b' }], '1.0.0');
  expect(a.version).toMatch(/^1\.0\.0\+[0-9a-f]{12}$/);
  expect(a.version).not.toBe(b.version);
  expect(dataFile('glossary', [{ id: 'a' }], '1.0.0')).toEqual(a);
});
