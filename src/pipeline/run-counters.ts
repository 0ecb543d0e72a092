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

const UPDATES = new WeakMap<Database.Database, Database.Statement<unknown[]>>();

/**
 * Writes the counters so far on the run's row: a run that is killed, or closed as interrupted by the next
 * run's lock takeover, keeps the counts of what it did. The run writes them with every document it writes
 * (seen-documents.ts), not for each unchanged one. The statement is prepared once per connection.
 */
export function recordCounters(warehouse: Warehouse, runId: number, c: RunCounters): void {
  let update = UPDATES.get(warehouse.sqlite);
  if (!update) {
    update = warehouse.sqlite.prepare(`UPDATE runs SET documents_seen = ?, documents_loaded = ?, documents_skipped = ?, documents_quarantined = ?,
      documents_reextracted = ?, records_loaded = ? WHERE run_id = ?`);
    UPDATES.set(warehouse.sqlite, update);
  }
  update.run(c.documentsSeen, c.documentsLoaded, c.documentsSkipped, c.documentsQuarantined, c.documentsReextracted, c.recordsLoaded, runId);
}

/** The counters of countResults kept as the documents come, without counting every result again for each. */
export class RunTally {
  readonly counters: RunCounters = noCounts();

  add(result: CountedResult): void {
    add(this.counters, result);
  }
}

/** Rows of current data (documents with status loaded) per fact table. */
export async function currentRowCounts(warehouse: Warehouse): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of FACT_TABLES) {
    // All rows less those of documents not loaded (usually few: superseded, removed, quarantined ones), each
    // counted through the document_id index: a join would visit every row (75 ms on 10,000 documents, this 11 ms).
    const row = warehouse.sqlite
      .prepare(`SELECT (SELECT count(*) FROM ${table}) - (SELECT count(*) FROM ${table} WHERE document_id IN (SELECT document_id FROM documents WHERE status != 'loaded')) AS n`)
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
