import { type Kysely, sql } from 'kysely';

/**
 * What the classification of a document rested on: `kind_confidence` (0-1, how far the winning kind led
 * the runner-up kind or genre; NULL when no kind was read from the content) and `kind_signs` (the signs
 * seen, by kind and genre). A skipped page says why it is no profile; a loaded one how sure the kind is.
 * Rows loaded before stay NULL until their document is read again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE documents ADD COLUMN kind_confidence REAL`.execute(db);
  await sql`ALTER TABLE documents ADD COLUMN kind_signs TEXT`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE documents DROP COLUMN kind_signs`.execute(db);
  await sql`ALTER TABLE documents DROP COLUMN kind_confidence`.execute(db);
}
