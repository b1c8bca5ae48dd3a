/**
 * Checks a content tree the way the build must: every entry against its schema, every reference
 * against the entries that exist, and the rules that span entries (unique dimension order). Each
 * problem is reported as `<file>: <field>: <message>`, so an editor knows where to look.
 *
 * It reads files itself rather than asking Astro, because Astro only logs a reference to a missing
 * entry; the build calls `assertContent()` first and stops on the first report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { makeSchemas, playbook, type CollectionName } from '../schemas/index.ts';
import { fieldLabel } from '../schemas/labels.ts';
import { STATIC_PATHS, entryPath } from '../urls.ts';
import { styleReports } from './style-rule.ts';
import { checkIllustrativeCases } from './case-content-check.ts';
import { checkAliases } from '../search/aliases.ts';
import { PAPER_CLAIMS } from '../../data/paper-claims.ts';
import { checkClaims, checkPaperQuotes, paperExpectedAt, readPaper } from './paper-source.ts';
import { CROSSWALK_FILE, crosswalkIssues, parseCrosswalk, type CrosswalkLookup } from '../guidance/crosswalk.ts';
import { checkRepealedCitations, type ParsedEntry, type PolicyStatusInfo } from './policy-status-check.ts';
import { checkReview } from './review-check.ts';

/** Every collection, in the order they are checked. */
export const COLLECTIONS: readonly CollectionName[] = [
  'dimensions',
  'problems',
  'strategies',
  'cases',
  'policies',
  'glossary',
  'guides',
  'templates',
  'checklists',
  'changes',
  'review',
];

/** Collections stored as plain YAML files (the whole file is the data; no body). */
const YAML_COLLECTIONS: ReadonlySet<CollectionName> = new Set(['checklists', 'changes', 'review']);

/** One content file, parsed. */
export interface ContentFile {
  collection: CollectionName;
  /** The entry id, as Astro's glob loader derives it: the path below the collection, no extension. */
  id: string;
  /** The file, relative to the working directory. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The whole file as read, for reports that name a line. */
  text: string;
}

