/**
 * Last-updated dates from git history: one `git log` for the whole repository, read once per build,
 * mapped to each file's most recent commit date. Files git does not know (new, uncommitted, or a
 * tree without history) have no date, and pages then print none rather than a made-up one.
 */
import { execFileSync } from 'node:child_process';

/**
 * Parses `git log --format=%x00%cI --name-status -M` output into file → ISO date of its newest
 * commit. A file keeps its history across a rename: a pure rename (R100) is not an update, and the
 * commits before it count for the new name (cases moved from .mdx to .md kept their dates).
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  /** A path as it was at the commit being read → the path it has now (log order: newest first). */
  const later = new Map<string, string>();
  for (const block of output.split('\0')) {
    const [date, ...lines] = block.trim().split('\n');
    if (!date) continue;
    for (const line of lines) {
      const [status = '', from = '', to] = line.trim().split('\t');
      if (!from) continue;
      const now = later.get(to ?? from) ?? to ?? from;
      // The first date seen for a file is its latest; a rename with no change to the text is none.
      if (!dates.has(now) && status !== 'R100') dates.set(now, date.trim());
      if (to && status.startsWith('R')) later.set(from, now);
    }
  }
  return dates;
}

let cache: Map<string, string> | undefined;

/** The date (YYYY-MM-DD) of the newest commit touching `file` (path relative to the repo root). */
export function lastUpdated(file: string): string | undefined {
  if (!cache) {
    try {
      const out = execFileSync('git', ['log', '--format=%x00%cI', '--name-status', '-M'], {
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
