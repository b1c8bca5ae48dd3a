/**
 * The open data files (/data/<set>.json), built once from the loaded collections and shared by
 * their endpoint and the /data/ page, which lists their sizes.
 */
import { getCollection } from 'astro:content';
import pkg from '../../package.json' with { type: 'json' };
import { DATA_SETS, dataFile, plainData, type DataSetId } from '../lib/open-data.ts';
import { cases, glossary, policies } from './content.ts';
import { dimensionPlaybooks } from './playbooks.ts';

const entry = (e: { id: string; data: object; body?: string | undefined }, withBody: boolean) => ({
  id: e.id,
  ...(plainData(e.data) as object),
  ...(withBody ? { body: e.body ?? '' } : {}),
});

const checklists = (await getCollection('checklists')).sort((a, b) => a.id.localeCompare(b.id));

const records: Record<DataSetId, unknown[]> = {
  cases: cases.map((e) => entry(e, true)),
  policies: policies.map((e) => entry(e, true)),
  glossary: glossary.map((e) => entry(e, true)),
  indicators: dimensionPlaybooks.flatMap((d) =>
    d.playbook.indicators.map((row) => ({ dimension: d.id, ...(plainData(row) as object) })),
  ),
  responsibilities: dimensionPlaybooks.flatMap((d) =>
    d.playbook.responsibilities.map((row) => ({ dimension: d.id, ...(plainData(row) as object) })),
  ),
  checklists: checklists.map((e) => entry(e, false)),
};

/** Each data set's file as published: its text, its record count and its version. */
export const openData = DATA_SETS.map((set) => {
  const file = dataFile(set, records[set], pkg.version);
  const text = `${JSON.stringify(file, null, 2)}\n`;
  return { set, text, bytes: Buffer.byteLength(text), count: file.records.length, version: file.version };
});

/** The site's version, shown with the data. */
export const siteVersion = pkg.version;