/** A parsed cross-link; a class, so the walk over parsed data can tell it from plain objects. */
class Ref {
  readonly collection: CollectionName;
  readonly id: string;
  constructor(collection: CollectionName, id: string) {
    this.collection = collection;
    this.id = id;
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Files below `dir` whose name matches `ext` and does not start with `_` (drafts, fixtures). */
function walk(dir: string, ext = /\.mdx?$/): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ext.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Reads every collection below `root` (e.g. `src/content`), or only `collections`. Unparseable YAML
 * is an error, not a throw.
 */
export function readContentTree(
  root: string,
  collections: readonly CollectionName[] = COLLECTIONS,
): { files: ContentFile[]; errors: string[] } {
  const files: ContentFile[] = [];
  const errors: string[] = [];
  for (const collection of collections) {
    const base = join(root, collection);
    const isYaml = YAML_COLLECTIONS.has(collection);
    for (const path of walk(base, isYaml ? /\.ya?ml$/ : /\.mdx?$/).sort()) {
      const file = relative(process.cwd(), path);
      const id = relative(base, path)
        .split(sep)
        .join('/')
        .replace(/\.(mdx?|ya?ml)$/, '');
      if (isYaml) {
        try {
          const text = readFileSync(path, 'utf8');
          const data = (yaml.load(text) ?? {}) as Record<string, unknown>;
          files.push({ collection, id, file, data, body: '', text });
        } catch (error) {
          errors.push(`${file}: (root): invalid YAML: ${(error as Error).message.split('\n')[0]}`);
        }
        continue;
      }
      const text = readFileSync(path, 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) {
        errors.push(`${file}: frontmatter: missing (the file must start with a --- block)`);
        continue;
      }
      try {
        const data = (yaml.load(match[1] ?? '') ?? {}) as Record<string, unknown>;
        files.push({ collection, id, file, data, body: match[2] ?? '', text });
      } catch (error) {
        errors.push(`${file}: frontmatter: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
  return { files, errors };
}

/** The field as the editor (`/admin/`) labels it, after the message: （编辑器中的“成效 › 原文摘录”）. */
function labelNote(collection: string, path: readonly PropertyKey[]): string {
  const label = fieldLabel(collection, path);
  return label ? `（编辑器中的“${label}”）` : '';
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Every reference in parsed data, with the path of the field that holds it. */
function collectRefs(value: unknown, path: PropertyKey[] = []): { ref: Ref; field: string }[] {
  if (value instanceof Ref) return [{ ref: value, field: fieldPath(path) }];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectRefs(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => collectRefs(item, [...path, key]));
  }
  return [];
}

/** Every law or policy a provenance cites (`{ kind: law | policy, document }`), as a policies reference. */
function collectDocumentRefs(value: unknown, path: PropertyKey[] = []): { ref: Ref; field: string }[] {
  if (value instanceof Ref) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectDocumentRefs(item, [...path, i]));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ((record['kind'] === 'law' || record['kind'] === 'policy') && typeof record['document'] === 'string') {
      return [{ ref: new Ref('policies', record['document']), field: fieldPath([...path, 'document']) }];
    }
    return Object.entries(record).flatMap(([key, item]) => collectDocumentRefs(item, [...path, key]));
  }
  return [];
}

/** The paper for the verbatim check, and the error to report when it is missing where it must not be. */
export interface PaperInput {
  /** The paper's text; undefined when it is not beside the project. */
  paper: string | undefined;
  /** True where a missing paper fails the check (under `CI`); a college's own build skips it. */
  required: boolean;
}

/** The paper as this run finds it: required under `CI`. */
export function paperInput(env = process.env): PaperInput {
  return { paper: readPaper(process.cwd(), env), required: Boolean(env['CI']) };
}

/** Verbatim checks of every paper source in parsed data, or the one error saying the paper is missing. */
function paperReports(file: string, data: unknown, input: PaperInput): string[] {
  return input.paper === undefined ? [] : checkPaperQuotes(file, data, input.paper);
}

/** The error for a paper that is required and missing (none otherwise). */
function missingPaper(input: PaperInput): string[] {
  if (input.paper !== undefined || !input.required) return [];
  return [
    `${paperExpectedAt()}: (file): 找不到论文原文，无法逐字核对标为论文的引文（CI 下必须有；或设 PAPER_SOURCE 指向 paper.zh.md）`,
  ];
}

/**
 * Validates parsed files; returns every problem found, empty when the content is sound. Quotes of
 * the paper are checked verbatim when the paper is found (always under `CI`).
 */
export function checkContent(files: readonly ContentFile[], input: PaperInput = paperInput()): string[] {
  const errors: string[] = [...missingPaper(input)];
  if (input.paper !== undefined) errors.push(...checkClaims(PAPER_CLAIMS, input.paper));
  const known = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  // A stand-in for Astro's reference(): the id becomes a Ref, checked once every entry is known.
  const schemas = makeSchemas((collection) =>
    z.string({ error: `应为 ${collection} 中某个条目的 id` }).transform((id) => new Ref(collection, id)),
  );

  for (const file of files) {
    const ids = known.get(file.collection) ?? new Set<string>();
    known.set(file.collection, ids);
    if (ids.has(file.id)) errors.push(`${file.file}: id: duplicate id "${file.id}" in ${file.collection}`);
    ids.add(file.id);
  }

  const orders = new Map<number, string>();
  const refs: { file: string; ref: Ref; field: string }[] = [];
  const parsed: ParsedEntry[] = [];
  const statuses = new Map<string, PolicyStatusInfo>();
  for (const file of files) {
    const result = schemas[file.collection].safeParse(file.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push(
          `${file.file}: ${fieldPath(issue.path) || '(root)'}: ${issue.message}${labelNote(file.collection, issue.path)}`,
        );
      }
      continue;
    }
    errors.push(...paperReports(file.file, result.data, input));
    refs.push(...collectRefs(result.data).map((r) => ({ ...r, file: file.file })));
    refs.push(...collectDocumentRefs(result.data).map((r) => ({ ...r, file: file.file })));
    parsed.push({ file: file.file, collection: file.collection, data: result.data, body: file.body });
    if (file.collection === 'policies') {
      const policy = result.data as { status: string; title: string; replacedBy?: Ref };
      statuses.set(file.id, { status: policy.status, title: policy.title, replacedBy: policy.replacedBy?.id });
    }
    if (file.collection === 'dimensions') {
      const { order } = result.data as { order: number };
      const other = orders.get(order);
      if (other) errors.push(`${file.file}: order: ${order} is already used by ${other}`);
      else orders.set(order, file.file);
    }
  }

  errors.push(...checkChecklists(files), ...checkReview(files));
  errors.push(...checkBodyLinks(files));
  errors.push(...checkIllustrativeCases(files), ...styleReports(files));
  errors.push(...checkAliases(files));
  errors.push(...checkRepealedCitations(parsed, statuses));

  for (const { file, ref, field } of refs) {
    if (!known.get(ref.collection)?.has(ref.id)) {
      errors.push(`${file}: ${field}: unknown reference "${ref.id}" (no entry with that id in ${ref.collection})`);
    }
  }
  return errors;
}

/**
 * Rules across the self-assessment files: each is named after the dimension it assesses, and a
 * statement id is used once in the whole collection (answer files are keyed by it).
 */
export function checkChecklists(files: readonly ContentFile[]): string[] {
  const errors: string[] = [];
  const owner = new Map<string, string>();
  for (const file of files) {
    if (file.collection !== 'checklists') continue;
    const { dimension } = file.data;
    if (typeof dimension === 'string' && dimension !== file.id) {
      errors.push(
        `${file.file}: dimension: "${dimension}" differs from the file name; name the file ${dimension}.yaml`,
      );
    }
    for (const side of ['school', 'enterprise'] as const) {
      const items = file.data[side];
      if (!Array.isArray(items)) continue;
      items.forEach((item: unknown, i) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') return;
        const other = owner.get(id);
        if (other && other !== file.file) {
          errors.push(`${file.file}: ${side}[${i}].id: duplicate id "${id}", already used in ${other}`);
        }
        owner.set(id, file.file);
      });
    }
  }
  return errors;
}

/**
 * Root-relative Markdown links in bodies (`[…](/dimensions/faculty/#x)`) must point at a page the
 * site builds. Links are written as at the site root; the build adds the base path.
 */
export function checkBodyLinks(files: readonly ContentFile[]): string[] {
  const pages = new Set([
    ...STATIC_PATHS,
    ...files
      .filter((f) => !YAML_COLLECTIONS.has(f.collection))
      .map((f) => entryPath(f.collection, f.id).split('#')[0] ?? ''),
  ]);
  const errors: string[] = [];
  for (const file of files) {
    for (const [, href = ''] of file.body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
      const path = href.split('#')[0]?.split('?')[0] ?? '';
      const normalised = path.endsWith('/') ? path : `${path}/`;
      if (!pages.has(normalised)) errors.push(`${file.file}: body: link "${href}" points to no page of the site`);
    }
  }
  return errors;
}

/** One playbook file (`playbooks/<dimension id>.yaml`), parsed. */
export interface PlaybookFile {
  /** The dimension id, from the file name. */
  id: string;
  /** The file, relative to the working directory. */
  file: string;
  data: unknown;
}

/** Reads `playbooks/*.yaml` below `root`. Unparseable YAML is an error, not a throw. */
export function readPlaybooks(root: string): { files: PlaybookFile[]; errors: string[] } {
  const base = join(root, 'playbooks');
  const files: PlaybookFile[] = [];
  const errors: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(base).filter((n) => n.endsWith('.yaml') && !n.startsWith('_'));
  } catch {
    // No folder: every dimension is then reported as missing its playbook.
  }
  for (const name of names.sort()) {
    const path = join(base, name);
    const file = relative(process.cwd(), path);
    try {
      files.push({ id: name.replace(/\.yaml$/, ''), file, data: yaml.load(readFileSync(path, 'utf8')) });
    } catch (error) {
      errors.push(`${file}: (root): invalid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { files, errors };
}

/**
 * Checks each playbook against its schema (a missing formula, an unknown office, fewer than five
 * indicators are reported with file and field), and that playbooks and dimensions pair one to one.
 */
export function checkPlaybooks(
  playbooks: readonly PlaybookFile[],
  dimensionIds: readonly string[],
  input: PaperInput = paperInput(),
): string[] {
  const errors: string[] = [];
  for (const pb of playbooks) {
    if (!dimensionIds.includes(pb.id)) {
      errors.push(`${pb.file}: (file name): no dimension "${pb.id}" (the file is named after a dimension id)`);
    }
    const result = playbook.safeParse(pb.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push(
          `${pb.file}: ${fieldPath(issue.path) || '(root)'}: ${issue.message}${labelNote('playbooks', issue.path)}`,
        );
      }
    } else {
      errors.push(...paperReports(pb.file, result.data, input));
    }
  }
  const have = new Set(playbooks.map((p) => p.id));
  for (const id of dimensionIds) {
    if (!have.has(id)) errors.push(`playbooks/${id}.yaml: (file): missing (every dimension needs its playbook)`);
  }
  return errors;
}

/** What the content tree holds, for the crosswalk's ids: names by id. */
export function crosswalkLookup(files: readonly ContentFile[], playbooks: readonly PlaybookFile[]): CrosswalkLookup {
  const named = (collection: CollectionName, key: string) =>
    new Map(files.filter((f) => f.collection === collection).map((f) => [f.id, String(f.data[key] ?? f.id)]));
  const indicators = new Map(
    playbooks.map((pb) => {
      const list = (pb.data as { indicators?: { id?: unknown; name?: unknown }[] } | null)?.indicators ?? [];
      return [pb.id, new Map(list.map((i) => [String(i.id), String(i.name)]))] as const;
    }),
  );
  return {
    dimensions: named('dimensions', 'name'),
    indicators,
    templates: named('templates', 'title'),
    policies: named('policies', 'title'),
  };
}

/**
 * Checks `crosswalk/crosswalk.yaml` below `root`: its schema, and that it maps onto what exists —
 * a task without a dimension or a dimension that serves no task is reported with file and field.
 */
export function checkCrosswalk(
  root: string,
  files: readonly ContentFile[],
  playbooks: readonly PlaybookFile[],
): string[] {
  const path = join(root, CROSSWALK_FILE);
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) return [`${file}: (file): missing (the crosswalk page reads it)`];
  const { data, errors } = parseCrosswalk(readFileSync(path, 'utf8'), file);
  return data ? crosswalkIssues(data, crosswalkLookup(files, playbooks), file) : errors;
}

/**
 * Reads and checks the tree below `root`; throws one error listing every problem when there is any.
 * The build calls this before Astro renders a page, so bad content never reaches `dist/`.
 */
export function assertContent(root: string): ContentFile[] {
  const { files, errors } = readContentTree(root);
  const paper = paperInput();
  errors.push(...checkContent(files, paper));
  const playbooks = readPlaybooks(root);
  const dimensionIds = files.filter((f) => f.collection === 'dimensions').map((f) => f.id);
  errors.push(...playbooks.errors, ...checkPlaybooks(playbooks.files, dimensionIds, paper));
  errors.push(...checkCrosswalk(root, files, playbooks.files));
  if (errors.length) {
    throw new Error(`Content check failed (${errors.length} problem(s)):\n  ${errors.join('\n  ')}`);
  }
  return files;
}
