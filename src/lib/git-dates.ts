/**
 * Last-updated dates from git history: one `git log` for the whole repository, read once per build,
 * mapped to each file's most recent commit date. Files git does not know (new, uncommitted, or a
 * tree without history) have no date, and pages then print none rather than a made-up one.
 */
import { execFileSync } from 'node:child_process';

/** Parses `git log --format=%x00%cI --name-only` output into file → ISO date of its newest commit. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of output.split('\0')) {
    const [date, ...files] = block.trim().split('\n');
    if (!date) continue;
    for (const file of files) {
      const name = file.trim();
      // Log order is newest first, so the first date seen for a file is its latest.
      if (name && !dates.has(name)) dates.set(name, date.trim());
    }
  }
  return dates;
}

let cache: Map<string, string> | undefined;

/** The date (YYYY-MM-DD) of the newest commit touching `file` (path relative to the repo root). */
export function lastUpdated(file: string): string | undefined {
  if (!cache) {
    try {
      const out = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      cache = parseGitLog(out);
    } catch {
      cache = new Map();
    }
  }
  return cache.get(file.replace(/^\.\//, ''))?.slice(0, 10);
}
