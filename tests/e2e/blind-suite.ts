/**
 * The blind query set (issue 31): queries written in separate batches by writers who saw only reader
 * personas and the site's pages as a reader sees them — never the engine, its aliases, the
 * vocabulary or the relevance suite (search-suite.ts). Batch 1 is the tuning batch: ranking
 * constants and any synonym added for readers' words were chosen looking at its misses only.
 * Batches 2 and 3 are check batches, split by writer (queries of one writer are correlated), and
 * are never tuned on. Each query lists the page(s) that answer it, or none for a topic the site
 * does not cover. The files are kept as the writers wrote them (tests/e2e/blind/batch-N.json).
 */
import { readFileSync } from 'node:fs';
import { pathOnly } from './compare.ts';

export interface BlindQuery {
  readonly id: string;
  readonly query: string;
  /** The persona of docs/search.md (1–7) the writer wrote it for. */
  readonly persona: number;
  /** Pages that answer it; empty for a topic the site does not cover. */
  readonly answers: readonly string[];
  readonly why: string;
}

export interface Batch {
  readonly n: number;
  readonly role: 'tuning' | 'check';
  readonly queries: readonly BlindQuery[];
}

/** How far down an answer may stand and still count as found (a reader reads the first five). */
export const BLIND_TOP = 5;

export const BATCH_NUMBERS = [1, 2, 3] as const;
export const TUNING_BATCH = 1;

export function loadBatch(n: number): Batch {
  const file = new URL(`./blind/batch-${n}.json`, import.meta.url);
  const queries = JSON.parse(readFileSync(file, 'utf8')) as BlindQuery[];
  return { n, role: n === TUNING_BATCH ? 'tuning' : 'check', queries };
}

export const BATCHES: readonly Batch[] = BATCH_NUMBERS.map(loadBatch);

/** Whether one of the answers stands among the first BLIND_TOP results (glossary records as /glossary/). */
export const found = (paths: readonly string[], q: BlindQuery, top = BLIND_TOP) =>
  q.answers.some((a) => paths.slice(0, top).map(pathOnly).includes(pathOnly(a)));

/** What an engine did with one query. */
export interface Answer {
  /** Result paths, best first. */
  readonly paths: readonly string[];
  /** Results presented as matches: not under a note that says words were missing or only partly found. */
  readonly presented: number;
}

export interface BatchScore {
  readonly n: number;
  readonly role: Batch['role'];
  readonly answerable: number;
  readonly found: number;
  /** Found among the first ten (the first page of results). */
  readonly foundTen: number;
  readonly unanswerable: number;
  /** No-answer queries where nothing was presented as a match. */
  readonly precise: number;
  /** No-answer queries where nothing at all was shown. */
  readonly silent: number;
}

export function scoreBatch(batch: Batch, answer: (q: BlindQuery) => Answer): BatchScore {
  const answerable = batch.queries.filter((q) => q.answers.length > 0);
  const unanswerable = batch.queries.filter((q) => q.answers.length === 0);
  return {
    n: batch.n,
    role: batch.role,
    answerable: answerable.length,
    found: answerable.filter((q) => found(answer(q).paths, q)).length,
    foundTen: answerable.filter((q) => found(answer(q).paths, q, 10)).length,
    unanswerable: unanswerable.length,
    precise: unanswerable.filter((q) => answer(q).presented === 0).length,
    silent: unanswerable.filter((q) => answer(q).paths.length === 0).length,
  };
}

export const recall = (s: BatchScore) => s.found / s.answerable;
