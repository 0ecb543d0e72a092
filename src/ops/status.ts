import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { type FetchRow, readFetches } from '../fetch/state.ts';
import { UsageError } from '../model/errors.ts';
import type { Severity } from '../model/records.ts';
import { openWarehouse } from '../warehouse/db.ts';
import { currentLockHolder, isProcessAlive, type LockHolder } from '../warehouse/lock.ts';

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
}

export interface StatusOptions {
  /** How many runs to show (default 10). */
  limit?: number;
  /** For tests. */
  isAlive?: (pid: number) => boolean;
  host?: string;
}

export async function readStatus(warehousePath: string, options: StatusOptions = {}): Promise<WarehouseStatus> {
  if (!existsSync(warehousePath)) throw new UsageError(`there is no warehouse at ${warehousePath}; load one with \`salw-etl run\``);
  const isAlive = options.isAlive ?? isProcessAlive;
  const host = options.host ?? hostname();
  const warehouse = await openWarehouse(warehousePath, { readonly: true });
  try {
    const { sqlite } = warehouse;
    const runs = sqlite.prepare(`SELECT run_id, pipeline, trigger, status, started_at, finished_at, duration_ms, documents_seen, documents_loaded,
        documents_skipped, documents_quarantined, documents_removed, documents_reextracted, records_loaded, message
      FROM runs ORDER BY run_id DESC LIMIT ?`).all(options.limit ?? 10) as RunRow[];
    const documents = sqlite.prepare(`SELECT kind, country_iso3, count(*) AS documents FROM documents WHERE status = 'loaded'
      GROUP BY kind, country_iso3 ORDER BY kind, country_iso3`).all() as WarehouseStatus['documents'];
    const issues: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const issueRows = sqlite.prepare(`SELECT q.severity, count(*) AS n FROM quality_issues q JOIN documents d ON d.document_id = q.document_id
      WHERE d.status = 'loaded' GROUP BY q.severity`).all() as { severity: Severity; n: number }[];
    for (const row of issueRows) issues[row.severity] = row.n;
    const hasState = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'scheduler_state'`).get() !== undefined;
    const stateRows = hasState
      ? (sqlite.prepare('SELECT pipelines, cron, timezone, pid, host, next_due_at FROM scheduler_state ORDER BY schedule_key').all() as
        { pipelines: string; cron: string; timezone: string; pid: number; host: string; next_due_at: string | null }[])
      : [];
    // A pid on another machine cannot be checked from here: shown, with its host.
    const schedulers = stateRows.filter((r) => r.host !== host || isAlive(r.pid))
      .map((r) => ({ pipelines: r.pipelines, cron: r.cron, timezone: r.timezone, pid: r.pid, host: r.host, nextDueAt: r.next_due_at }));
    const quarantined = sqlite.prepare(`SELECT source_path AS path, status_reason AS reason FROM documents WHERE status = 'quarantined' ORDER BY source_path`)
      .all() as WarehouseStatus['quarantined'];
    // Read-only: an older warehouse (before migration 0012) has no fetches table yet.
    const hasFetches = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'fetches'`).get() !== undefined;
    const fetches = hasFetches ? readFetches(sqlite) : [];
    return { warehousePath, runs, documents, issues, quarantined, lock: currentLockHolder(warehouse), schedulers, fetches };
  } finally {
    await warehouse.close();
  }
}
