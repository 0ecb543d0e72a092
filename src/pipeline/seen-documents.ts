import type { Warehouse } from '../warehouse/db.ts';
import type { SeenUnchanged } from './process-document.ts';
import { type RunCounters, recordCounters } from './run-counters.ts';

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
    private readonly warehouse: Warehouse,
    private readonly runId: number,
  ) {}

  add(seen: SeenUnchanged): void {
    this.pending.push(seen);
  }

  get size(): number {
    return this.pending.length;
  }

  /** Writes the pending documents and the counters so far, in one transaction. */
  flush(counters: RunCounters): void {
    const { sqlite } = this.warehouse;
    const batch = this.pending;
    this.pending = [];
    const untouched = batch.filter((s) => s.touched === null).map((s) => s.documentId);
    const touched = batch.filter((s) => s.touched !== null);
    sqlite.transaction(() => {
      if (untouched.length > 0) {
        sqlite.prepare('UPDATE documents SET last_run_id = ? WHERE document_id IN (SELECT value FROM json_each(?))').run(this.runId, JSON.stringify(untouched));
      }
      if (touched.length > 0) {
        // Same bytes, a new time (or size): recorded, so the next run trusts the file's stat and does not read it.
        const update = sqlite.prepare('UPDATE documents SET last_run_id = ?, file_mtime = ?, size_bytes = ? WHERE document_id = ?');
        for (const s of touched) update.run(this.runId, s.touched?.mtime, s.touched?.sizeBytes, s.documentId);
      }
      recordCounters(this.warehouse, this.runId, counters);
    })();
  }
}
