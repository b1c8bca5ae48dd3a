/**
 * The site as open data: each data set published as `/data/<set>.json`, described by a JSON Schema
 * generated from the same zod schemas the content is checked with. The generated schemas are
 * committed (`public/data/<set>.schema.json`, written by `node scripts/data-schemas.ts`): a change
 * to a collection's schema then shows up as a change to the published contract, and
 * `open-data.test.ts` fails until it is regenerated.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { makeSchemas } from './schemas/index.ts';
import { slug } from './schemas/fields.ts';
import { indicator, responsibility } from './schemas/playbook.ts';

/** The data sets, in the order the /data/ page lists them. */
export const DATA_SETS = ['cases', 'policies', 'glossary', 'indicators', 'responsibilities', 'checklists'] as const;
export type DataSetId = (typeof DATA_SETS)[number];

/** The licence of the data, as an SPDX id, and where it is written. */
export const DATA_LICENCE = 'CC-BY-4.0';
export const DATA_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** A cross-link in the published data is the id of the entry it points at. */
const plain = makeSchemas(() => slug());

/** The fields of an object schema; refinements (cross-field rules) do not travel to JSON Schema. */
function shapeOf(schema: z.ZodType, name: string): z.ZodRawShape {
  if (!(schema instanceof z.ZodObject)) throw new Error(`open data: the schema of ${name} is not an object`);
  return schema.shape;
}

const id = slug().describe('The entry’s id: its file name, and the last part of its page’s address.');
const body = z.string().describe('The entry’s text as written, in MDX (Markdown with the site’s components).');
const dimension = slug().describe('The id of the dimension (维度) whose playbook holds this row.');

/** The schema of one record of each data set. */
export const recordSchemas = {
  cases: z.object({ id, ...shapeOf(plain.cases, 'cases'), body }),
  policies: z.object({ id, ...shapeOf(plain.policies, 'policies'), body }),
  glossary: z.object({ id, ...shapeOf(plain.glossary, 'glossary'), body }),
  indicators: z.object({ dimension, ...shapeOf(indicator, 'indicators') }),
  responsibilities: z.object({ dimension, ...shapeOf(responsibility, 'responsibilities') }),
  checklists: z.object({ id, ...shapeOf(plain.checklists, 'checklists') }),
} satisfies Record<DataSetId, z.ZodObject>;

/** The schema of a whole file: what it is, its licence and version, and its records. */
export function fileSchema(set: DataSetId) {
  return z.object({
    dataset: z.literal(set).describe('Which data set this file holds.'),
    licence: z.literal(DATA_LICENCE).describe(`SPDX id of the licence (${DATA_LICENCE_URL}).`),
    version: z.string().describe('The site’s version and a digest of the records: it changes when they do.'),
    records: z.array(recordSchemas[set]),
  });
}

/** The published JSON Schema of a data set's file (draft 2020-12), with its own address. */
export function jsonSchema(set: DataSetId): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(fileSchema(set));
  return { $schema, $id: `${set}.schema.json`, title: `${set}.json`, ...rest };
}

/** The text of a committed schema file. */
export function jsonSchemaText(set: DataSetId): string {
  return `${JSON.stringify(jsonSchema(set), null, 2)}\n`;
}

/**
 * An entry's data as plain JSON: Astro's references (`{ collection, id }`) become the id, the rest
 * is kept as it is.
 */
export function plainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainData);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const keys = entries.map(([key]) => key).sort();
    if (keys.length === 2 && keys[0] === 'collection' && keys[1] === 'id') return (value as { id: unknown }).id;
    return Object.fromEntries(entries.map(([key, v]) => [key, plainData(v)]));
  }
  return value;
}

/** A data set's file: the records with their licence and a version that changes with them. */
export function dataFile(set: DataSetId, records: readonly unknown[], siteVersion: string) {
  const digest = createHash('sha256').update(JSON.stringify(records)).digest('hex').slice(0, 12);
  return { dataset: set, licence: DATA_LICENCE, version: `${siteVersion}+${digest}`, records };
}
