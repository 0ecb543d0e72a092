import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Warehouse } from './db.ts';
import { acquireWarehouseLock } from './lock.ts';
import type { KnownDocument, RunCounters, RunStatements, TouchedDocument } from './run-warehouse.ts';
import { FACT_TABLES, type WarehouseDatabase } from './schema.ts';
import { counterValues, currentRowsSql, KNOWN_DOCUMENTS } from './run-queries.ts';
import { sqliteFactStore } from './sqlite-fact-store.ts';

/**
 * The run's own statements on SQLite (run-warehouse.ts): better-sqlite3 statements prepared once per
 * connection, lists bound as one JSON array (`json_each`), and the batches of a night with nothing new
 * written in one synchronous transaction. Methods return settled promises: the interface is PostgreSQL's too.
 */

const UPDATE_COUNTERS = `UPDATE runs SET documents_seen = ?, documents_loaded = ?, documents_skipped = ?, documents_quarantined = ?,
      documents_reextracted = ?, records_loaded = ? WHERE run_id = ?`;

const QUARANTINED = `SELECT source_path AS path, coalesce(status_reason, '') AS reason FROM documents WHERE status = 'quarantined' ORDER BY source_path`;

/** The columns of KNOWN_DOCUMENTS, in the order it selects them (checked against the statement when it is prepared). */
const KNOWN_COLUMNS = [
  'document_id', 'source_path', 'sha256', 'size_bytes', 'file_mtime', 'status', 'kind', 'country_iso3', 'extractor',
  'logical_key', 'meta_json', 'sidecar_size', 'sidecar_mtime', 'seen_from', 'seen_by_code', 'over_limit_options',
] as const satisfies readonly (keyof KnownDocument)[];

/**
 * KNOWN_DOCUMENTS prepared to give each row as an array, turned into an object of one shape in JavaScript: a
 * night with nothing new reads every document's row, and better-sqlite3's objects of 16 named columns cost
 * about twice the time, most of it in the garbage collector (measured on 10,000 rows).
 */
function knownStatement(statement: (source: string) => Database.Statement, source: string): Database.Statement {
  const known = statement(source);
  const columns = known.columns().map((column) => column.name);
  if (columns.length !== KNOWN_COLUMNS.length || columns.some((name, i) => name !== KNOWN_COLUMNS[i])) {
    throw new Error(`the known-documents query does not select ${KNOWN_COLUMNS.join(', ')} in this order`);
  }
  return known.raw(true);
}

/** A row of KNOWN_DOCUMENTS as a KnownDocument: its columns named in the order knownStatement checked, so every row has one shape. */
function knownDocumentOf(values: unknown): KnownDocument {
  const row: Record<string, unknown> = {};
  (values as unknown[]).forEach((value, i) => {
    row[KNOWN_COLUMNS[i] as string] = value;
  });
  return row as unknown as KnownDocument;
}

export function sqliteRunStatements(warehouse: Pick<Warehouse, 'path'> & { db: Kysely<WarehouseDatabase>; sqlite: Database.Database }): RunStatements {
  const { sqlite } = warehouse;
  const prepared = new Map<string, Database.Statement>();
  const statement = (source: string): Database.Statement => {
    let found = prepared.get(source);
    if (!found) {
      found = sqlite.prepare(source);
      prepared.set(source, found);
    }
    return found;
  };
  const recordSeen = sqlite.transaction((runId: number, untouched: readonly number[], touched: readonly TouchedDocument[], counters: RunCounters) => {
    if (untouched.length > 0) statement('UPDATE documents SET last_run_id = ? WHERE document_id IN (SELECT value FROM json_each(?))').run(runId, JSON.stringify(untouched));
    if (touched.length > 0) {
      // Same bytes, a new time (or size): recorded, so the next run trusts the file's (and the sidecar's) stat and does not read it.
      const update = statement('UPDATE documents SET last_run_id = ?, file_mtime = ?, size_bytes = ?, sidecar_size = ?, sidecar_mtime = ? WHERE document_id = ?');
      for (const t of touched) update.run(runId, t.mtime, t.sizeBytes, t.sidecar?.sizeBytes ?? null, t.sidecar?.mtime ?? null, t.documentId);
    }
    statement(UPDATE_COUNTERS).run(...counterValues(counters), runId);
  });
  return {
    async knownDocuments(path) {
      const known = knownStatement(statement, path === undefined ? `${KNOWN_DOCUMENTS} ORDER BY d.document_id` : `${KNOWN_DOCUMENTS} WHERE d.source_path = ? ORDER BY d.document_id`);
      return (path === undefined ? known.all() : known.all(path)).map(knownDocumentOf);
    },
    async recordSeen(runId, untouched, touched, counters) {
      recordSeen(runId, untouched, touched, counters);
    },
    async recordCounters(runId, counters) {
      statement(UPDATE_COUNTERS).run(...counterValues(counters), runId);
    },
    async currentRowCounts() {
      const counts: Record<string, number> = {};
      for (const table of FACT_TABLES) counts[table] = (statement(currentRowsSql(table)).get() as { n: number }).n;
      return counts;
    },
    async quarantined() {
      return statement(QUARANTINED).all() as { path: string; reason: string }[];
    },
    async pathsHoldingBytes(sha256) {
      const rows = statement(`SELECT source_path FROM documents WHERE sha256 = ? AND status IN ('loaded', 'quarantined', 'skipped', 'superseded') ORDER BY document_id`).all(sha256);
      return (rows as { source_path: string }[]).map((r) => r.source_path);
    },
    // The store's statements run on the transaction's connection (there is one): a rollback takes them back too.
    documentTransaction(_logicalKey, work) {
      return warehouse.db.transaction().execute((trx) => work(trx, sqliteFactStore(sqlite)));
    },
    acquireLock(options) {
      return acquireWarehouseLock(warehouse as Warehouse, options);
    },
  };
}
