/**
 * The check behind the editor's conditional widget (src/components/editor/cms-extensions.ts): a
 * field required, or held to a pattern, only while another field has a given value (a public case
 * needs an excerpt for every figure; an illustrative one names no real school). Pure, so the rule
 * the browser applies is the one the unit test holds.
 */

/** The name under which src/components/editor/cms-extensions.ts registers its widget. */
export const CONDITIONAL_WIDGET = 'conditional';

/**
 * A rule that holds only when another field (a path from the entry's root) has a given value:
 * the field is then required, or must match a pattern. Decap has no such rule of its own.
 */
export interface Condition {
  when: { field: string; value: string };
  required?: true;
  pattern?: string;
  message: string;
}

/** Whether a value counts as not filled in: nothing, blank text, or an empty list. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  // Decap hands lists over as Immutable.js collections.
  if (typeof value === 'object' && 'size' in value && typeof value.size === 'number') return value.size === 0;
  return false;
}

/**
 * The message of the first rule `value` breaks, or undefined. `valueAt` reads another field by its
 * dotted path from the entry's root.
 */
export function conditionError(
  conditions: readonly Condition[],
  value: unknown,
  valueAt: (path: string) => unknown,
): string | undefined {
  for (const rule of conditions) {
    if (valueAt(rule.when.field) !== rule.when.value) continue;
    if (rule.required && isEmpty(value)) return rule.message;
    if (rule.pattern !== undefined && !isEmpty(value) && !new RegExp(rule.pattern).test(String(value)))
      return rule.message;
  }
  return undefined;
}
