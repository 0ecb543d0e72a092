import { type Kysely, sql } from 'kysely';

/**
 * `documents.report_year_basis`: where a national report's year was read (its date, its UN document
 * symbol, its title, or the sidecar), so an analyst can tell a stated year from a derived one. Rows loaded
 * before stay NULL until their document is read again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE documents ADD COLUMN report_year_basis TEXT`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE documents DROP COLUMN report_year_basis`.execute(db);
}
