import { CompiledQuery, type Kysely, sql } from 'kysely';
import { FACT_TABLES, type WarehouseDatabase } from '../schema.ts';
import type { KnownDocument, RunStatements } from '../run-warehouse.ts';
import { counterValues, currentRowsSql, KNOWN_DOCUMENTS } from '../run-queries.ts';
import { PostgresFactStore } from './fact-store.ts';
import { acquirePostgresLock, closeAbandonedRuns } from './lock.ts';

/**
 * The run's own statements on PostgreSQL (run-warehouse.ts): the questions SQLite's statements ask, with
 * `$n` placeholders, arrays for lists, byte order for paths (`COLLATE "C"`, as SQLite sorts), and an
 * advisory lock per logical document for the length of its transaction, so that two processes loading two
 * versions of one document supersede in turn rather than both becoming current.
 */

/** The first key of the advisory locks on logical documents ('SALW'); the second is the key's hash. */
const LOGICAL_DOCUMENT_LOCKS = 0x53414c57;

const UPDATE_COUNTERS = `UPDATE runs SET documents_seen = $1, documents_loaded = $2, documents_skipped = $3, documents_quarantined = $4,
      documents_reextracted = $5, records_loaded = $6 WHERE run_id = $7`;

export function postgresRunStatements(db: Kysely<WarehouseDatabase>, name: string): RunStatements {
  const rows = async <R>(executor: Kysely<WarehouseDatabase>, text: string, parameters: readonly unknown[] = []): Promise<R[]> =>
    (await executor.executeQuery<R>(CompiledQuery.raw(text, [...parameters]))).rows;
  return {
    async knownDocuments(path) {
      if (path === undefined) return rows<KnownDocument>(db, `${KNOWN_DOCUMENTS} ORDER BY d.document_id`);
      return rows<KnownDocument>(db, `${KNOWN_DOCUMENTS} WHERE d.source_path = $1 ORDER BY d.document_id`, [path]);
    },
    async recordSeen(runId, untouched, touched, counters) {
      await db.transaction().execute(async (trx) => {
        if (untouched.length > 0) await rows(trx, 'UPDATE documents SET last_run_id = $1 WHERE document_id = ANY($2::bigint[])', [runId, untouched]);
        if (touched.length > 0) {
          // One statement for every touched document (the first run after migration 0016 records every sidecar's stat).
          await rows(trx, `UPDATE documents d SET last_run_id = $1, file_mtime = t.mtime, size_bytes = t.size_bytes, sidecar_size = t.sidecar_size, sidecar_mtime = t.sidecar_mtime
              FROM unnest($2::bigint[], $3::text[], $4::bigint[], $5::bigint[], $6::text[]) AS t(document_id, mtime, size_bytes, sidecar_size, sidecar_mtime)
             WHERE d.document_id = t.document_id`, [
            runId, touched.map((t) => t.documentId), touched.map((t) => t.mtime), touched.map((t) => t.sizeBytes),
            touched.map((t) => t.sidecar?.sizeBytes ?? null), touched.map((t) => t.sidecar?.mtime ?? null),
          ]);
        }
        await rows(trx, UPDATE_COUNTERS, [...counterValues(counters), runId]);
      });
    },
    async recordCounters(runId, counters) {
      await rows(db, UPDATE_COUNTERS, [...counterValues(counters), runId]);
    },
    async currentRowCounts() {
      const counts: Record<string, number> = {};
      for (const table of FACT_TABLES) counts[table] = Number((await rows<{ n: number }>(db, currentRowsSql(table)))[0]?.n ?? 0);
      return counts;
    },
    async quarantined() {
      return rows<{ path: string; reason: string }>(db, `SELECT source_path AS path, coalesce(status_reason, '') AS reason FROM documents WHERE status = 'quarantined' ORDER BY source_path COLLATE "C"`);
    },
    async pathsHoldingBytes(sha256) {
      const found = await rows<{ source_path: string }>(db, `SELECT source_path FROM documents WHERE sha256 = $1 AND status IN ('loaded', 'quarantined', 'skipped', 'superseded') ORDER BY document_id`, [sha256]);
      return found.map((r) => r.source_path);
    },
    documentTransaction(logicalKey, work) {
      return db.transaction().execute(async (trx) => {
        if (logicalKey !== null) await sql`SELECT pg_advisory_xact_lock(${LOGICAL_DOCUMENT_LOCKS}, hashtext(${logicalKey}))`.execute(trx);
        return work(trx, new PostgresFactStore(trx));
      });
    },
    acquireLock(options) {
      return acquirePostgresLock(db, name, options);
    },
    leases: {
      async take(path, runId, at, staleBefore) {
        // Inserted, or taken over from a run that is not alive; a live holder's row is left as it is (no row returned).
        const taken = await rows(db, `
          INSERT INTO document_leases (source_path, run_id, leased_at) VALUES ($1, $2, $3)
          ON CONFLICT (source_path) DO UPDATE SET run_id = EXCLUDED.run_id, leased_at = EXCLUDED.leased_at
           WHERE document_leases.run_id = EXCLUDED.run_id OR NOT EXISTS (
             SELECT 1 FROM runs r WHERE r.run_id = document_leases.run_id AND r.status = 'running' AND coalesce(r.heartbeat_at, r.started_at) >= $4)
          RETURNING run_id`, [path, runId, at, staleBefore]);
        return taken.length === 1;
      },
      async writtenSince(path, sha256, since) {
        // Written since this run began, or during a run still running (a version is written, loaded_at set, only
        // when it is loaded or re-extracted; a run that merely sees it unchanged moves last_run_id alone).
        const found = await rows(db, `
          SELECT 1 FROM documents d
           WHERE d.source_path = $1 AND d.sha256 = $2 AND d.status <> 'removed'
             AND (d.loaded_at >= $3 OR EXISTS (SELECT 1 FROM runs r WHERE r.status = 'running' AND r.pipeline <> 'fetch' AND r.started_at <= d.loaded_at))
           LIMIT 1`, [path, sha256, since]);
        return found.length > 0;
      },
      async give(path, runId) {
        await rows(db, 'DELETE FROM document_leases WHERE source_path = $1 AND run_id = $2', [path, runId]);
      },
      async giveAll(runId) {
        await rows(db, 'DELETE FROM document_leases WHERE run_id = $1', [runId]);
      },
      async beat(runId, at) {
        await rows(db, 'UPDATE runs SET heartbeat_at = $1 WHERE run_id = $2', [at, runId]);
      },
      async othersRunning(runId, staleBefore) {
        const found = await rows<{ run_id: number; pid: number | null; host: string | null }>(db, `
          SELECT run_id, pid, host FROM runs WHERE status = 'running' AND run_id <> $1 AND pipeline <> 'fetch'
             AND coalesce(heartbeat_at, started_at) >= $2 ORDER BY run_id`, [runId, staleBefore]);
        return found.map((r) => ({ runId: r.run_id, pid: r.pid, host: r.host }));
      },
      closeAbandoned(at, staleBefore) {
        return closeAbandonedRuns(db, at, staleBefore);
      },
    },
  };
}
