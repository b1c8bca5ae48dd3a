import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
  EDITOR_COLLECTIONS,
  caseConditions,
  collectionFields,
  decapConfig,
  editorSchemas,
  fieldsFromSchema,
  inputSchema,
  schemaPaths,
  type DecapField,
  type JsonSchema,
} from './decap-config.ts';
import { INDUSTRIES } from '../enums.ts';

const ENTRIES = { dimensions: [{ label: '人才共育（talent）', value: 'talent' }] };

/** Every editor field by its path below the collection (list items and kinds add no segment). */
function editorPaths(fields: readonly DecapField[], prefix: string[] = []): Map<string, DecapField> {
  const out = new Map<string, DecapField>();
  for (const field of fields) {
    const path = [...prefix, field.name];
    out.set(path.join('.'), field);
    const below = [...(field.fields ?? []), ...(field.types ?? []).flatMap((t) => t.fields ?? [])];
    for (const [key, value] of editorPaths(below, path)) if (!out.has(key)) out.set(key, value);
    if (field.typeKey) out.set([...path, field.typeKey].join('.'), field);
  }
  return out;
}

/** Every node of a JSON Schema with its path, and whether its parent object requires it. */
function schemaNodes(
  node: JsonSchema,
  path: string[] = [],
  inUnion = false,
): { path: string; node: JsonSchema; required: boolean; inUnion: boolean }[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([name, child]) => [
    {
      path: [...path, name].join('.'),
      node: child,
      required: !inUnion && (node.required ?? []).includes(name),
      inUnion,
    },
    ...schemaNodes(child, [...path, name], inUnion),
  ]);
  const items = node.items ? schemaNodes(node.items, path, inUnion) : [];
  const branches = (node.oneOf ?? []).flatMap((b) => schemaNodes(b, path, true));
  return [...own, ...items, ...branches];
}

describe.each(EDITOR_COLLECTIONS.map((c) => [c]))('the %s editor', (collection) => {
  const schema = inputSchema(editorSchemas()[collection]);
  // Generated inside each test, so a field without a label fails that test, naming the field.
  let generated: Map<string, DecapField> | undefined;
  const fields = {
    get: (path: string) => (generated ??= editorPaths(collectionFields(collection, ENTRIES))).get(path),
    all: () => (generated ??= editorPaths(collectionFields(collection, ENTRIES))),
  };

  test('has a widget and a Chinese label for every field of the schema', () => {
    const missing = schemaPaths(schema).filter((path) => !fields.all().has(path));
    expect(missing).toEqual([]);
    for (const [path, field] of fields.all()) expect(field.label, path).toMatch(/[\u4e00-\u9fff]/);
  });

  test('offers exactly the values each closed list of the schema allows, each labelled', () => {
    const enums = schemaNodes(schema).filter(({ node }) => node.enum ?? node.items?.enum);
    for (const { path, node, inUnion } of enums) {
      const field = fields.get(path);
      const offered = field?.options?.map((o) => o.value) ?? field?.types?.map((t) => t.name);
      const allowed = (node.enum ?? node.items?.enum ?? []).map(String);
      // One kind of a union allows its values; the editor's one select offers every kind's.
      if (inUnion) expect(offered, path).toEqual(expect.arrayContaining(allowed));
      else expect(offered, path).toEqual(allowed);
    }
  });

  test('makes no field optional that the schema requires', () => {
    const required = schemaNodes(schema).filter((n) => n.required);
    expect(required.length).toBeGreaterThan(0);
    for (const { path } of required) expect(fields.get(path)?.required, path).not.toBe(false);
  });
});

test('a field added to a schema without a label stops the editor’s config from being generated', () => {
  const extended = editorSchemas().cases.and(z.object({ fundingSource: z.string() }));
  expect(() => fieldsFromSchema('cases', extended, ENTRIES)).toThrow('cases.fundingSource: no editor label');
});

test('the closed lists come from enums.ts: the industry options are its ids and labels', () => {
  const industry = collectionFields('cases', ENTRIES).find((f) => f.name === 'industry');
  expect(industry?.options).toEqual(INDUSTRIES.map((i) => ({ value: i.id, label: `${i.label}（${i.id}）` })));
});

test('cross-links are chosen from the entries that exist', () => {
  const dimensions = collectionFields('cases', ENTRIES).find((f) => f.name === 'dimensions');
  expect(dimensions).toMatchObject({ widget: 'select', multiple: true, options: ENTRIES.dimensions, min: 1 });
});

describe('a public case, as the content check rules it', () => {
  const fields = { get: (path: string) => editorPaths(collectionFields('cases', ENTRIES)).get(path) };
  const publicRule = (path: string) =>
    fields.get(path)?.conditions?.find((c) => c.when.field === 'provenance.kind' && c.when.value === 'public');

  test.each(['outcomes.excerpt', 'outcomes.source', 'schoolType', 'provenance.sources'])(
    '%s is required of it, with a Chinese message',
    (path) => {
      expect(fields.get(path)?.widget).toBe('conditional');
      expect(publicRule(path)).toMatchObject({ required: true, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    },
  );

  test('its source needs a year and a web address; an excerpt is at most 80 characters', () => {
    expect(fields.get('provenance.sources.year')?.required).not.toBe(false);
    expect(fields.get('provenance.sources.url')?.pattern?.[0]).toBe('^https?://\\S+$');
    expect(fields.get('outcomes.excerpt')?.pattern).toEqual(['^[\\s\\S]{1,80}$', '应为 1–80 个字']);
  });

  test('an illustrative case must name its school generically, a public one must not', () => {
    const school = caseConditions().get('school') ?? [];
    expect(school.map((c) => [c.when.value, c.pattern])).toEqual([
      ['public', '^[^某]*$'],
      ['illustrative', '某'],
    ]);
  });
});

test('the config is Chinese, leaves empty optional fields out, and reaches decap-server only when asked', () => {
  const settings = {
    entries: ENTRIES,
    contentPath: 'src/content',
    backend: { name: 'github', repo: 'o/r', branch: 'main' },
    siteUrl: 'https://example.org/',
  };
  const deployed = decapConfig(settings);
  expect(deployed).toMatchObject({ locale: 'zh_Hans', omit_empty_optional_fields: true });
  expect(deployed).not.toHaveProperty('local_backend');
  expect(decapConfig({ ...settings, localBackendPort: 4422 }).local_backend).toEqual({
    url: 'http://localhost:4422/api/v1',
  });
  expect(deployed.collections.map((c) => [c.name, c.folder])).toEqual([
    ['cases', 'src/content/cases'],
    ['policies', 'src/content/policies'],
    ['glossary', 'src/content/glossary'],
    ['checklists', 'src/content/checklists'],
    ['playbooks', 'src/content/playbooks'],
  ]);
});
