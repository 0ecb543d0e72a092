import { type Kysely, sql } from 'kysely';

/**
 * Operations bookkeeping: where a running scheduler says when it will next run the pipelines, so that
 * `salw-etl status` can tell an operator (and drop the row's promise when its pid is gone).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`CREATE TABLE scheduler_state (
    schedule_key  TEXT    PRIMARY KEY,
    pipelines     TEXT    NOT NULL,
    cron          TEXT    NOT NULL,
    timezone      TEXT    NOT NULL,
    pid           INTEGER NOT NULL,
    host          TEXT    NOT NULL,
    started_at    TEXT    NOT NULL,
    next_due_at   TEXT,
    updated_at    TEXT    NOT NULL
  )`).execute(db);
}
