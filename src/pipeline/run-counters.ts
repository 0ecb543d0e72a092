import type { Warehouse } from '../warehouse/db.ts';

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

export function countResults(results: readonly CountedResult[]): RunCounters {
  const count = (...outcomes: CountedResult['outcome'][]) => results.filter((r) => outcomes.includes(r.outcome)).length;
  return {
    documentsSeen: results.length,
    documentsLoaded: count('loaded', 'superseded'),
    documentsSkipped: count('unchanged', 'skipped', 'other_pipeline'),
    documentsQuarantined: count('quarantined'),
    documentsReextracted: results.filter((r) => r.reextracted).length,
    recordsLoaded: results.reduce((sum, r) => sum + r.records, 0),
  };
}

/**
 * Writes the counters so far on the run's row after every document: a run that is killed, or closed
 * as interrupted by the next run's lock takeover, keeps the counts of what it did.
 */
export function recordCountersSoFar(warehouse: Warehouse, runId: number, results: readonly CountedResult[]): void {
  const c = countResults(results);
  warehouse.sqlite.prepare(`UPDATE runs SET documents_seen = ?, documents_loaded = ?, documents_skipped = ?, documents_quarantined = ?,
    documents_reextracted = ?, records_loaded = ? WHERE run_id = ?`)
    .run(c.documentsSeen, c.documentsLoaded, c.documentsSkipped, c.documentsQuarantined, c.documentsReextracted, c.recordsLoaded, runId);
}
