import { type Kysely, sql } from 'kysely';

/**
 * `documents(logical_key, status)` in place of `documents(logical_key)`. Loading a document asks for the
 * current version of its logical key (`WHERE logical_key = ? AND status = 'loaded'`); with an index on each
 * column alone SQLite, which has no statistics on a new warehouse, chose `documents_by_status` and read
 * every loaded document of the warehouse once per document loaded: a cold ingest grew with the square of
 * the corpus (measured: half a millisecond a document at 2,000 documents, the second costliest statement of
 * a run after the commit). The pair serves that query and every query by logical key alone.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('CREATE INDEX documents_by_logical_key_status ON documents(logical_key, status)').execute(db);
  await sql.raw('DROP INDEX documents_by_logical_key').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('CREATE INDEX documents_by_logical_key ON documents(logical_key)').execute(db);
  await sql.raw('DROP INDEX documents_by_logical_key_status').execute(db);
}
