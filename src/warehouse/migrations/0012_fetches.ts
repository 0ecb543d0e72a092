import { type Kysely, sql } from 'kysely';

/**
 * `fetches`: what `salw-etl fetch` knows of each source address, one row per address, rewritten at each
 * check: when it was last checked and how that went, the validators the site gave, and how many checks in
 * a row have failed. The documents themselves are in raw/ (with the same validators in their sidecars, which
 * is what the next conditional request sends); this table is for the operator (`status`) and for SQL.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`CREATE TABLE fetches (
      source_url TEXT PRIMARY KEY,
      checked_at TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('new', 'changed', 'unchanged', 'not-modified', 'disallowed', 'failed')),
      http_status INTEGER,
      raw_path TEXT,
      etag TEXT,
      last_modified TEXT,
      failure TEXT,
      consecutive_failures INTEGER NOT NULL DEFAULT 0,
      last_changed_at TEXT
    ) STRICT`)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE fetches').execute(db);
}
