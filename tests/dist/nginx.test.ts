/**
 * The site served by real nginx with the shipped configuration (deploy/nginx/), at the root and
 * under /cjrh/ of a sub-path build: the security headers of public/_headers on one URL of each
 * kind (nginx drops inherited add_header lines in a location with its own), the types, caching,
 * compression, the 404 page, the slash redirect and traversal attempts. The browser journeys
 * through the same servers are in tests/e2e/nginx.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/lib/headers.mjs';
import { siteWideHeaders, TEXT_TYPES, TYPES } from '../../scripts/lib/nginx.mjs';
import { filesBelow } from '../lib/files.ts';
import { startNginx, type NginxSite } from '../support/nginx.ts';
import { subpathDist } from '../support/subpath-build.ts';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const security = siteWideHeaders(rules);

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET with the path sent exactly as given (fetch would normalise `..`). */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((done, fail) => {
    const req = request(`${origin}/`, { path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** The type nginx must send for a file name, with charset=utf-8 for text. */
function expectedType(file: string): string {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  const type = TYPES.find(([, exts]) => (exts as readonly string[]).includes(ext))?.[0];
  if (!type) throw new Error(`no type for .${ext}`);
  return type === 'text/html' || (TEXT_TYPES as readonly string[]).includes(type) ? `${type}; charset=utf-8` : type;
}

/** One file of each kind in a built folder, as paths below its base. */
function samples(dir: string) {
  const files = filesBelow(dir);
  const first = (test: RegExp) => {
    const file = files.find((f) => test.test(f));
    if (!file) throw new Error(`${dir} has no file matching ${test}`);
    return file;
  };
  return {
    'home page': '',
    'a case page': first(/^cases\/[^/]+\/index\.html$/).replace(/index\.html$/, ''),
    'a stylesheet in /_astro/': first(/^_astro\/.+\.css$/),
    'a script in /_astro/': first(/^_astro\/.+\.js$/),
    'the search index meta file': 'search-index/meta.bin',
    'a search index shard': first(/^search-index\/shard\/[0-9a-f]{12}\.bin$/),
    'a search fragment': first(/^search-index\/fragment\/[0-9a-f]{12}\.bin$/),
    'the search facets': 'search-index/facets.bin',
    'the service worker': 'sw.js',
    'the web manifest': 'manifest.webmanifest',
    'a .docx download': first(/^templates\/.+\.docx$/),
    'a .csv download': first(/\.csv$/),
    'the icon': 'favicon.svg',
  };
}

const servers = [
  ['at the root', () => 'dist', false],
  ['under /cjrh/ (sub-path build)', subpathDist, true],
] as const;

describe.each(servers)('nginx with the shipped configuration, %s', (_, distOf, subpath) => {
  let site: NginxSite;
  let dir: string;
  let base: string;
  beforeAll(async () => {
    dir = distOf();
    site = await startNginx(dir, { subpath });
    base = new URL(site.url).pathname;
  });
  afterAll(async () => site?.stop());

  test('every kind of URL: the security headers, its type, its caching and its bytes', async () => {
    // Every difference is listed, not only the first: a broken location shows which kinds it hits.
    const problems: string[] = [];
    const expectSame = (kind: string, what: string, actual: unknown, expected: unknown) => {
      if (actual !== expected) problems.push(`${kind} ${what}: ${String(actual)} ≠ ${String(expected)}`);
    };
    for (const [kind, path] of Object.entries(samples(dir))) {
      const res = await get(site.origin, base + path);
      expectSame(kind, 'status', res.status, 200);
      for (const [name, value] of security) expectSame(kind, name, res.headers[name.toLowerCase()], value);
      const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      expectSame(kind, 'Content-Type', res.headers['content-type'], expectedType(file));
      const cache = headersFor(`/${path}`, rules).get('Cache-Control') ?? 'no-cache';
      expectSame(kind, 'Cache-Control', res.headers['cache-control'], cache);
      expectSame(kind, 'body', res.body.equals(readFileSync(`${dir}/${file}`)), true);
    }
    expect(problems).toEqual([]);
    // The hashed files are kept, and the files that name them are not.
    expect(headersFor('/_astro/x.css', rules).get('Cache-Control')).toMatch(/immutable/);
    expect((await get(site.origin, `${base}search-index/meta.bin`)).headers['cache-control']).toBe('no-cache');
  });

  test('every file type in the build has a type nginx sends', () => {
    // `_headers` (for other hosts) has no extension and goes out as application/octet-stream.
    const named = filesBelow(dir).filter((f) => /\.[^/]+$/.test(f));
    const exts = new Set(named.map((f) => f.slice(f.lastIndexOf('.') + 1)));
    const known = new Set<string>(TYPES.flatMap(([, e]) => e));
    expect([...exts].filter((e) => !known.has(e))).toEqual([]);
  });

  test('text is compressed with gzip when the browser accepts it', async () => {
    for (const path of ['', samples(dir)['a script in /_astro/'], samples(dir)['a .csv download']]) {
      const res = await get(site.origin, base + path, { 'Accept-Encoding': 'gzip' });
      expect(res.headers['content-encoding'], path).toBe('gzip');
      expect(res.headers['vary'], path).toMatch(/Accept-Encoding/);
      const file = path === '' ? 'index.html' : path;
      expect(gunzipSync(res.body).equals(readFileSync(`${dir}/${file}`)), path).toBe(true);
    }
  });

  test('the search index goes out as the gzip bytes it is, never with a Content-Encoding', async () => {
    // The search decompresses its files itself; a host that labelled them gzip would hand the
    // browser's fetch the decompressed bytes (handled, but the bytes on the wire would double).
    for (const path of ['search-index/meta.bin', samples(dir)['a search index shard']]) {
      const res = await get(site.origin, base + path, { 'Accept-Encoding': 'gzip' });
      expect(res.headers['content-encoding'], path).toBeUndefined();
      expect(res.body.equals(readFileSync(`${dir}/${path}`)), path).toBe(true);
    }
  });

  test('an unknown path gets the site’s 404 page, status 404, with the headers', async () => {
    const res = await get(site.origin, `${base}no-such-page/`);
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).toBe(readFileSync(`${dir}/404.html`, 'utf8'));
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const [name, value] of security) expect(res.headers[name.toLowerCase()], name).toBe(value);
    const asset = await get(site.origin, `${base}_astro/missing.js`);
    expect(asset.status).toBe(404);
    for (const [name, value] of security) expect(asset.headers[name.toLowerCase()], name).toBe(value);
  });

  test('a folder without its slash is redirected to it, relative to the host', async () => {
    const res = await get(site.origin, `${base}cases`);
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe(`${base}cases/`);
    for (const [name, value] of security) expect(res.headers[name.toLowerCase()], name).toBe(value);
  });

  test.each([
    '/../package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/_astro/..%2f..%2fpackage.json',
    '/cjrh../package.json',
    '/cjrh/../nginx.conf',
    '/cjrh/%2e%2e/nginx.conf',
    '/cjrh/..%2fnginx.conf',
  ])('a traversal attempt %s reaches nothing outside the site', async (path) => {
    const res = await get(site.origin, path);
    expect([400, 404]).toContain(res.status);
    const body = res.body.toString('utf8');
    expect(body).not.toContain('industry-college-kb');
    expect(body).not.toContain('worker_processes');
    expect(body).not.toContain('root:');
  });
});
