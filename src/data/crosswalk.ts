/**
 * The crosswalk (`src/content/crosswalk/crosswalk.yaml`), parsed and checked once, with the rows
 * the page and the CSV share. The content check has already refused a bad file; this throws again
 * (naming the file and the field) so no page is built from one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../lib/guidance/csv.ts';
import {
  CROSSWALK_COLUMNS,
  CROSSWALK_FILE,
  crosswalkIssues,
  crosswalkRows,
  parseCrosswalk,
  type CrosswalkLookup,
} from '../lib/guidance/crosswalk.ts';
import { dimensions, policies, templates } from './content.ts';
import { dimensionPlaybooks } from './playbooks.ts';

const file = join(process.env['CONTENT_DIR'] ?? 'src/content', CROSSWALK_FILE);

/** Names by id, from the collections. */
export const crosswalkLookup: CrosswalkLookup = {
  dimensions: new Map(dimensions.map((d) => [d.id, d.data.name])),
  indicators: new Map(dimensionPlaybooks.map((d) => [d.id, new Map(d.playbook.indicators.map((i) => [i.id, i.name]))])),
  templates: new Map(templates.map((tpl) => [tpl.id, tpl.data.title])),
  policies: new Map(policies.map((p) => [p.id, p.data.title])),
};

const parsed = parseCrosswalk(readFileSync(file, 'utf8'), file);
const issues = parsed.data ? crosswalkIssues(parsed.data, crosswalkLookup, file) : parsed.errors;
if (!parsed.data || issues.length) throw new Error(`Crosswalk check failed:\n  ${issues.join('\n  ')}`);

/** The crosswalk, checked. */
export const crosswalk = parsed.data;

/** The rows of the table and of the CSV: one per (task, dimension). */
export const crosswalkTable = crosswalkRows(crosswalk, crosswalkLookup);

/** /crosswalk.csv, as bytes. */
export const crosswalkCsv = new TextEncoder().encode(toCsv([CROSSWALK_COLUMNS(), ...crosswalkTable]));
