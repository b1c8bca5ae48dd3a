/**
 * The per-dimension playbooks (src/content/playbooks/<dimension id>.yaml), paired with their
 * dimensions in the model's order. Pages, the CSV endpoints and the worksheet read them from here.
 */
import { getCollection } from 'astro:content';
import type { DimensionPlaybook } from '../lib/guidance/playbook.ts';
import { dimensions } from './content.ts';

const entries = new Map((await getCollection('playbooks')).map((e) => [e.id, e.data]));

/** Every dimension with its playbook; the content check guarantees each dimension has one. */
export const dimensionPlaybooks: DimensionPlaybook[] = dimensions.map((d) => {
  const playbook = entries.get(d.id);
  if (!playbook) throw new Error(`No playbook for dimension "${d.id}" (src/content/playbooks/${d.id}.yaml)`);
  return { id: d.id, name: d.data.name, order: d.data.order, playbook };
});

/** The playbook of one dimension. */
export function getPlaybook(id: string): DimensionPlaybook {
  const found = dimensionPlaybooks.find((d) => d.id === id);
  if (!found) throw new Error(`No playbook "${id}" (known: ${dimensionPlaybooks.map((d) => d.id).join(', ')})`);
  return found;
}
