/**
 * The editor's configuration (Decap CMS, served at `/admin/`), generated from the zod schemas in
 * `src/lib/schemas/` and the closed lists in `src/lib/enums.ts`, so no field is described twice.
 * Each schema goes through zod's documented `z.toJSONSchema` (input side: fields with a default
 * are optional), and each JSON Schema node becomes a Decap widget. Labels and hints come from
 * `src/lib/schemas/labels.ts`; a field without one is an error, not an English fallback.
 */
import { z } from 'astro/zod';
import * as enums from '../enums.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { CONDITIONAL_WIDGET, type Condition } from './conditions.ts';
import { caseProvenanceIssues, makeSchemas, playbook, type CollectionName } from '../schemas/index.ts';
import {
  COLLECTION_LABELS,
  FIELD_LABELS,
  OPTION_LABELS,
  labelKey,
  type EditorCollection,
  type LabelledCollection,
} from '../schemas/labels.ts';

/** The subset of JSON Schema that zod emits for our schemas. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  const?: string | number | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  /** Set by the reference stand-in below: the collection a cross-link points into. */
  'x-collection'?: CollectionName;
}

/** One option of a select widget. */
export interface DecapOption {
  label: string;
  value: string;
}

/** A Decap field (the keys this generator uses; see decapcms.org/docs/widgets). */
export interface DecapField {
  name: string;
  label: string;
  widget:
    'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'object' | 'hidden' | typeof CONDITIONAL_WIDGET;
  /** For the conditional widget: the widget it shows, and the rules that depend on other fields. */
  base?: string;
  conditions?: Condition[];
  hint?: string;
  required?: boolean;
  default?: unknown;
  options?: DecapOption[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  fields?: DecapField[];
  field?: DecapField;
  types?: (DecapField & { widget: 'object' })[];
  typeKey?: string;
  collapsed?: boolean;
  summary?: string;
}

/** A Decap folder collection. */
export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'md' | 'mdx' | 'yaml';
  format: 'frontmatter' | 'yaml';
  create: boolean;
  delete: false;
  slug: string;
  identifier_field: string;
  summary: string;
  fields: DecapField[];
}

/** Entries a cross-link may point at, by collection: the id and the title an editor recognises. */
export type EntryOptions = Partial<Record<CollectionName, DecapOption[]>>;

/** What varies between the editor served by `npm run edit` and the one deployed with the site. */
export interface EditorSettings {
  /** The cross-link targets, read from the content tree. */
  entries: EntryOptions;
  /** The repository path of the content tree, e.g. `src/content`. */
  contentPath: string;
  /** The decap-server port for local editing; absent in the deployed editor. */
  localBackendPort?: number | undefined;
  /** The git host the deployed editor commits to. */
  backend: { name: string; repo: string; branch: string; base_url?: string | undefined; api_root?: string | undefined };
  /** The public site address, for the editor's "view site" link. */
  siteUrl: string;
}

/** Turns a schema into the JSON Schema of what an editor writes (the input side). */
export function inputSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The schemas as the editor sees them: a cross-link is a string that names its collection. */
export function editorSchemas() {
  return { ...makeSchemas((collection) => z.string().meta({ 'x-collection': collection })), playbooks: playbook };
}

/** Labels of the closed lists, from enums.ts (id → label) and the dictionary (offices and the like). */
function enumLabels(values: readonly string[]): Record<string, string> | undefined {
  const sameSet = (ids: readonly string[]) => ids.length === values.length && ids.every((id) => values.includes(id));
  for (const list of Object.values(enums)) {
    if (!Array.isArray(list) || !list.every((v) => v && typeof v === 'object' && 'id' in v && 'label' in v)) continue;
    const items = list as readonly enums.EnumValue[];
    if (sameSet(items.map((v) => v.id))) return Object.fromEntries(items.map((v) => [v.id, v.label]));
  }
  const dictionary = zhCN as Record<string, string>;
  for (const prefix of ['guidance.office.', 'guidance.frequency.', 'guidance.better.']) {
    if (values.every((v) => dictionary[prefix + v] !== undefined)) {
      return Object.fromEntries(values.map((v) => [v, dictionary[prefix + v] as string]));
    }
  }
  return undefined;
}

