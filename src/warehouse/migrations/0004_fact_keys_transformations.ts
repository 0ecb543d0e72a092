import { type Kysely, sql } from 'kysely';

/**
 * Stable fact ids and recorded transformations.
 * - `fact_key` on every fact table: what the fact is, independent of where it was read (see
 *   warehouse/fact-keys.ts); the loader reuses the id of a fact whose key it finds again. Rows loaded
 *   before this migration have NULL and get their key computed when their document is next loaded.
 * - `transformations`: the steps a parser or extractor recorded when it made a fact's values, one row per
 *   step, keyed by fact table and fact id (no foreign key: the id is in one of nine tables).
 */

const FACT_TABLES = [
  'explosions', 'diversions', 'tallies', 'sections', 'citations', 'count_statements', 'weapon_counts',
  'report_submissions', 'meeting_statements',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of FACT_TABLES) {
    await sql.raw(`ALTER TABLE ${table} ADD COLUMN fact_key TEXT`).execute(db);
    await sql.raw(`CREATE INDEX ${table}_by_fact_key ON ${table}(fact_key)`).execute(db);
  }
  await sql.raw(`CREATE TABLE transformations (
    transformation_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    fact_table         TEXT    NOT NULL,
    fact_id            INTEGER NOT NULL,
    step_index         INTEGER NOT NULL,
    column_name        TEXT    NOT NULL,
    source_words       TEXT    NOT NULL,
    rule               TEXT    NOT NULL,
    lexicon_entry      TEXT,
    language           TEXT,
    value              TEXT    NOT NULL,
    run_id             INTEGER NOT NULL REFERENCES runs(run_id)
  )`).execute(db);
  await sql.raw('CREATE UNIQUE INDEX transformations_by_fact ON transformations(fact_table, fact_id, step_index)').execute(db);
}
