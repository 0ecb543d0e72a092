import type { RunCounters, RunWarehouse, TouchedDocument } from '../warehouse/run-warehouse.ts';
import type { SeenUnchanged } from './process-document.ts';

/**
 * The unchanged documents a run saw, written in batches rather than one statement (and one commit) each:
 * a night with nothing new writes one set-based UPDATE of `last_run_id` ("the last run that saw or changed
 * this version") and its counters, instead of thousands of commits. A batch is written with the run's
 * counters in one transaction, after each document the run loads (so a killed run keeps the counts of all it
 * wrote) and when the documents are done. A run killed before a batch is written leaves those documents
 * with the previous run as their last: the next run then trusts their stat no more than before (known-hashes.ts).
 */
export class SeenDocuments {
  private pending: SeenUnchanged[] = [];

  constructor(
    private readonly warehouse: Pick<RunWarehouse, 'statements'>,
    private readonly runId: number,
  ) {}

  add(seen: SeenUnchanged): void {
    this.pending.push(seen);
  }

  get size(): number {
    return this.pending.length;
  }

  /** Writes the pending documents and the counters so far, in one transaction. */
  async flush(counters: RunCounters): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const untouched: number[] = [];
    const touched: TouchedDocument[] = [];
    for (const s of batch) {
      if (s.touched === null) untouched.push(s.documentId);
      else touched.push({ documentId: s.documentId, ...s.touched });
    }
    await this.warehouse.statements.recordSeen(this.runId, untouched, touched, counters);
  }
}