/** The editor's options for a closed list at `key`, labelled; throws when a value has no label. */
export function optionsFor(key: string, values: readonly (string | number)[]): DecapOption[] {
  const ids = values.map(String);
  const labels = { ...enumLabels(ids), ...OPTION_LABELS[key] };
  return ids.map((value) => {
    const label = labels[value];
    if (!label) throw new Error(`${key}: option "${value}" has no label (enums.ts, zh-CN.ts or OPTION_LABELS)`);
    return { label: `${label}（${value}）`, value };
  });
}

/**
 * The rules a case's kind adds to its fields, read from the content check's own function
 * (`caseProvenanceIssues`): a public case requires what an empty one is told it lacks, and each
 * kind's naming rule becomes a pattern on the field it concerns. Keyed by field path.
 */
export function caseConditions(): Map<string, Condition[]> {
  const strip = (path: (string | number)[]) => path.filter((p) => typeof p === 'string').join('.');
  const when = (value: 'public' | 'illustrative') => ({ field: 'provenance.kind', value });
  const out = new Map<string, Condition[]>();
  const add = (key: string, condition: Condition) => out.set(key, [...(out.get(key) ?? []), condition]);
  const empty = caseProvenanceIssues({
    school: 'A',
    enterprise: 'B',
    outcomes: [{}],
    provenance: { kind: 'public', sources: [{}] },
  });
  for (const issue of empty) add(strip(issue.path), { when: when('public'), required: true, message: issue.message });
  const publicNames = caseProvenanceIssues({
    school: '某',
    enterprise: '某',
    schoolType: 'x',
    outcomes: [],
    provenance: { kind: 'public', sources: [] },
  });
  for (const issue of publicNames)
    add(strip(issue.path), { when: when('public'), pattern: '^[^某]*$', message: issue.message });
  const illustrativeNames = caseProvenanceIssues({
    school: 'A',
    enterprise: 'B',
    outcomes: [],
    provenance: { kind: 'illustrative' },
  });
  for (const issue of illustrativeNames)
    add(strip(issue.path), { when: when('illustrative'), pattern: '某', message: issue.message });
  return out;
}

interface WalkContext {
  /** The schema's collection, whose labels apply. */
  collection: LabelledCollection;
  entries: EntryOptions;
  /** Rules that depend on another field, by field path (a case's kind). */
  conditions: Map<string, Condition[]>;
  /** Whether the walk is inside a list item, where a path from the root cannot name a sibling. */
  inList: boolean;
}

/** Wraps a field in the conditional widget when rules depend on another field. */
function conditional(field: DecapField, conditions: Condition[] | undefined): DecapField {
  if (!conditions?.length) return field;
  return { ...field, widget: CONDITIONAL_WIDGET, base: field.widget, conditions };
}

/** The key under which OPTION_LABELS names a field's options. */
function optionKey(ctx: WalkContext, path: string[]): string {
  return labelKey(ctx.collection, path) ?? `${ctx.collection}.${path.join('.')}`;
}

/** Label and hint of a field; throws when labels.ts has none. */
function labelled(ctx: WalkContext, path: string[]): { label: string; hint?: string } {
  const key = labelKey(ctx.collection, path);
  const found = key ? FIELD_LABELS[key] : undefined;
  if (!found) throw new Error(`${ctx.collection}.${path.join('.')}: no editor label in src/lib/schemas/labels.ts`);
  return found.hint ? { label: found.label, hint: found.hint } : { label: found.label };
}

/** A string's length rule as a Decap pattern (Decap has no minLength/maxLength of its own). */
function lengthPattern(node: JsonSchema): [string, string] | undefined {
  const min = node.minLength ?? 0;
  const max = node.maxLength;
  if (max === undefined && min <= 1) return undefined;
  const message = max === undefined ? `至少 ${min} 个字` : `应为 ${min}–${max} 个字`;
  return [`^[\\s\\S]{${min},${max ?? ''}}$`, message];
}

/** The one field for `node`, named `name`, at `path` below the collection. */
function toField(name: string, node: JsonSchema, required: boolean, path: string[], ctx: WalkContext): DecapField {
  return conditional(plainField(name, node, required, path, ctx), ctx.conditions.get(path.join('.')));
}

