/**
 * The record of changes: which pages each change touched, the changes of one page, and the Atom
 * feed. Pure functions over the parsed entries; pages and the feed endpoint call them.
 */
import { Feed } from 'feed';
import { entryPath } from './urls.ts';

/** The collections a change may name, in the order pages list them. */
export const CHANGE_COLLECTIONS = [
  'dimensions',
  'problems',
  'strategies',
  'guides',
  'templates',
  'policies',
  'cases',
] as const;

/** The pages of a change, as its schema parses them (references are `{ id }`). */
export type ChangePages = { [C in (typeof CHANGE_COLLECTIONS)[number]]: readonly { id: string }[] } & {
  paths: readonly string[];
};

/** A change entry as pages get it. */
export interface ChangeEntry {
  id: string;
  data: { date: string; kind: string; summary: string; pages: ChangePages };
}

/** The anchor of a change on /changes/ (an id must start with a letter; change ids start with the date). */
export const changeAnchor = (id: string) => `change-${id}`;

/** Root-relative paths of every page a change touched, entries first, in a stable order. */
export function changePaths(pages: ChangePages): string[] {
  return [...CHANGE_COLLECTIONS.flatMap((c) => pages[c].map((ref) => entryPath(c, ref.id))), ...pages.paths];
}

/** Newest first; on the same day, by id, so the order never depends on the file system. */
export function sortChanges<T extends ChangeEntry>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** Page path → the changes that touched it, newest first. */
export function changesByPath<T extends ChangeEntry>(changes: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const change of sortChanges(changes)) {
    for (const path of changePaths(change.data.pages)) map.set(path, [...(map.get(path) ?? []), change]);
  }
  return map;
}

/** What the feed needs beyond the entries. */
export interface FeedOptions {
  /** Feed title. */
  title: string;
  /** Absolute URL of the /changes/ page (the feed's id and alternate link). */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Turns a root-relative path into an absolute URL (base path and site included). */
  absolute: (path: string) => string;
  /** The label of a change kind (新增, 更正, 政策更新). */
  kindLabel: (kind: string) => string;
  /** Rights statement. */
  rights: string;
}

/**
 * The changes as an Atom 1.0 feed. Each entry links to the first page it touched and carries the
 * kind as its category; its id is the change's anchor on /changes/, stable across builds. The
 * feed's `updated` is the newest change's date, so an unchanged record yields the same bytes.
 */
export function changesAtom(changes: readonly ChangeEntry[], options: FeedOptions): string {
  const sorted = sortChanges(changes);
  const newest = sorted[0]?.data.date ?? '1970-01-01';
  const feed = new Feed({
    id: options.pageUrl,
    title: options.title,
    link: options.pageUrl,
    language: 'zh-CN',
    updated: new Date(`${newest}T00:00:00Z`),
    generator: false,
    feedLinks: { atom: options.feedUrl },
    copyright: options.rights,
  });
  for (const change of sorted) {
    const [first = '/changes/'] = changePaths(change.data.pages);
    const kind = options.kindLabel(change.data.kind);
    feed.addItem({
      id: `${options.pageUrl}#${changeAnchor(change.id)}`,
      title: `${kind}：${change.data.summary}`,
      link: options.absolute(first),
      date: new Date(`${change.data.date}T00:00:00Z`),
      description: change.data.summary,
      category: [{ name: kind, term: change.data.kind }],
    });
  }
  return feed.atom1();
}
