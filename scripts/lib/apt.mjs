/**
 * Installs Debian packages for the test tools (Chromium, CJK fonts, Java) when the machine allows
 * it: Debian, running as root. Elsewhere the caller prints the command for a person to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether packages can be installed here without asking anyone: Debian, as root. */
export function canApt() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version');
}

let updated = false;

/**
 * `apt-get install -y --no-install-recommends …packages`, after one `apt-get update` per process.
 * @param {string[]} packages
 * @param {(message: string) => void} log
 */
export function aptInstall(packages, log) {
  log(`installing ${packages.join(' ')} with apt-get (this takes a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) {
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    updated = true;
  }
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
}