function plainField(name: string, node: JsonSchema, required: boolean, path: string[], ctx: WalkContext): DecapField {
  const base = { name, ...labelled(ctx, path) };
  const req: { required?: boolean } = required ? {} : { required: false };
  const withDefault = node.default !== undefined ? { default: node.default } : {};
  const collection = node['x-collection'];

  if (collection) return { ...base, ...req, widget: 'select', options: ctx.entries[collection] ?? [] };
  if (node.const !== undefined) return { ...base, widget: 'hidden', default: node.const };
  if (node.enum)
    return { ...base, ...req, ...withDefault, widget: 'select', options: optionsFor(optionKey(ctx, path), node.enum) };
  if (node.oneOf) return unionField(base, node.oneOf, req, path, ctx);
  if (node.anyOf) {
    // A figure is a number or a phrase ("3", "已与企业合作开办"): text stores both.
    return { ...base, ...req, widget: 'string' };
  }
  switch (node.type) {
    case 'boolean':
      return { ...base, ...req, ...withDefault, widget: 'boolean' };
    case 'integer':
    case 'number':
      return {
        ...base,
        ...req,
        widget: 'number',
        value_type: node.type === 'integer' ? 'int' : 'float',
        ...(node.minimum !== undefined ? { min: node.minimum } : {}),
        ...(node.maximum !== undefined && node.maximum < 1e9 ? { max: node.maximum } : {}),
      };
    case 'array':
      return arrayField(base, node, required, req, path, ctx);
    case 'object':
      return { ...base, ...req, widget: 'object', collapsed: false, fields: objectFields(node, path, ctx) };
    default: {
      // A string, or an input zod cannot describe (a preprocessed value): both are typed as text.
      const long = FIELD_LABELS[labelKey(ctx.collection, path) ?? '']?.multiline === true;
      const pattern =
        (node.pattern ? ([node.pattern, `格式不对：${base.hint ?? base.label}`] as [string, string]) : undefined) ??
        (node.format === 'uri'
          ? (['^https?://\\S+$', '应为以 http:// 或 https:// 开头的完整网址'] as [string, string])
          : undefined) ??
        lengthPattern(node);
      return { ...base, ...req, ...withDefault, widget: long ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
  }
}

function arrayField(
  base: { name: string; label: string; hint?: string },
  node: JsonSchema,
  required: boolean,
  req: { required?: boolean },
  path: string[],
  ctx: WalkContext,
): DecapField {
  const items = node.items ?? {};
  const bounds = {
    ...(node.minItems !== undefined ? { min: node.minItems } : {}),
    ...(node.maxItems !== undefined ? { max: node.maxItems } : {}),
  };
  // A list of ids (cross-links, offices): a multiple select.
  if (items['x-collection'] || items.enum) {
    const options = items['x-collection']
      ? (ctx.entries[items['x-collection']] ?? [])
      : optionsFor(optionKey(ctx, path), items.enum ?? []);
    return {
      ...base,
      ...req,
      ...bounds,
      widget: 'select',
      multiple: true,
      options,
      ...(required ? {} : { default: [] }),
    };
  }
  // A list whose items come in kinds (a worksheet total is a product or an offset): Decap's typed list.
  if (items.oneOf) {
    const typeKey = discriminator(items.oneOf);
    const types = items.oneOf.map((branch) => {
      const value = String(branch.properties?.[typeKey]?.const ?? branch.properties?.[typeKey]?.enum?.[0]);
      const fields = objectFields(branch, path, { ...ctx, inList: true }).filter((f) => f.name !== typeKey);
      const values = branch.properties?.[typeKey]?.enum?.map(String) ?? [value];
      return values.map((v) => ({
        name: v,
        label: optionsFor(optionKey(ctx, [...path, typeKey]), [v])[0]?.label ?? v,
        widget: 'object' as const,
        fields,
      }));
    });
    return { ...base, ...req, ...bounds, widget: 'list', typeKey, types: types.flat() };
  }
  if (items.type === 'object') {
    const fields = objectFields(items, path, { ...ctx, inList: true });
    const first = fields.find((f) => f.widget === 'string' || f.widget === 'text');
    return {
      ...base,
      ...req,
      ...bounds,
      widget: 'list',
      // Long lists (a playbook's steps and indicators) fold their items; a case's few stay open.
      collapsed: ctx.collection === 'playbooks',
      ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
      fields,
    };
  }
  const field = toField(path.at(-1) ?? 'item', items, true, path, ctx);
  return { ...base, ...req, ...bounds, widget: 'list', field: { ...field, name: 'item' } };
}

/** The key whose constant value tells the branches of a union apart (`kind`, `op`). */
function discriminator(branches: JsonSchema[]): string {
  const keys = Object.keys(branches[0]?.properties ?? {}).filter((k) =>
    branches.every((b) => b.properties?.[k]?.const !== undefined || b.properties?.[k]?.enum !== undefined),
  );
  if (!keys[0]) throw new Error('a union without a discriminating key cannot be edited');
  return keys[0];
}

/**
 * A single value that comes in kinds (a provenance): one object with a select for the kind and
 * each kind's other fields. A field only one kind requires is optional in the editor, and required
 * by a condition on the kind where the kind's path from the root is known (not inside a list item,
 * where the content check still requires it).
 */
function unionField(
  base: { name: string; label: string; hint?: string },
  branches: JsonSchema[],
  req: { required?: boolean },
  path: string[],
  ctx: WalkContext,
): DecapField {
  const key = discriminator(branches);
  const kindsOf = (b: JsonSchema) => {
    const node = b.properties?.[key];
    return (node?.const !== undefined ? [node.const] : (node?.enum ?? [])).map(String);
  };
  const kinds = branches.flatMap(kindsOf);
  const kindField = toField(key, { enum: kinds }, true, [...path, key], ctx);
  const kindLabel = (value: string) =>
    kindField.options?.find((o) => o.value === value)?.label.replace(/（.*$/, '') ?? value;
  const merged = new Map<string, DecapField>([[key, kindField]]);
  const when = new Map<string, Condition[]>();
  for (const branch of branches) {
    const required = new Set(branch.required ?? []);
    for (const [name, child] of Object.entries(branch.properties ?? {})) {
      if (name === key) continue;
      if (!merged.has(name)) merged.set(name, plainField(name, child, false, [...path, name], ctx));
      if (required.has(name) && !ctx.inList) {
        for (const value of kindsOf(branch)) {
          const label = merged.get(name)?.label ?? name;
          const rule: Condition = {
            when: { field: [...path, key].join('.'), value },
            required: true,
            message: `${kindLabel(value)}必须填写“${label}”`,
          };
          when.set(name, [...(when.get(name) ?? []), rule]);
        }
      }
    }
  }
  const fields = [...merged.values()].map((f) =>
    conditional(f, [...(when.get(f.name) ?? []), ...(ctx.conditions.get([...path, f.name].join('.')) ?? [])]),
  );
  return { ...base, ...req, widget: 'object', collapsed: false, fields };
}

function objectFields(node: JsonSchema, path: string[], ctx: WalkContext): DecapField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) =>
    toField(name, child, required.has(name), [...path, name], ctx),
  );
}

