/** The record of changes, loaded once: newest first, and by the page each change touched. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { changesByPath, sortChanges } from '../lib/changes.ts';

export type Change = CollectionEntry<'changes'>;

/** Every change, newest first. */
export const changes: Change[] = sortChanges(await getCollection('changes'));

/** Root-relative page path → the changes that touched it, newest first. */
export const changesOnPage: ReadonlyMap<string, Change[]> = changesByPath(changes);
