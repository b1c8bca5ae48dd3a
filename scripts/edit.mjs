/**
 * `npm run edit`: the content editor on this machine. Starts decap-server (the local backend: it
 * reads and writes the files of this checkout, no git host, no login) and Astro's dev server, whose
 * `/admin/` is the editor (src/integrations/editor.ts); a saved change shows on the page within
 * seconds. Ports: EDITOR_BACKEND_PORT (decap-server, 8081 by default), EDIT_PORT (the site, 4321).
 * GIT_REPO_DIRECTORY and CONTENT_DIR point both at another copy of the content (the browser test
 * uses a temporary one). Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const backendPort = process.env['EDITOR_BACKEND_PORT'] ?? '8081';
const sitePort = process.env['EDIT_PORT'] ?? '4321';
const repo = resolve(process.env['GIT_REPO_DIRECTORY'] ?? '.');
const env = { ...process.env, EDITOR_BACKEND_PORT: backendPort, GIT_REPO_DIRECTORY: repo };

const children = [
  spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    stdio: 'inherit',
    env: { ...env, PORT: backendPort, MODE: 'fs' },
  }),
  spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', sitePort], { stdio: 'inherit', env }),
];
console.log(`编辑器：http://localhost:${sitePort}/admin/（本地后端 http://localhost:${backendPort}，读写 ${repo}）`);

let stopping = false;
const stop = (code = 0) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
