/**
 * Serves a built site with real nginx and the shipped configuration (deploy/nginx/), as a college
 * would, for tests/dist/nginx.test.ts and tests/e2e/nginx.spec.ts. nginx runs as the current user
 * in the foreground, with its pid file, logs and temporary folders in a fresh folder; the shipped
 * files are copied there with only the lines a deployment changes (listen, root) replaced.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { findNginx } from '../../scripts/find-nginx.mjs';
import { EXAMPLE_BASE, EXAMPLE_ROOT, EXAMPLE_SUBPATH_ROOT, INCLUDE_DIR } from '../../scripts/lib/nginx.mjs';

export interface NginxSite {
  /** The site's address, ending in its base: `http://127.0.0.1:PORT/` or `…/cjrh/`. */
  url: string;
  /** The server's origin, for requests outside the base. */
  origin: string;
  stop: () => Promise<void>;
}

/** The shipped sub-path of deploy/nginx/subpath.conf. */
export const SUBPATH = EXAMPLE_BASE;

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** `text` with `from` replaced by `to`, which must occur exactly once (the shipped file changed?). */
function replaceOnce(text: string, from: string, to: string, file: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected "${from}" once, found it ${count} times`);
  return text.replace(from, () => to);
}

/** Resolves once the port accepts a request, or rejects with nginx's error log when it exits. */
async function ready(child: ChildProcess, origin: string, errorLog: string): Promise<void> {
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  for (let tries = 0; tries < 100; tries++) {
    if (exited !== undefined) {
      throw new Error(`nginx exited (${exited}): ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
    }
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  throw new Error(`nginx did not answer at ${origin}`);
}

/**
 * Starts nginx over `dist`: at the root with deploy/nginx/server.conf, or with `subpath` under
 * /cjrh/ of a server that has nothing else (404 elsewhere), with deploy/nginx/subpath.conf.
 * `serverConf` replaces the shipped server block (to show what an older configuration did).
 */
export async function startNginx(
  dist: string,
  { subpath = false, serverConf }: { subpath?: boolean; serverConf?: string } = {},
): Promise<NginxSite> {
  const nginx = findNginx();
  const root = resolve(dist);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: build it first`);
  mkdirSync('.tmp', { recursive: true });
  const dir = mkdtempSync(resolve('.tmp/nginx-'));
  mkdirSync(join(dir, INCLUDE_DIR));
  for (const name of ['headers.conf', 'types.conf'])
    copyFileSync(join('deploy/nginx', name), join(dir, INCLUDE_DIR, name));
  const port = await freePort();
  const listen = `listen 127.0.0.1:${port};`;
  let server: string;
  if (subpath) {
    const www = join(dir, 'www');
    mkdirSync(www);
    symlinkSync(root, join(www, SUBPATH.replaceAll('/', '')));
    const file = 'deploy/nginx/subpath.conf';
    const include = replaceOnce(readFileSync(file, 'utf8'), `root ${EXAMPLE_SUBPATH_ROOT};`, `root ${www};`, file);
    writeFileSync(join(dir, INCLUDE_DIR, 'subpath.conf'), include);
    server = `server {\n    ${listen}\n    location / { return 404; }\n    include ${INCLUDE_DIR}/subpath.conf;\n}\n`;
  } else {
    const file = 'deploy/nginx/server.conf';
    server = replaceOnce(serverConf ?? readFileSync(file, 'utf8'), 'listen 80;', listen, file);
    server = replaceOnce(server, `root ${EXAMPLE_ROOT};`, `root ${root};`, file);
  }
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${join(dir, name)};\n`)
    .join('');
  const errorLog = join(dir, 'error.log');
  writeFileSync(
    join(dir, 'nginx.conf'),
    // As root, nginx would hand its workers to `nobody`, who may not read the checkout.
    `${process.getuid?.() === 0 ? `user ${userInfo().username};\n` : ''}daemon off;\nworker_processes 1;\n` +
      `pid ${join(dir, 'nginx.pid')};\nerror_log ${errorLog} warn;\nevents { worker_connections 256; }\n` +
      `http {\n    access_log off;\n${temp}${server}}\n`,
  );
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', errorLog], { stdio: 'inherit' });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await ready(child, origin, errorLog);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url: `${origin}${subpath ? SUBPATH : '/'}`,
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
