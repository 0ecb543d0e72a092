import type Database from 'better-sqlite3';
import type { Warehouse } from '../warehouse/db.ts';
import { FACT_TABLES } from '../warehouse/schema.ts';

/** The per-document outcomes the run counts (a structural subset of DocumentResult). */
export interface CountedResult {
  outcome: 'loaded' | 'superseded' | 'unchanged' | 'skipped' | 'quarantined' | 'other_pipeline';
  reextracted: boolean;
  records: number;
}

export interface RunCounters {
  documentsSeen: number;
  documentsLoaded: number;
  documentsSkipped: number;
  documentsQuarantined: number;
  documentsReextracted: number;
  recordsLoaded: number;
}

function noCounts(): RunCounters {
  return { documentsSeen: 0, documentsLoaded: 0, documentsSkipped: 0, documentsQuarantined: 0, documentsReextracted: 0, recordsLoaded: 0 };
}

/** Adds one document's outcome to `counters`. */
function add(counters: RunCounters, result: CountedResult): void {
  counters.documentsSeen += 1;
  if (result.outcome === 'loaded' || result.outcome === 'superseded') counters.documentsLoaded += 1;
  else if (result.outcome === 'unchanged' || result.outcome === 'skipped' || result.outcome === 'other_pipeline') counters.documentsSkipped += 1;
  else if (result.outcome === 'quarantined') counters.documentsQuarantined += 1;
  if (result.reextracted) counters.documentsReextracted += 1;
  counters.recordsLoaded += result.records;
}

export function countResults(results: readonly CountedResult[]): RunCounters {
  const counters = noCounts();
  for (const result of results) add(counters, result);
  return counters;
}

/** Outcomes for which the run wrote nothing about the document (its bytes and code as last time, or another pipeline's). */
const NOTHING_WRITTEN: ReadonlySet<CountedResult['outcome']> = new Set(['unchanged', 'other_pipeline']);

/** How long the counters of documents that needed nothing written may wait before they are written. */
export const QUIET_DOCUMENTS_WAIT_MS = 250;

/** What the run row holds of a run's results list: the documents counted so far and when the row was last written. */
interface Tally {
  counted: number;
  counters: RunCounters;
  writtenAt: number;
}

const TALLIES = new WeakMap<readonly CountedResult[], Tally>();
const UPDATES = new WeakMap<Database.Database, Database.Statement<unknown[]>>();

/**
 * Writes the counters so far on the run's row after every document that was loaded, superseded, skipped or
 * quarantined: a run that is killed, or closed as interrupted by the next run's lock takeover, keeps the counts
 * of what it did. Documents that needed nothing written (unchanged, another pipeline's: a no-op night is all
 * of them) are counted in the row with the next document that is written, or after QUIET_DOCUMENTS_WAIT_MS,
 * rather than with one UPDATE each; the run's closing writes the final counts.
 *
 * The counters are kept per `results` list (the run appends to it) and only its new entries are counted,
 * so a run of N documents costs N additions, not N counts of everything so far.
 */
export function recordCountersSoFar(warehouse: Warehouse, runId: number, results: readonly CountedResult[], now: number = Date.now()): void {
  let tally = TALLIES.get(results);
  if (!tally || tally.counted > results.length) {
    tally = { counted: 0, counters: noCounts(), writtenAt: Number.NEGATIVE_INFINITY };
    TALLIES.set(results, tally);
  }
  let wrote = false;
  for (; tally.counted < results.length; tally.counted += 1) {
    const result = results[tally.counted] as CountedResult;
    add(tally.counters, result);
    if (!NOTHING_WRITTEN.has(result.outcome)) wrote = true;
  }
  if (!wrote && now - tally.writtenAt < QUIET_DOCUMENTS_WAIT_MS) return;
  let update = UPDATES.get(warehouse.sqlite);
  if (!update) {
    update = warehouse.sqlite.prepare(`UPDATE runs SET documents_seen = ?, documents_loaded = ?, documents_skipped = ?, documents_quarantined = ?,
      documents_reextracted = ?, records_loaded = ? WHERE run_id = ?`);
    UPDATES.set(warehouse.sqlite, update);
  }
  const c = tally.counters;
  update.run(c.documentsSeen, c.documentsLoaded, c.documentsSkipped, c.documentsQuarantined, c.documentsReextracted, c.recordsLoaded, runId);
  tally.writtenAt = now;
}

/** Rows of current data (documents with status loaded) per fact table. */
export async function currentRowCounts(warehouse: Warehouse): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of FACT_TABLES) {
    const row = warehouse.sqlite
      .prepare(`SELECT count(*) AS n FROM ${table} t JOIN documents d ON d.document_id = t.document_id WHERE d.status = 'loaded'`)
      .get() as { n: number };
    counts[table] = row.n;
  }
  return counts;
}

/** Every document quarantined now, whichever run quarantined it: listed in each summary until its file is fixed. */
export function stillQuarantined(warehouse: Warehouse): { path: string; reason: string }[] {
  return warehouse.sqlite.prepare(`SELECT source_path AS path, coalesce(status_reason, '') AS reason FROM documents WHERE status = 'quarantined' ORDER BY source_path`)
    .all() as { path: string; reason: string }[];
}
