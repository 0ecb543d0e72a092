import { type Kysely, sql } from 'kysely';

/**
 * What `salw-etl fetch` records since it reads listings and writes a run row:
 * - `fetches.outcome` may be `listed` (a listing page, sitemap or JSON document read for the addresses it
 *   gives). The outcome's CHECK is part of the table, so the table is rebuilt (nothing references it).
 * - `open_quality_issues` shows the run-level issues (no document) of the last *pipeline* run: a fetch
 *   now writes a `runs` row too (pipeline `fetch`), and without this a `salw-etl fetch` after a run would
 *   hide that run's issues from the view until the next run.
 */

const FETCHES = `CREATE TABLE fetches (
      source_url TEXT PRIMARY KEY,
      checked_at TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('new', 'changed', 'unchanged', 'not-modified', 'disallowed', 'failed', 'listed')),
      http_status INTEGER,
      raw_path TEXT,
      etag TEXT,
      last_modified TEXT,
      failure TEXT,
      consecutive_failures INTEGER NOT NULL DEFAULT 0,
      last_changed_at TEXT
    ) STRICT`;

const view = (lastRun: string): string => `CREATE VIEW open_quality_issues AS
   SELECT q.issue_id, q.severity, q.rule, q.message, q.table_name, q.record_id, q.line_start,
          q.document_id, d.source_path, d.status AS document_status, d.country_iso3, d.kind AS document_kind, q.run_id
   FROM quality_issues q LEFT JOIN documents d ON d.document_id = q.document_id
   WHERE d.status IN ('loaded', 'quarantined', 'skipped')
      OR (q.document_id IS NULL AND q.run_id = (${lastRun}))
   ORDER BY CASE q.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, d.source_path, q.line_start, q.issue_id`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE fetches RENAME TO fetches_before_0013').execute(db);
  await sql.raw(FETCHES).execute(db);
  await sql.raw('INSERT INTO fetches SELECT * FROM fetches_before_0013').execute(db);
  await sql.raw('DROP TABLE fetches_before_0013').execute(db);
  await sql.raw('DROP VIEW open_quality_issues').execute(db);
  await sql.raw(view(`SELECT max(run_id) FROM runs WHERE pipeline <> 'fetch'`)).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP VIEW open_quality_issues').execute(db);
  await sql.raw(view('SELECT max(run_id) FROM runs')).execute(db);
  await sql.raw(`DELETE FROM fetches WHERE outcome = 'listed'`).execute(db);
  await sql.raw('ALTER TABLE fetches RENAME TO fetches_after_0013').execute(db);
  await sql.raw(FETCHES.replace(", 'listed'", '')).execute(db);
  await sql.raw('INSERT INTO fetches SELECT * FROM fetches_after_0013').execute(db);
  await sql.raw('DROP TABLE fetches_after_0013').execute(db);
}
