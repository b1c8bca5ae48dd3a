/**
 * The preview server (`scripts/serve.mjs`) on a small fixture site beside a sibling folder whose
 * name starts like the site's: no request path may reach the sibling, the `_headers` rules are
 * sent as a static host sends them, and text is compressed for a browser that accepts it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const PORT = 4391;
let dir: string;
let server: ChildProcess;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  raw: Buffer;
}

/** A raw GET: the path goes on the wire exactly as written (no client-side normalising of `..`). */
function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString('utf8'), raw });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-'));
  const site = join(dir, 'dist');
  mkdirSync(join(site, 'model'), { recursive: true });
  mkdirSync(join(site, 'long'));
  mkdirSync(join(dir, 'dist-x'));
  writeFileSync(join(site, 'index.html'), '<p>home</p>');
  writeFileSync(join(site, '404.html'), '<p>not found</p>');
  writeFileSync(join(site, 'model', 'index.html'), '<p>model</p>');
  writeFileSync(join(site, 'long', 'index.html'), `<p>${'校企合作'.repeat(1000)}</p>`);
  writeFileSync(join(site, '_headers'), "/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Test: yes\n");
  writeFileSync(join(dir, 'dist-x', 'secret.txt'), 'SECRET');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET');
  server = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(PORT), '--host', '127.0.0.1', '--dir', site],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.stdout?.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
});

afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('serves pages, folders by their index and redirects a folder without its slash', async () => {
  expect((await get('/')).body).toContain('home');
  expect((await get('/model/')).body).toContain('model');
  const redirect = await get('/model');
  expect(redirect.status).toBe(301);
  expect(redirect.headers['location']).toBe('/model/');
});

test.each([
  '/../secret.txt',
  '/../dist-x/secret.txt',
  '/..%2fsecret.txt',
  '/..%2fdist-x/secret.txt',
  '/%2e%2e/dist-x/secret.txt',
  '/%2e%2e%2f%2e%2e%2fdist-x%2fsecret.txt',
  '/model/..%2f..%2fdist-x/secret.txt',
  '/%2',
])('%s stays inside the site folder (404, no secret)', async (path) => {
  const reply = await get(path);
  expect(reply.status).toBe(404);
  expect(reply.body).not.toContain('SECRET');
  expect(reply.body).toContain('not found');
});

test('sends the _headers rules with pages and with the 404 page', async () => {
  for (const path of ['/', '/nope/']) {
    const reply = await get(path);
    expect(reply.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(reply.headers['x-test']).toBe('yes');
  }
});

test('compresses a page for a browser that accepts gzip, and sends it whole to one that does not', async () => {
  const page = `<p>${'校企合作'.repeat(1000)}</p>`;
  const zipped = await get('/long/', { 'Accept-Encoding': 'gzip' });
  expect(zipped.status).toBe(200);
  expect(zipped.headers['content-encoding']).toBe('gzip');
  expect(zipped.headers['vary']).toContain('Accept-Encoding');
  expect(zipped.raw.length).toBeLessThan(Buffer.byteLength(page) / 10);
  expect(gunzipSync(zipped.raw).toString('utf8')).toBe(page);
  const plain = await get('/long/');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body).toBe(page);
});
