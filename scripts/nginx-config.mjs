/**
 * `node scripts/nginx-config.mjs`: writes deploy/nginx/ (the server block, the sub-path include and
 * the two files both include) from public/_headers; see scripts/lib/nginx.mjs and docs/deploy.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeaders } from './lib/headers.mjs';
import { nginxFiles } from './lib/nginx.mjs';

const dir = 'deploy/nginx';
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(nginxFiles(parseHeaders(readFileSync('public/_headers', 'utf8'))))) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote ${join(dir, name)}`);
}
