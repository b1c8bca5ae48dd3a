/**
 * The entries that carry review dates, read from a content tree for `npm run content:review`: every
 * guidance entry (dimensions, problems, strategies, guides, templates, playbooks, checklists) and
 * every policy, with the file to open and the title a reader sees. Review fields are parsed by the
 * same schemas as the build, so a collection's default interval applies here too.
 */
import { z } from 'astro/zod';
import { makeSchemas, playbook, type CollectionName } from '../schemas/index.ts';
import type { ReviewItem } from '../review.ts';
import { readContentTree, readPlaybooks } from './content-check.ts';

/** The collections whose entries carry `reviewed` (playbooks are read apart: they are not in COLLECTIONS). */
export const REVIEWED_COLLECTIONS: readonly CollectionName[] = [
  'dimensions',
  'problems',
  'strategies',
  'guides',
  'templates',
  'checklists',
  'policies',
];

const reviewFields = z.object({ reviewed: z.string(), reviewEvery: z.number() });

/** Every reviewed entry below `root`; an entry that fails its schema is reported in `errors` instead. */
export function readReviewItems(root: string): { items: ReviewItem[]; errors: string[] } {
  const schemas = makeSchemas(() => z.string());
  const { files, errors } = readContentTree(root);
  const items: ReviewItem[] = [];
  const names = new Map<string, string>();
  for (const file of files) {
    if (file.collection === 'dimensions') names.set(file.id, String(file.data['name'] ?? file.id));
  }
  for (const file of files) {
    if (!REVIEWED_COLLECTIONS.includes(file.collection)) continue;
    const parsed = schemas[file.collection].safeParse(file.data);
    if (!parsed.success) {
      errors.push(`${file.file}: does not parse (run npm run content:check)`);
      continue;
    }
    const data = parsed.data as Record<string, unknown>;
    const title =
      file.collection === 'checklists'
        ? `十维自评：${names.get(file.id) ?? file.id}`
        : String(data['title'] ?? data['name'] ?? file.id);
    items.push({ file: file.file, title, ...reviewFields.parse(data) });
  }
  const playbooks = readPlaybooks(root);
  errors.push(...playbooks.errors);
  for (const pb of playbooks.files) {
    const parsed = playbook.safeParse(pb.data);
    if (!parsed.success) {
      errors.push(`${pb.file}: does not parse (run npm run content:check)`);
      continue;
    }
    items.push({
      file: pb.file,
      title: `${names.get(pb.id) ?? pb.id}：步骤、指标与分工`,
      ...reviewFields.parse(parsed.data),
    });
  }
  return { items, errors };
}
