/**
 * A citation of a repealed policy must say so. Every `law:` / `policy:` source, every template
 * clause source and every dimension's policy link that points at a policy whose `status` is
 * `repealed` is checked: the text it backs (the item's line, the clause, the note; for a source of
 * the whole entry, its front matter and body) must say 废止. A reader who follows advice built on a
 * repealed rule must be told, on the page, that the rule is gone.
 */

/** One parsed entry: its file, its parsed data (references are `{ collection, id }` objects) and its body. */
export interface ParsedEntry {
  file: string;
  collection: string;
  data: unknown;
  body: string;
}

/** What the check needs of a policy. */
export interface PolicyStatusInfo {
  status: string;
  title: string;
  replacedBy?: string | undefined;
}

/** The word a citation of a repealed policy must contain. */
export const REPEALED_WORD = '废止';

type Node = Record<string, unknown>;

const isObject = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The id of a policies entry a value points at: a plain id (`document: law`) or a parsed reference. */
function policyId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && value['collection'] === 'policies' && typeof value['id'] === 'string') return value['id'];
  return undefined;
}

/** A provenance that cites a law or a policy, with the policy id it cites. */
function citedBy(node: Node): string | undefined {
  if ((node['kind'] === 'law' || node['kind'] === 'policy') && 'document' in node) return policyId(node['document']);
  return undefined;
}

/** The text an object states itself: its string fields and lists of strings. */
function ownText(node: Node): string {
  return Object.values(node)
    .flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []))
    .join('\n');
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Every citation of a repealed policy whose text does not say so, as `<file>: <field>: <message>`. */
export function checkRepealedCitations(
  entries: readonly ParsedEntry[],
  policies: ReadonlyMap<string, PolicyStatusInfo>,
): string[] {
  const errors: string[] = [];
  const report = (entry: ParsedEntry, path: PropertyKey[], id: string, text: string) => {
    const policy = policies.get(id);
    if (policy?.status !== 'repealed' || text.includes(REPEALED_WORD)) return;
    const instead = policy.replacedBy ? `，或改引取代它的 ${policy.replacedBy}` : '';
    errors.push(
      `${entry.file}: ${fieldPath(path)}: 引用的 ${id}（${policy.title}）已废止，引用处没有说明；写明“已废止”${instead}`,
    );
  };
  const visit = (entry: ParsedEntry, value: unknown, path: PropertyKey[], holder: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(entry, item, [...path, i], holder));
      return;
    }
    if (!isObject(value) || ('collection' in value && 'id' in value)) return;
    const cited = citedBy(value);
    if (cited !== undefined) {
      report(entry, [...path, 'document'], cited, holder);
      return;
    }
    const own = path.length === 0 ? `${ownText(value)}\n${entry.body}` : ownText(value);
    // A dimension's policy link: { policy, articles, note }.
    const linked = 'policy' in value ? policyId(value['policy']) : undefined;
    if (linked !== undefined && isObject(value['policy'])) report(entry, [...path, 'policy'], linked, own);
    for (const [key, child] of Object.entries(value)) visit(entry, child, [...path, key], own);
  };
  for (const entry of entries) {
    // The record of changes names the pages it touched; it cites nothing.
    if (entry.collection === 'changes' || entry.collection === 'policies') continue;
    visit(entry, entry.data, [], '');
  }
  return errors;
}
