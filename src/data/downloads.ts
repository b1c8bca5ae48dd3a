/**
 * The CSV downloads, built once from the same rows the pages print: the indicator handbook and the
 * responsibility matrix. The endpoints serve these bytes; the pages print their sizes.
 */
import { toCsv } from '../lib/guidance/csv.ts';
import {
  INDICATOR_COLUMNS,
  RESPONSIBILITY_COLUMNS,
  indicatorRows,
  matrixTasks,
  responsibilityRows,
} from '../lib/guidance/playbook.ts';
import { dimensionPlaybooks } from './playbooks.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** /indicators.csv: one row per indicator, dimension by dimension. */
export const indicatorsCsv = encode(toCsv([INDICATOR_COLUMNS(), ...indicatorRows(dimensionPlaybooks)]));

/** Every task of the site-wide matrix. */
export const allTasks = matrixTasks(dimensionPlaybooks);

/** /responsibilities.csv: one row per task. */
export const responsibilitiesCsv = encode(toCsv([RESPONSIBILITY_COLUMNS(), ...responsibilityRows(allTasks)]));

/** A byte size for a download link: 12.3 KB. */
export const sizeLabel = (bytes: Uint8Array) => `${(bytes.byteLength / 1024).toFixed(1)} KB`;
