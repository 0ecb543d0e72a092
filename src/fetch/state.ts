import type Database from 'better-sqlite3';
import type { SourceResult } from './fetch-sources.ts';

/**
 * The fetch state in the warehouse's `fetches` table: one row per address, rewritten at each check, so
 * `status` and SQL show the last check and the failures in a row of every source.
 */

export function recordFetches(sqlite: Database.Database, results: readonly SourceResult[]): void {
  const upsert = sqlite.prepare(`INSERT INTO fetches (source_url, checked_at, outcome, http_status, raw_path, etag, last_modified, failure, consecutive_failures, last_changed_at)
    VALUES (@url, @checkedAt, @outcome, @status, @path, @etag, @lastModified, @failure, @failures, @changedAt)
    ON CONFLICT (source_url) DO UPDATE SET checked_at = excluded.checked_at, outcome = excluded.outcome, http_status = excluded.http_status,
      raw_path = excluded.raw_path, etag = excluded.etag, last_modified = excluded.last_modified, failure = excluded.failure,
      consecutive_failures = CASE WHEN excluded.outcome IN ('failed', 'disallowed') THEN fetches.consecutive_failures + 1 ELSE 0 END,
      last_changed_at = COALESCE(excluded.last_changed_at, fetches.last_changed_at)`);
  sqlite.transaction(() => {
    for (const r of results) {
      const bad = r.outcome === 'failed' || r.outcome === 'disallowed';
      upsert.run({
        url: r.url,
        checkedAt: r.checkedAt,
        outcome: r.outcome,
        status: r.status,
        path: r.path,
        etag: r.etag,
        lastModified: r.lastModified,
        failure: bad ? r.reason : null,
        failures: bad ? 1 : 0,
        changedAt: r.outcome === 'new' || r.outcome === 'changed' ? r.checkedAt : null,
      });
    }
  })();
}

export interface FetchRow {
  source_url: string;
  checked_at: string;
  outcome: string;
  http_status: number | null;
  failure: string | null;
  consecutive_failures: number;
  last_changed_at: string | null;
}
