/**
 * The self-assessment's question bank, built once from the `checklists` collection in the model's
 * dimension order, and the strings its client script needs.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { dimensions } from './content.ts';
import { makeBank, type Bank, type Perspective } from '../lib/assess/model.ts';

/** The page of each perspective: 院校 at /assess/, 企业 at /assess/enterprise/. */
export const assessPath = (perspective: Perspective) => (perspective === 'school' ? '/assess/' : '/assess/enterprise/');

export type Checklist = CollectionEntry<'checklists'>;

const lists = new Map((await getCollection('checklists')).map((c) => [c.id, c]));

/** The checklist of a dimension; a dimension without one stops the build, naming the file to add. */
export function getChecklist(dimensionId: string): Checklist {
  const found = lists.get(dimensionId);
  if (!found)
    throw new Error(`src/content/checklists/${dimensionId}.yaml: missing (every dimension needs its statements)`);
  return found;
}

/** This edition's questions: every dimension, in order, with both perspectives' statements. */
export const bank: Bank = makeBank(
  dimensions.map((d) => {
    const c = getChecklist(d.id).data;
    return { id: d.id, name: d.data.name, group: d.data.group, school: c.school, enterprise: c.enterprise };
  }),
);
