/**
 * A small static server for the built site: `node scripts/serve.mjs [--port 4321] [--dir dist]`.
 * Serves `dist/` under BASE_PATH (default `/`) the way a static host does: `/x/` → `x/index.html`,
 * unknown paths → `404.html` with status 404. Used by `npm start` and by the browser tests;
 * `astro preview` refuses to run twice on one machine, which would make `npm test` fail while a
 * reader has `npm start` open.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: 'localhost' },
    dir: { type: 'string', default: 'dist' },
  },
});
const root = resolve(values.dir);
const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} has no index.html: run \`npm run build\` first.`);
  process.exit(1);
}

/** The file for a request path, or undefined. Never leaves `root`. */
function resolveFile(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const path = normalize(join(root, relative));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // Directory URLs without their trailing slash redirect, as static hosts do.
  if (!pathname.endsWith('/') && !extname(pathname) && resolveFile(`${pathname}/`)) {
    res.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  const file = resolveFile(pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  res.writeHead(status, {
    'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(body).pipe(res);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});
