/**
 * The static server for the built site: `node scripts/serve.mjs [--port 4321] [--dir dist]`.
 * Serves `dist/` under BASE_PATH (default `/`) the way a static host does: `/x/` → `x/index.html`,
 * `/x` → 301 to `/x/`, unknown paths → `404.html` with status 404, and the headers of
 * `dist/_headers` (the CSP header included), so `npm start` shows what a deployment serves.
 * Files are served by `sirv`, which only serves files it listed under the folder at start-up, so no
 * request path (`..`, encoded or not) can reach outside it. Used by `npm start` and the browser
 * tests; `astro preview` refuses to run twice on one machine. Text responses are compressed on the
 * fly (`compression`: gzip or brotli by the request's Accept-Encoding), as static hosts do, so the
 * bytes a browser test or Lighthouse sees are the bytes a reader downloads.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './lib/headers.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: 'localhost' },
    dir: { type: 'string', default: 'dist' },
  },
});
const root = resolve(values.dir);
const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} has no index.html: run \`npm run build\` first.`);
  process.exit(1);
}

const headerFile = join(root, '_headers');
const rules = existsSync(headerFile) ? parseHeaders(readFileSync(headerFile, 'utf8')) : [];
const notFound = readFileSync(join(root, '404.html'));

/** Types sirv's table (mrmime) does not know, which static hosts send. */
const EXTRA_TYPES = { '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

/** Sets the `_headers` headers for `pathname` (below the base) on the response. */
function applyHeaders(res, pathname) {
  for (const [name, value] of headersFor(pathname, rules)) res.setHeader(name, value);
}

const files = sirv(root, {
  dev: false,
  etag: true,
  extensions: ['html'],
  dotfiles: false,
  setHeaders: (res, pathname) => {
    const type = EXTRA_TYPES[extname(pathname)];
    if (type) res.setHeader('Content-Type', type);
    applyHeaders(res, pathname);
    if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
  },
});

/** Whether `relative` (below the base, without leading slash) names a folder with an index page. */
function isFolder(relative) {
  const path = resolve(root, relative);
  return path.startsWith(`${root}/`) && existsSync(join(path, 'index.html')) && statSync(path).isDirectory();
}

function sendNotFound(req, res, pathname) {
  applyHeaders(res, pathname);
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : notFound);
}

const compress = compression();

const server = createServer((req, res) => compress(req, res, () => route(req, res)));

/** Answers one request: the base path, redirects for folders, files, and the 404 page. */
function route(req, res) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (!pathname.startsWith(base)) return sendNotFound(req, res, pathname);
  const below = `/${pathname.slice(base.length)}`;
  let decoded;
  try {
    decoded = decodeURIComponent(below);
  } catch {
    return sendNotFound(req, res, below);
  }
  // Directory URLs without their trailing slash redirect, as static hosts do.
  if (!below.endsWith('/') && !extname(below) && isFolder(decoded.slice(1))) {
    res.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  req.url = below + (req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '');
  files(req, res, () => sendNotFound(req, res, below));
}

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});