/** The fields of one collection's entries (without the Markdown body). */
export function collectionFields(collection: EditorCollection, entries: EntryOptions): DecapField[] {
  return fieldsFromSchema(collection, editorSchemas()[collection], entries);
}

/** The fields for `schema` under `collection`'s labels; throws on a field without a label. */
export function fieldsFromSchema(collection: EditorCollection, schema: z.ZodType, entries: EntryOptions): DecapField[] {
  const ctx: WalkContext = {
    collection,
    entries,
    conditions: collection === 'cases' ? caseConditions() : new Map(),
    inList: false,
  };
  const json = inputSchema(schema);
  // An intersection (a schema extended with .and) arrives as allOf: its parts' fields together.
  const parts = (json as { allOf?: JsonSchema[] }).allOf ?? [json];
  return parts.flatMap((part) => objectFields(part, [], ctx));
}

/** The body of a Markdown entry, kept as typed (raw text): the rich editor would rewrite it. */
function bodyField(): DecapField {
  const { label, hint } = FIELD_LABELS['*.body'] ?? { label: '正文' };
  return { name: 'body', label, ...(hint ? { hint } : {}), widget: 'text', required: false };
}

/** A folder collection of the editor. */
function folderCollection(
  name: EditorCollection,
  folder: string,
  settings: EditorSettings,
  options: Pick<DecapCollection, 'extension' | 'format' | 'create' | 'slug' | 'identifier_field' | 'summary'>,
): DecapCollection {
  const labels = COLLECTION_LABELS[name];
  const fields = collectionFields(name, settings.entries);
  return {
    name,
    label: labels.label,
    label_singular: labels.singular,
    description: labels.description,
    folder: `${settings.contentPath}/${folder}`,
    delete: false,
    ...options,
    fields: options.format === 'frontmatter' ? [...fields, bodyField()] : fields,
  };
}

