/**
 * `node scripts/data-schemas.ts`: writes the JSON Schema of each open data set to
 * public/data/<set>.schema.json from the zod schemas (src/lib/open-data.ts). Run it after changing
 * a collection's schema, and review the change: it is the published contract of /data/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { DATA_SETS, jsonSchemaText } from '../src/lib/open-data.ts';

mkdirSync('public/data', { recursive: true });
for (const set of DATA_SETS) {
  writeFileSync(`public/data/${set}.schema.json`, jsonSchemaText(set));
  console.log(`wrote public/data/${set}.schema.json`);
}
