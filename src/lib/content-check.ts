/**
 * Checks a content tree the way the build must: every entry against its schema, every reference
 * against the entries that exist, and the rules that span entries (unique dimension order). Each
 * problem is reported as `<file>: <field>: <message>`, so an editor knows where to look.
 *
 * It reads files itself rather than asking Astro, because Astro only logs a reference to a missing
 * entry; the build calls `assertContent()` first and stops on the first report.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { makeSchemas, type CollectionName } from './schemas.ts';
import { STATIC_PATHS, entryPath } from './urls.ts';
import { styleReports } from './style-rule.ts';
import { checkIllustrativeCases } from './case-content-check.ts';

/** Every collection, in the order they are checked. */
export const COLLECTIONS: readonly CollectionName[] = [
  'dimensions',
  'problems',
  'strategies',
  'cases',
  'policies',
  'glossary',
  'guides',
];

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

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.mdx?$/.test(name) && !name.startsWith('_') ? [path] : [];
  });
}

/** Reads every collection below `root` (e.g. `src/content`). Unparseable YAML is an error, not a throw. */
export function readContentTree(root: string): { files: ContentFile[]; errors: string[] } {
  const files: ContentFile[] = [];
  const errors: string[] = [];
  for (const collection of COLLECTIONS) {
    const base = join(root, collection);
    for (const path of walk(base).sort()) {
      const file = relative(process.cwd(), path);
      const id = relative(base, path)
        .split(sep)
        .join('/')
        .replace(/\.mdx?$/, '');
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

/** Validates parsed files; returns every problem found, empty when the content is sound. */
export function checkContent(files: readonly ContentFile[]): string[] {
  const errors: string[] = [];
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
  for (const file of files) {
    const result = schemas[file.collection].safeParse(file.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push(`${file.file}: ${fieldPath(issue.path) || '(root)'}: ${issue.message}`);
      }
      continue;
    }
    refs.push(...collectRefs(result.data).map((r) => ({ ...r, file: file.file })));
    if (file.collection === 'dimensions') {
      const { order } = result.data as { order: number };
      const other = orders.get(order);
      if (other) errors.push(`${file.file}: order: ${order} is already used by ${other}`);
      else orders.set(order, file.file);
    }
  }

  errors.push(...checkBodyLinks(files));
  errors.push(...checkIllustrativeCases(files), ...styleReports(files));

  for (const { file, ref, field } of refs) {
    if (!known.get(ref.collection)?.has(ref.id)) {
      errors.push(`${file}: ${field}: unknown reference "${ref.id}" (no entry with that id in ${ref.collection})`);
    }
  }
  return errors;
}

/**
 * Root-relative Markdown links in bodies (`[…](/dimensions/faculty/#x)`) must point at a page the
 * site builds. Links are written as at the site root; the build adds the base path.
 */
export function checkBodyLinks(files: readonly ContentFile[]): string[] {
  const pages = new Set([...STATIC_PATHS, ...files.map((f) => entryPath(f.collection, f.id).split('#')[0] ?? '')]);
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

/**
 * Reads and checks the tree below `root`; throws one error listing every problem when there is any.
 * The build calls this before Astro renders a page, so bad content never reaches `dist/`.
 */
export function assertContent(root: string): ContentFile[] {
  const { files, errors } = readContentTree(root);
  errors.push(...checkContent(files));
  if (errors.length) {
    throw new Error(`Content check failed (${errors.length} problem(s)):\n  ${errors.join('\n  ')}`);
  }
  return files;
}