/** The collections the editor covers; the others stay code-only (docs/editing.md says why). */
export const EDITOR_COLLECTIONS = [
  'cases',
  'policies',
  'glossary',
  'checklists',
  'playbooks',
] as const satisfies readonly EditorCollection[];

/** The whole Decap configuration. */
export function decapConfig(settings: EditorSettings) {
  const stamp = '{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}';
  return {
    backend: {
      ...settings.backend,
      ...{
        commit_messages: {
          create: '内容：新增 {{collection}}「{{slug}}」',
          update: '内容：修改 {{collection}}「{{slug}}」',
          delete: '内容：删除 {{collection}}「{{slug}}」',
          uploadMedia: '内容：上传 {{path}}',
          deleteMedia: '内容：删除 {{path}}',
        },
      },
    },
    ...(settings.localBackendPort
      ? { local_backend: { url: `http://localhost:${settings.localBackendPort}/api/v1` } }
      : {}),
    locale: 'zh_Hans',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    // The content has no images; Decap requires a media folder all the same.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    // An optional field left empty is left out of the file, not written as '' (which the schema rejects).
    omit_empty_optional_fields: true,
    collections: [
      folderCollection('cases', 'cases', settings, {
        extension: 'md',
        format: 'frontmatter',
        create: true,
        slug: `case-{{fields.industry}}-{{fields.model}}-${stamp}`,
        identifier_field: 'title',
        summary: '{{title}}',
      }),
      folderCollection('policies', 'policies', settings, {
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: `policy-${stamp}`,
        identifier_field: 'title',
        summary: '{{title}}（{{date}}）',
      }),
      folderCollection('glossary', 'glossary', settings, {
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: '{{fields.pinyin}}',
        identifier_field: 'term',
        summary: '{{term}}',
      }),
      folderCollection('checklists', 'checklists', settings, {
        extension: 'yaml',
        format: 'yaml',
        create: false,
        slug: '{{fields.dimension}}',
        identifier_field: 'dimension',
        summary: '{{dimension}}',
      }),
      folderCollection('playbooks', 'playbooks', settings, {
        extension: 'yaml',
        format: 'yaml',
        create: false,
        slug: '{{slug}}',
        identifier_field: 'steps',
        summary: '{{filename}}',
      }),
    ],
  };
}

/**
 * Every field path of a JSON Schema (list positions left out, union branches merged), for the
 * check that each has its label: a field added to a schema and not labelled fails the unit test.
 */
export function schemaPaths(node: JsonSchema, path: string[] = []): string[] {
  const own = path.length ? [path.join('.')] : [];
  const branches = node.oneOf ?? node.anyOf ?? [];
  const below = [
    ...Object.entries(node.properties ?? {}).flatMap(([name, child]) => schemaPaths(child, [...path, name])),
    ...(node.items ? schemaPaths(node.items, path).filter((p) => p !== path.join('.')) : []),
    ...branches.flatMap((b) => schemaPaths(b, path).filter((p) => p !== path.join('.'))),
  ];
  return [...new Set([...own, ...below])];
}

/** The entries a cross-link may point at, labelled by their title (or term), from the content tree. */
export function entryOptions(
  files: readonly { collection: CollectionName; id: string; data: Record<string, unknown> }[],
): EntryOptions {
  const out: EntryOptions = {};
  for (const file of files) {
    const name = file.data['title'] ?? file.data['term'] ?? file.id;
    (out[file.collection] ??= []).push({ label: `${String(name)}（${file.id}）`, value: file.id });
  }
  for (const list of Object.values(out)) list.sort((a, b) => a.value.localeCompare(b.value));
  return out;
}
