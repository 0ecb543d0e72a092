import { type Kysely, sql } from 'kysely';

/**
 * Several ingest processes on one warehouse (a PostgreSQL one, shared by machines):
 * - `runs.heartbeat_at`: a run beats while it goes, so that the others can tell one whose process died
 *   (on another machine: no pid to look at) and take its documents over;
 * - `runs.code_digest`: the digest of the extraction code that ran, so that a process of another build does
 *   not re-extract what the last one loaded without being told to (`--takeover`);
 * - `document_leases`: the document (path) each running process is reading, taken before it is decoded and
 *   given back in the transaction that loads it, so that none is decoded or loaded twice.
 * A SQLite warehouse has one writer at a time (its lock): its runs leave the leases empty.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE runs ADD COLUMN heartbeat_at TEXT').execute(db);
  await sql.raw('ALTER TABLE runs ADD COLUMN code_digest TEXT').execute(db);
  await sql.raw(`CREATE TABLE document_leases (
    source_path TEXT PRIMARY KEY NOT NULL,
    run_id INTEGER NOT NULL REFERENCES runs(run_id),
    leased_at TEXT NOT NULL
  )`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE document_leases').execute(db);
  await sql.raw('ALTER TABLE runs DROP COLUMN code_digest').execute(db);
  await sql.raw('ALTER TABLE runs DROP COLUMN heartbeat_at').execute(db);
}
