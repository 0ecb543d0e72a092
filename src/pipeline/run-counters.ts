import type { RunCounters, RunWarehouse } from '../warehouse/run-warehouse.ts';

export type { RunCounters };

/** The per-document outcomes the run counts (a structural subset of DocumentResult). */
export interface CountedResult {
  outcome: 'loaded' | 'superseded' | 'unchanged' | 'skipped' | 'quarantined' | 'other_pipeline';
  reextracted: boolean;
  records: number;
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

/**
 * Writes the counters so far on the run's row: a run that is killed, or closed as interrupted by the next
 * run's lock takeover, keeps the counts of what it did. The run writes them with every document it writes
 * (seen-documents.ts), not for each unchanged one.
 */
export async function recordCounters(warehouse: Pick<RunWarehouse, 'statements'>, runId: number, c: RunCounters): Promise<void> {
  await warehouse.statements.recordCounters(runId, c);
}

/** The counters of countResults kept as the documents come, without counting every result again for each. */
export class RunTally {
  readonly counters: RunCounters = noCounts();

  add(result: CountedResult): void {
    add(this.counters, result);
  }
}

/** Rows of current data (documents with status loaded) per fact table. */
export async function currentRowCounts(warehouse: Pick<RunWarehouse, 'statements'>): Promise<Record<string, number>> {
  return warehouse.statements.currentRowCounts();
}

/** Every document quarantined now, whichever run quarantined it: listed in each summary until its file is fixed. */
export async function stillQuarantined(warehouse: Pick<RunWarehouse, 'statements'>): Promise<{ path: string; reason: string }[]> {
  return warehouse.statements.quarantined();
}
