import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import type { FetchRow } from '../fetch/state.ts';
import { UsageError } from '../model/errors.ts';
import type { Severity } from '../model/records.ts';
import { openWarehouse } from '../warehouse/db.ts';
import { isProcessAlive, type LockHolder } from '../warehouse/lock.ts';
import { postgresRows } from '../warehouse/postgres/rows.ts';
import { isPostgresUrl, openPostgresWarehouse } from '../warehouse/postgres/warehouse.ts';
import { type RowReader, sqliteRows } from '../warehouse/rows.ts';

/**
 * `salw-etl status`: what an operator checks in the morning. The last runs, the current documents per
 * kind and country, the quality issues of current documents per severity, who holds the write lock, and
 * when a running scheduler will run next. Read-only: the warehouse is never written.
 */

export interface RunRow {
  run_id: number;
  pipeline: string;
  trigger: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  documents_seen: number;
  documents_loaded: number;
  documents_skipped: number;
  documents_quarantined: number;
  documents_removed: number;
  documents_reextracted: number;
  records_loaded: number;
  message: string | null;
}

export interface ScheduledNext {
  pipelines: string;
  cron: string;
  timezone: string;
  pid: number;
  host: string;
  nextDueAt: string | null;
}

export interface WarehouseStatus {
  warehousePath: string;
  /** Newest first. */
  runs: RunRow[];
  documents: { kind: string | null; country_iso3: string | null; documents: number }[];
  issues: Record<Severity, number>;
  /** Documents quarantined now (whichever run quarantined them), listed until their file is fixed. */
  quarantined: { path: string; reason: string | null }[];
  lock: LockHolder | null;
  /** Schedulers whose process is alive (rows of dead ones are not shown). */
  schedulers: ScheduledNext[];
  /** The last check of each source `salw-etl fetch` reads, failing ones first (empty before the first fetch). */
  fetches: FetchRow[];
  /**
   * Runs loading a shared (PostgreSQL) warehouse now: every run still running that beats, with its last beat and
   * the documents it holds leased. A run whose beat is old died: the next process closes it and takes its documents.
   */
  ingesting: { runId: number; pid: number | null; host: string | null; startedAt: string; heartbeatAt: string; leased: number }[];
}

export interface StatusOptions {
  /** How many runs to show (default 10). */
  limit?: number;
  /** For tests. */
  isAlive?: (pid: number) => boolean;
  host?: string;
}

/** Text compared by its bytes, as SQLite's ORDER BY compares it (PostgreSQL's follows the database's locale). */
const byBytes = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : Buffer.compare(Buffer.from(a), Buffer.from(b)));

/** The status of the warehouse at `location`: a SQLite file or a postgres:// URL. */
export async function readStatus(location: string, options: StatusOptions = {}): Promise<WarehouseStatus> {
  if (isPostgresUrl(location)) {
    const warehouse = await openPostgresWarehouse(location, { readonly: true });
    try {
      return await statusFrom(postgresRows(warehouse.pool), warehouse.name, options);
    } finally {
      await warehouse.close();
    }
  }
  if (!existsSync(location)) throw new UsageError(`there is no warehouse at ${location}; load one with \`salw-etl run\``);
  const warehouse = await openWarehouse(location, { readonly: true });
  try {
    return await statusFrom(sqliteRows(warehouse.sqlite), location, options);
  } finally {
    await warehouse.close();
  }
}

/** The status read with SQL both backends understand; text sorted here, by bytes, so both list it alike. */
async function statusFrom(reader: RowReader, warehousePath: string, options: StatusOptions): Promise<WarehouseStatus> {
  const isAlive = options.isAlive ?? isProcessAlive;
  const host = options.host ?? hostname();
  const runs = await reader.all<RunRow>(`SELECT run_id, pipeline, trigger, status, started_at, finished_at, duration_ms, documents_seen, documents_loaded,
      documents_skipped, documents_quarantined, documents_removed, documents_reextracted, records_loaded, message
    FROM runs ORDER BY run_id DESC LIMIT ?`, [options.limit ?? 10]);
  const documents = (await reader.all<WarehouseStatus['documents'][number]>(`SELECT kind, country_iso3, count(*) AS documents FROM documents WHERE status = 'loaded'
    GROUP BY kind, country_iso3`)).sort((a, b) => byBytes(a.kind, b.kind) || byBytes(a.country_iso3, b.country_iso3));
  const issues: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const issueRows = await reader.all<{ severity: Severity; n: number }>(`SELECT q.severity, count(*) AS n FROM quality_issues q JOIN documents d ON d.document_id = q.document_id
    WHERE d.status = 'loaded' GROUP BY q.severity`);
  for (const row of issueRows) issues[row.severity] = Number(row.n);
  const stateRows = (await reader.hasTable('scheduler_state'))
    ? (await reader.all<{ schedule_key: string; pipelines: string; cron: string; timezone: string; pid: number; host: string; next_due_at: string | null }>(
        'SELECT schedule_key, pipelines, cron, timezone, pid, host, next_due_at FROM scheduler_state',
      )).sort((a, b) => byBytes(a.schedule_key, b.schedule_key))
    : [];
  // A pid on another machine cannot be checked from here: shown, with its host.
  const schedulers = stateRows.filter((r) => r.host !== host || isAlive(r.pid))
    .map((r) => ({ pipelines: r.pipelines, cron: r.cron, timezone: r.timezone, pid: r.pid, host: r.host, nextDueAt: r.next_due_at }));
  const quarantined = (await reader.all<WarehouseStatus['quarantined'][number]>(`SELECT source_path AS path, status_reason AS reason FROM documents WHERE status = 'quarantined'`))
    .sort((a, b) => byBytes(a.path, b.path));
  // Read-only: an older warehouse (before migration 0012) has no fetches table yet. Failing sources first.
  const fetches = (await reader.hasTable('fetches'))
    ? (await reader.all<FetchRow>('SELECT source_url, checked_at, outcome, http_status, failure, consecutive_failures, last_changed_at FROM fetches'))
      .sort((a, b) => Number(b.consecutive_failures > 0) - Number(a.consecutive_failures > 0) || byBytes(a.source_url, b.source_url))
    : [];
  const lock = await reader.get<{ holder_pid: number; holder_host: string; command: string; started_at: string; heartbeat_at: string }>(
    'SELECT holder_pid, holder_host, command, started_at, heartbeat_at FROM warehouse_lock WHERE lock_id = 1',
  );
  const holder: LockHolder | null = lock ? { pid: lock.holder_pid, host: lock.holder_host, command: lock.command, startedAt: lock.started_at, heartbeatAt: lock.heartbeat_at } : null;
  // Read-only: a warehouse before migration 0015 has neither heartbeats nor leases.
  const ingesting = (await reader.hasTable('document_leases'))
    ? (await reader.all<{ run_id: number; pid: number | null; host: string | null; started_at: string; heartbeat_at: string; leased: number }>(
        `SELECT r.run_id, r.pid, r.host, r.started_at, r.heartbeat_at, (SELECT count(*) FROM document_leases l WHERE l.run_id = r.run_id) AS leased
           FROM runs r WHERE r.status = 'running' AND r.heartbeat_at IS NOT NULL ORDER BY r.run_id`,
      )).map((r) => ({ runId: r.run_id, pid: r.pid, host: r.host, startedAt: r.started_at, heartbeatAt: r.heartbeat_at, leased: Number(r.leased) }))
    : [];
  return { warehousePath, runs, documents, issues, quarantined, lock: holder, schedulers, fetches, ingesting };
}
