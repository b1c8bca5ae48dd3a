/**
 * The paper as the content check reads it: where the file is, the text of one of its sections, and
 * whether a quoted span is found there verbatim. The paper is not in the repository (copyright: the
 * site quotes it briefly); it lives in `shared/source/paper.zh.md` beside the project.
 *
 * A college building its own copy has no paper, and the build must still pass: the check then
 * reports nothing. Under `CI` (and in the unit tests, which read it directly) a missing paper is an
 * error that says where it is expected.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  PAPER_SECTIONS,
  findClaim,
  verbatimForm,
  type PaperClaim,
  type PaperSection,
} from '../../data/paper-claims.ts';

/** Where the paper sits relative to a folder above the project. */
const PAPER_RELATIVE = join('shared', 'source', 'paper.zh.md');

/**
 * The paper's path: `PAPER_SOURCE` when set, else `shared/source/paper.zh.md` in the nearest folder
 * above `from` that has one (the project's parent, or the parent of a git worktree's folder).
 */
export function findPaper(from = process.cwd(), env = process.env): string | undefined {
  const given = env['PAPER_SOURCE'];
  if (given) return existsSync(given) ? resolve(given) : undefined;
  for (let dir = dirname(resolve(from)); ; dir = dirname(dir)) {
    const candidate = join(dir, PAPER_RELATIVE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Where the paper was looked for, for an error message. */
export function paperExpectedAt(from = process.cwd(), env = process.env): string {
  return env['PAPER_SOURCE'] || join(dirname(resolve(from)), PAPER_RELATIVE);
}

/** The paper's text, or undefined when it is not beside the project. */
export function readPaper(from = process.cwd(), env = process.env): string | undefined {
  const path = findPaper(from, env);
  return path ? readFileSync(path, 'utf8') : undefined;
}

const NUMERALS = '一二三四五六七八九十';

/**
 * The text of one section as the site cites it: a top section ("三、…") runs to the next top
 * heading, subsections included; a subsection ("三、2. …") to the next heading; 摘要 is its
 * paragraph and 引言 what follows it up to the first heading.
 */
export function paperSection(paper: string, section: PaperSection): string {
  const lines = paper.split('\n');
  const firstHeading = lines.findIndex((l) => l.startsWith('## '));
  if (section === '摘要') return lines.find((l) => l.startsWith('摘要：')) ?? '';
  if (section === '引言') {
    return lines
      .slice(0, firstHeading)
      .filter((l) => !l.startsWith('#') && !l.startsWith('摘要：'))
      .join('\n');
  }
  const [, top = '', sub] = /^(.)、(?:(\d+)\. )?/.exec(section) ?? [];
  if (!NUMERALS.includes(top)) return '';
  const out: string[] = [];
  let inTop = false;
  let inSub = false;
  for (const line of lines) {
    if (line.startsWith('## ')) {
      inTop = line.startsWith(`## ${top}、`);
      inSub = false;
      continue;
    }
    if (line.startsWith('### ')) {
      inSub = inTop && sub !== undefined && line.startsWith(`### ${sub}. `);
      continue;
    }
    if (inTop && (sub === undefined || inSub)) out.push(line);
  }
  return out.join('\n');
}

/** One paper source found in parsed content: the section it cites and the spans it quotes. */
interface PaperSource {
  /** Where to report: the item's `paper` key for a short-key source, else the source's `quote`. */
  field: string;
  section: string;
  claim?: string;
  quotes: string[];
}

/** Every `{ kind: paper }` source in parsed data that quotes the paper, with its field path. */
export function collectPaperSources(value: unknown, path = ''): PaperSource[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => collectPaperSources(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (record['kind'] === 'paper' && typeof record['section'] === 'string') {
    const quotes = [
      ...(Array.isArray(record['quotes']) ? record['quotes'] : []),
      ...(typeof record['quote'] === 'string' ? [record['quote']] : []),
    ].filter((q): q is string => typeof q === 'string');
    const claim = typeof record['claim'] === 'string' ? record['claim'] : undefined;
    const field = Array.isArray(record['quotes']) ? path.replace(/\.source$/, '.paper') : `${path}.quote`;
    return [{ field, section: record['section'], quotes, ...(claim ? { claim } : {}) }];
  }
  return Object.entries(record).flatMap(([key, item]) => collectPaperSources(item, path ? `${path}.${key}` : key));
}

/**
 * Problems with the paper sources in one file's parsed data: a section the paper does not have, or
 * a quoted span not found verbatim in the cited section. Reported as `<file>: <field>: <message>`;
 * the field is the item's `paper` key where the source came from one (`practices[0].paper`).
 */
export function checkPaperQuotes(file: string, data: unknown, paper: string): string[] {
  const errors: string[] = [];
  for (const source of collectPaperSources(data)) {
    // A page-level citation ("三、…；四、结语") names where a page draws on; only quotes are checked.
    if (source.quotes.length === 0) continue;
    const { field } = source;
    const claimSection = source.claim ? findClaim(source.claim)?.section : undefined;
    const section = (claimSection ?? source.section) as PaperSection;
    if (!(PAPER_SECTIONS as readonly string[]).includes(section)) {
      errors.push(`${file}: ${field}: 论文没有“${section}”这一节（可写：${PAPER_SECTIONS.join('、')}）`);
      continue;
    }
    const body = verbatimForm(paperSection(paper, section));
    for (const quote of source.quotes) {
      if (!body.includes(verbatimForm(quote))) {
        errors.push(`${file}: ${field}: 引文“${quote}”在论文的「${section}」中找不到（须逐字摘自 paper.zh.md）`);
      }
    }
  }
  return errors;
}

/** Where the claims live, for reports. */
const CLAIMS_FILE = 'src/data/paper-claims.ts';

/**
 * Problems with the claims themselves: a quote not found verbatim in the claim's section, or a term
 * that is not the paper's own word (a term the paper does not use would let an item pass on the
 * site's wording). Reported as `src/data/paper-claims.ts: <claim id>.<field>: <message>`.
 */
export function checkClaims(claims: readonly PaperClaim[], paper: string): string[] {
  const whole = verbatimForm(paper);
  const errors: string[] = [];
  for (const claim of claims) {
    if (!verbatimForm(paperSection(paper, claim.section)).includes(verbatimForm(claim.quote))) {
      errors.push(`${CLAIMS_FILE}: ${claim.id}.quote: “${claim.quote}”在论文的「${claim.section}」中找不到`);
    }
    for (const term of claim.terms) {
      if (!whole.includes(verbatimForm(term))) {
        errors.push(`${CLAIMS_FILE}: ${claim.id}.terms: “${term}”不是论文的原词（论文中找不到），不能作为论点的用词`);
      }
    }
  }
  return errors;
}
