/**
 * Finds a Java runtime for the W3C Nu HTML checker (`vnu-jar`), installing one if needed, and
 * prints its path. Order: JAVA_PATH; `java` on the PATH; Debian's `default-jre-headless` via
 * apt-get when running as root on Debian. If all fail, exits non-zero with the command to run.
 */
import { spawnSync } from 'node:child_process';
import { aptInstall, canApt } from './lib/apt.mjs';

function log(message) {
  process.stderr.write(`[find-java] ${message}\n`);
}

function works(command) {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8', timeout: 20_000 });
  return result.status === 0;
}

/** The command that runs a working Java, installing Debian's when it can. */
export function findJava() {
  const fromEnv = process.env['JAVA_PATH'];
  if (fromEnv) {
    if (works(fromEnv)) return fromEnv;
    throw new Error(`JAVA_PATH=${fromEnv} does not run (\`${fromEnv} -version\` failed)`);
  }
  if (works('java')) return 'java';
  if (canApt()) {
    log('no Java found');
    aptInstall(['default-jre-headless'], log);
    if (works('java')) return 'java';
  }
  throw new Error(
    'No Java found for the HTML checker. Install one with:\n  sudo apt-get install -y default-jre-headless\nor set JAVA_PATH.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findJava());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
