/**
 * Rules across the 多方协同体检 files (`review/<dimension>.yaml`) that one file's schema cannot see:
 * the file is named after its dimension and every statement id starts with that dimension, so an
 * id is unique across the collection (answer files are keyed by it), and every dimension has a file.
 */
import type { ContentFile } from './content-check.ts';

/** Problems as `<file>: <field>: <message>`; empty when the files are sound. */
export function checkReview(files: readonly ContentFile[]): string[] {
  const errors: string[] = [];
  const reviewed = new Set<string>();
  for (const file of files) {
    if (file.collection !== 'review') continue;
    reviewed.add(file.id);
    const { dimension, statements } = file.data;
    if (typeof dimension === 'string' && dimension !== file.id)
      errors.push(
        `${file.file}: dimension: "${dimension}" differs from the file name; name the file ${dimension}.yaml`,
      );
    if (!statements || typeof statements !== 'object') continue;
    for (const [role, list] of Object.entries(statements)) {
      if (!Array.isArray(list)) continue;
      list.forEach((item: unknown, i) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && !id.startsWith(`${file.id}-`))
          errors.push(`${file.file}: statements.${role}[${i}].id: "${id}" should start with "${file.id}-"`);
      });
    }
  }
  if (reviewed.size) {
    for (const f of files) {
      if (f.collection === 'dimensions' && !reviewed.has(f.id))
        errors.push(`review/${f.id}.yaml: (file): missing (every dimension needs its 多方协同体检 statements)`);
    }
  }
  return errors;
}
