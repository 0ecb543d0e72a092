import { hostname } from 'node:os';
import { type Kysely, sql } from 'kysely';
import type { SourceResult } from '../fetch/fetch-sources.ts';
import type { RunStatus, WarehouseDatabase } from '../warehouse/schema.ts';

/**
 * What a fetch writes into the warehouse, on either backend (kysely, SQL both dialects understand): the last
 * check of each address in the `fetches` table, rewritten at each check so that `status` and SQL show the
 * failures in a row of every source, and the fetch's own row in `runs`. The caller runs both in one
 * transaction, under the warehouse write lock (fetch-step.ts).
 */

export async function recordFetches(trx: Kysely<WarehouseDatabase>, results: readonly SourceResult[]): Promise<void> {
  for (const r of results) {
    const bad = r.outcome === 'failed' || r.outcome === 'disallowed';
    const changedAt = r.outcome === 'new' || r.outcome === 'changed' ? r.checkedAt : null;
    await sql`INSERT INTO fetches (source_url, checked_at, outcome, http_status, raw_path, etag, last_modified, failure, consecutive_failures, last_changed_at)
      VALUES (${r.url}, ${r.checkedAt}, ${r.outcome}, ${r.status}, ${r.path}, ${r.etag}, ${r.lastModified}, ${bad ? r.reason : null}, ${bad ? 1 : 0}, ${changedAt})
      ON CONFLICT (source_url) DO UPDATE SET checked_at = excluded.checked_at, outcome = excluded.outcome, http_status = excluded.http_status,
        raw_path = excluded.raw_path, etag = excluded.etag, last_modified = excluded.last_modified, failure = excluded.failure,
        consecutive_failures = CASE WHEN excluded.outcome IN ('failed', 'disallowed') THEN fetches.consecutive_failures + 1 ELSE 0 END,
        last_changed_at = COALESCE(excluded.last_changed_at, fetches.last_changed_at)`.execute(trx);
  }
}

export interface FetchRunRow {
  pipeline: string;
  trigger: 'manual' | 'schedule';
  startedAt: string;
  finishedAt: string;
  status: RunStatus;
  seen: number;
  loaded: number;
  skipped: number;
  quarantined: number;
  codeVersion: string;
  durationMs: number;
  optionsJson: string;
  message: string;
}

/** The fetch's row in `runs`, written whole once the downloads are over; returns its run_id. */
export async function insertFetchRun(trx: Kysely<WarehouseDatabase>, run: FetchRunRow): Promise<number> {
  const row = await trx.insertInto('runs').values({
    pipeline: run.pipeline, trigger: run.trigger, started_at: run.startedAt, finished_at: run.finishedAt, status: run.status,
    documents_seen: run.seen, documents_loaded: run.loaded, documents_skipped: run.skipped, documents_quarantined: run.quarantined,
    code_version: run.codeVersion, duration_ms: run.durationMs, options_json: run.optionsJson, message: run.message, host: hostname(), pid: process.pid,
  }).returning('run_id').executeTakeFirstOrThrow();
  return Number(row.run_id);
}
