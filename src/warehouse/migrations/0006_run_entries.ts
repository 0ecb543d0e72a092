import { type Kysely, sql } from 'kysely';

/**
 * Robustness bookkeeping:
 * - `run_entries`: every entry of the raw folder that did not become a document (hidden, orphan sidecar,
 *   refused link, unreadable file or folder) with its reason, per run, so every entry is accounted for;
 * - runs may end `removal_refused`: the run would have removed too many documents (an unmounted share)
 *   and removed none. SQLite cannot alter a CHECK constraint, so `runs` is rebuilt without the status
 *   CHECK (the vocabulary lives in the dictionary, so the next status needs no rebuild; the same for
 *   run_entries.outcome); the deferred foreign keys let the other tables' rows point at the rebuilt table.
 */
const RUNS = `CREATE TABLE runs (
    run_id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    pipeline               TEXT    NOT NULL,
    trigger                TEXT    NOT NULL CHECK (trigger IN ('manual', 'schedule')),
    started_at             TEXT    NOT NULL,
    finished_at            TEXT,
    status                 TEXT    NOT NULL,
    documents_seen         INTEGER NOT NULL DEFAULT 0,
    documents_loaded       INTEGER NOT NULL DEFAULT 0,
    documents_skipped      INTEGER NOT NULL DEFAULT 0,
    documents_quarantined  INTEGER NOT NULL DEFAULT 0,
    documents_removed      INTEGER NOT NULL DEFAULT 0,
    documents_reextracted  INTEGER NOT NULL DEFAULT 0,
    records_loaded         INTEGER NOT NULL DEFAULT 0,
    code_version           TEXT    NOT NULL,
    duration_ms            INTEGER,
    options_json           TEXT,
    message                TEXT,
    host                   TEXT,
    pid                    INTEGER
  )`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('PRAGMA defer_foreign_keys = ON').execute(db);
  const columns = (await sql<{ name: string }>`SELECT name FROM pragma_table_info('runs') ORDER BY cid`.execute(db)).rows.map((r) => r.name).join(', ');
  await sql.raw('CREATE TABLE runs_before_0006 AS SELECT * FROM runs').execute(db);
  await sql.raw('DROP TABLE runs').execute(db);
  await sql.raw(RUNS).execute(db);
  await sql.raw(`INSERT INTO runs (${columns}) SELECT ${columns} FROM runs_before_0006`).execute(db);
  await sql.raw('DROP TABLE runs_before_0006').execute(db);
  await sql.raw(`CREATE TABLE run_entries (
    entry_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id    INTEGER NOT NULL REFERENCES runs(run_id),
    path      TEXT    NOT NULL,
    outcome   TEXT    NOT NULL,
    reason    TEXT    NOT NULL
  )`).execute(db);
  await sql.raw('CREATE INDEX run_entries_by_run ON run_entries(run_id)').execute(db);
}
